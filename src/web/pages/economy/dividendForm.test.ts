import { describe, expect, it } from 'vitest';
import { ZHENXING_RULE } from '../../../domain/economy/dividends.ts';
import { dividendFieldOf, pctOf, previewOf, ruleOf, type HoldingRow } from './dividendForm.ts';

// The 提出分红方案 form's arithmetic: the percentages it shows are the rule it sends, the preview
// is the server's split of the rows as typed, and each server issue finds its field.

const rows: HoldingRow[] = [
  { householdId: 'a', headName: '甲', land: 5.2, cash: 5000, member: 1 },
  { householdId: 'b', headName: '乙', land: 3.1, cash: 2000, member: 1 },
  { householdId: 'c', headName: '丙', land: null, cash: 10000, member: 1 },
];

describe('the dividend proposal form', () => {
  it('shows the 振兴村 preset as percentages and sends them back as the same 万分比', () => {
    expect(pctOf(ZHENXING_RULE)).toEqual({
      collectivePct: 60,
      welfarePct: 20,
      landPct: 60,
      cashPct: 30,
      memberPct: 10,
    });
    expect(ruleOf(pctOf(ZHENXING_RULE))).toEqual(ZHENXING_RULE);
    expect(ruleOf({ collectivePct: 33.33 }).collectiveBp).toBe(3333);
  });

  it('previews each household’s 分, summing exactly to the households’ part', () => {
    const { problems, split } = previewOf(16_000_001, ZHENXING_RULE, rows);
    expect(problems).toEqual([]);
    // the odd 分 goes to the larger remainder: the collective's 9,600,000.6
    expect(split?.collectiveFen).toBe(7_680_001);
    expect(split?.welfareFen).toBe(1_920_000);
    const amounts = [...(split?.households.values() ?? [])];
    expect(amounts.reduce((n, a) => n + a, 0)).toBe(split?.householdsFen);
    expect(split?.householdsFen).toBe(6_400_000);
    expect(
      (split?.collectiveFen ?? 0) + (split?.welfareFen ?? 0) + (split?.householdsFen ?? 0),
    ).toBe(16_000_001);
  });

  it('names what keeps typed figures from splitting instead of previewing them', () => {
    const { problems, split } = previewOf(
      100_000,
      ruleOf({ ...pctOf(ZHENXING_RULE), landPct: 50 }),
      rows,
    );
    expect(split).toBeNull();
    expect(problems.map((p) => p.path)).toEqual(['rule.classBp']);
  });

  it('puts each server issue under its field', () => {
    expect(dividendFieldOf('year')).toBe('year');
    expect(dividendFieldOf('distributableFen')).toBe('distributable');
    expect(dividendFieldOf('rule.classBp.cash')).toBe('cashPct');
    expect(dividendFieldOf('holdings.2.units.member')).toEqual(['holdings', 2, 'member']);
    expect(dividendFieldOf('holdings.0.householdId')).toEqual(['holdings', 0, 'householdId']);
    expect(dividendFieldOf('payer')).toBeUndefined();
  });
});
