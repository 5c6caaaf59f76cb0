/** The year's increment against last year, in percent with one decimal; null without last year. */
export function growthPercent(thisYearFen: number, lastYearFen: number): number | null {
  if (lastYearFen <= 0) return null;
  return Math.round((1000 * (thisYearFen - lastYearFen)) / lastYearFen) / 10;
}

/** 分 as 万元 with two decimals (the evaluation metrics' unit). */
export function fenToWanYuan(fen: number): number {
  return Math.round(fen / 10_000) / 100;
}
