/**
 * 分红 (数字化分红): a company's or cooperative's distributable profit for a year, split by the
 * village's rule — the collective's part (振兴村: 60 %), of which a part for welfare and
 * serious-illness aid (振兴村: 20 % of it), and the households' part shared by their land, cash and
 * member shares. Money is in 分 (integers); every split apportions by largest remainder, so the
 * parts always sum exactly to what is split.
 */
export const SHARE_CLASSES = ['land', 'cash', 'member'] as const;
export type ShareClass = (typeof SHARE_CLASSES)[number];

/** Shares are whole units: land in 0.01 亩, cash in 元, member shares as counted. */
export type ShareUnits = Record<ShareClass, number>;

export interface DividendRule {
  /** 万分比 of the profit the collective keeps. */
  collectiveBp: number;
  /** 万分比 of the collective's part set aside for welfare and serious-illness aid. */
  welfareOfCollectiveBp: number;
  /** How the households' part is shared among the classes, 万分比 summing to 10,000. */
  classBp: Record<ShareClass, number>;
}

export const ZHENXING_RULE: DividendRule = {
  collectiveBp: 6000,
  welfareOfCollectiveBp: 2000,
  classBp: { land: 6000, cash: 3000, member: 1000 },
};

export interface Holding {
  householdId: string;
  units: ShareUnits;
}

export interface Problem {
  path: string;
  message: string;
}

const isBp = (n: number) => Number.isInteger(n) && n >= 0 && n <= 10_000;

/** What is wrong with a rule and the holdings it would share among; empty when it can run. */
export function dividendProblems(
  totalFen: number,
  rule: DividendRule,
  holdings: readonly Holding[],
): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isSafeInteger(totalFen) || totalFen < 0)
    problems.push({
      path: 'distributableFen',
      message: 'must be a whole number of 分, not negative',
    });
  if (!isBp(rule.collectiveBp))
    problems.push({ path: 'rule.collectiveBp', message: 'must be 0–10000 (万分比)' });
  if (!isBp(rule.welfareOfCollectiveBp))
    problems.push({ path: 'rule.welfareOfCollectiveBp', message: 'must be 0–10000 (万分比)' });
  const classSum = SHARE_CLASSES.reduce((n, c) => n + rule.classBp[c], 0);
  for (const c of SHARE_CLASSES)
    if (!isBp(rule.classBp[c]))
      problems.push({ path: `rule.classBp.${c}`, message: 'must be 0–10000 (万分比)' });
  if (rule.collectiveBp < 10_000 && classSum !== 10_000)
    problems.push({
      path: 'rule.classBp',
      message: `the share classes must sum to 10000 (100 %), not ${classSum}`,
    });
  const seen = new Set<string>();
  holdings.forEach((h, i) => {
    if (seen.has(h.householdId))
      problems.push({ path: `holdings.${i}.householdId`, message: 'a household is listed twice' });
    seen.add(h.householdId);
    for (const c of SHARE_CLASSES)
      if (!Number.isSafeInteger(h.units[c]) || h.units[c] < 0)
        problems.push({ path: `holdings.${i}.units.${c}`, message: 'must be a whole number ≥ 0' });
  });
  if (rule.collectiveBp < 10_000)
    for (const c of SHARE_CLASSES)
      if (rule.classBp[c] > 0 && !holdings.some((h) => h.units[c] > 0))
        problems.push({
          path: `rule.classBp.${c}`,
          message: 'no household holds shares of this class, so its part could not be paid',
        });
  return problems;
}

/**
 * Apportions `total` by the weights with the largest-remainder method: each part is the floor of
 * its exact share, and the 分 left over go one each to the largest remainders (ties by key).
 */
export function apportion<K extends string>(
  total: number,
  weights: readonly { key: K; weight: number }[],
): Map<K, number> {
  const out = new Map<K, number>();
  const sum = weights.reduce((n, w) => n + BigInt(w.weight), 0n);
  if (sum === 0n) {
    for (const w of weights) out.set(w.key, 0);
    return out;
  }
  const whole = BigInt(total);
  const parts = weights.map((w) => {
    const exact = whole * BigInt(w.weight);
    return { key: w.key, base: exact / sum, rest: exact % sum };
  });
  let left = whole - parts.reduce((n, p) => n + p.base, 0n);
  const byRest = [...parts].sort((a, b) =>
    a.rest === b.rest ? a.key.localeCompare(b.key) : a.rest > b.rest ? -1 : 1,
  );
  for (const p of byRest) {
    if (left === 0n) break;
    p.base += 1n;
    left -= 1n;
  }
  for (const p of parts) out.set(p.key, Number(p.base));
  return out;
}

export interface DividendSplit {
  totalFen: number;
  /** The collective's part after the welfare fund (posted to its income ledger). */
  collectiveFen: number;
  welfareFen: number;
  householdsFen: number;
  /** Each household's amount. */
  households: Map<string, number>;
}

/** The split of a run: the collective's, the welfare fund's and each household's 分. */
export function splitDividend(
  totalFen: number,
  rule: DividendRule,
  holdings: readonly Holding[],
): DividendSplit {
  const top = apportion(totalFen, [
    { key: 'collective', weight: rule.collectiveBp },
    { key: 'households', weight: 10_000 - rule.collectiveBp },
  ]);
  const collectivePart = top.get('collective') ?? 0;
  const inside = apportion(collectivePart, [
    { key: 'welfare', weight: rule.welfareOfCollectiveBp },
    { key: 'collective', weight: 10_000 - rule.welfareOfCollectiveBp },
  ]);
  const householdsFen = top.get('households') ?? 0;
  const byClass = apportion(
    householdsFen,
    SHARE_CLASSES.map((c) => ({ key: c, weight: rule.classBp[c] })),
  );
  const households = new Map<string, number>(holdings.map((h) => [h.householdId, 0]));
  for (const c of SHARE_CLASSES) {
    const shares = apportion(
      byClass.get(c) ?? 0,
      holdings.map((h) => ({ key: h.householdId, weight: h.units[c] })),
    );
    for (const [id, fen] of shares) households.set(id, (households.get(id) ?? 0) + fen);
  }
  return {
    totalFen,
    collectiveFen: inside.get('collective') ?? 0,
    welfareFen: inside.get('welfare') ?? 0,
    householdsFen,
    households,
  };
}
