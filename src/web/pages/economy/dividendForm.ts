import {
  dividendProblems,
  splitDividend,
  type DividendRule,
  type Holding,
} from '../../../domain/economy/dividends.ts';
import type { FieldPath } from '../../components/serverFieldErrors.ts';

// The 提出分红方案 form's arithmetic, without React: percentages typed ↔ the rule's 万分比, the
// rows typed ↔ the run's holdings, the preview by the server's own split (splitDividend), and
// which field a server issue belongs under.

/** The rule as typed, in percent (two decimals: 万分比). */
export interface RuleValues {
  collectivePct: number;
  welfarePct: number;
  landPct: number;
  cashPct: number;
  memberPct: number;
}

export const PCT_FIELDS = [
  'collectivePct',
  'welfarePct',
  'landPct',
  'cashPct',
  'memberPct',
] as const;
const bp = (pct: number | null | undefined) => Math.round((pct ?? 0) * 100);
export const pctOf = (rule: DividendRule) => ({
  collectivePct: rule.collectiveBp / 100,
  welfarePct: rule.welfareOfCollectiveBp / 100,
  landPct: rule.classBp.land / 100,
  cashPct: rule.classBp.cash / 100,
  memberPct: rule.classBp.member / 100,
});
export const ruleOf = (v: Partial<RuleValues>): DividendRule => ({
  collectiveBp: bp(v.collectivePct),
  welfareOfCollectiveBp: bp(v.welfarePct),
  classBp: { land: bp(v.landPct), cash: bp(v.cashPct), member: bp(v.memberPct) },
});

/** The request path a server issue names → the form's field. */
export function dividendFieldOf(path: string): FieldPath | undefined {
  const holding = /^holdings\.(\d+)\.(?:units\.)?(\w+)$/.exec(path);
  if (holding) return ['holdings', Number(holding[1]), holding[2] ?? ''];
  const direct: Record<string, FieldPath> = {
    organizationId: 'organizationId',
    regionCode: 'organizationId',
    holdings: 'organizationId',
    year: 'year',
    distributableFen: 'distributable',
    'rule.collectiveBp': 'collectivePct',
    'rule.welfareOfCollectiveBp': 'welfarePct',
    'rule.classBp': 'landPct',
    'rule.classBp.land': 'landPct',
    'rule.classBp.cash': 'cashPct',
    'rule.classBp.member': 'memberPct',
  };
  return direct[path];
}

/** A row of the form: shares as typed (land in 亩 with two decimals, cash in 元, member shares). */
export interface HoldingRow {
  householdId: string;
  headName: string;
  land: number | null;
  cash: number | null;
  member: number | null;
}

const whole = (n: number | null | undefined) => (typeof n === 'number' ? n : 0);

/** The rows as the run's holdings (land in 0.01 亩). */
export function holdingsOfRows(rows: readonly HoldingRow[]): Holding[] {
  return rows.map((r) => ({
    householdId: r.householdId,
    units: {
      land: Math.round(whole(r.land) * 100),
      cash: whole(r.cash),
      member: whole(r.member),
    },
  }));
}

/** The split of what is typed, or the problems that keep it from running (empty: none). */
export function previewOf(totalFen: number, rule: DividendRule, rows: readonly HoldingRow[]) {
  const holdings = holdingsOfRows(rows);
  const problems = dividendProblems(totalFen, rule, holdings);
  return problems.length > 0
    ? { problems, split: null }
    : { problems, split: splitDividend(totalFen, rule, holdings) };
}
