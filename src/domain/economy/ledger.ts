/** The year's increment against last year, in percent with one decimal; null without last year. */
export function growthPercent(thisYearFen: number, lastYearFen: number): number | null {
  if (lastYearFen <= 0) return null;
  return Math.round((1000 * (thisYearFen - lastYearFen)) / lastYearFen) / 10;
}

/** 分 as 万元 with two decimals (the evaluation metrics' unit). */
export function fenToWanYuan(fen: number): number {
  return Math.round(fen / 10_000) / 100;
}

/** 分 as 元 text with thousands separators and two decimals (123456789 → "1,234,567.89"), exact. */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}
