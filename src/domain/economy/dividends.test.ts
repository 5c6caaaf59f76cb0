import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apportion,
  dividendProblems,
  SHARE_CLASSES,
  splitDividend,
  ZHENXING_RULE,
  type DividendRule,
  type Holding,
} from './dividends.ts';

const holding = fc.record({
  land: fc.integer({ min: 0, max: 500_00 }),
  cash: fc.integer({ min: 0, max: 100_000 }),
  member: fc.integer({ min: 0, max: 10 }),
});
const holdings = fc
  .array(holding, { minLength: 1, maxLength: 60 })
  .map((units) =>
    units.map((u, i): Holding => ({ householdId: `h${String(i).padStart(3, '0')}`, units: u })),
  );
const rule = fc
  .record({
    collectiveBp: fc.integer({ min: 0, max: 10_000 }),
    welfareOfCollectiveBp: fc.integer({ min: 0, max: 10_000 }),
    land: fc.integer({ min: 0, max: 10_000 }),
  })
  .chain(({ collectiveBp, welfareOfCollectiveBp, land }) =>
    fc.integer({ min: 0, max: 10_000 - land }).map((cash): DividendRule => ({
      collectiveBp,
      welfareOfCollectiveBp,
      classBp: { land, cash, member: 10_000 - land - cash },
    })),
  );

describe('dividend runs', () => {
  it('splits 振兴村’s way: 60 % to the collective, 20 % of that to welfare, the rest by shares', () => {
    const split = splitDividend(1_000_000_00, ZHENXING_RULE, [
      { householdId: 'a', units: { land: 300, cash: 1000, member: 1 } },
      { householdId: 'b', units: { land: 100, cash: 0, member: 1 } },
    ]);
    expect(split.collectiveFen + split.welfareFen).toBe(600_000_00);
    expect(split.welfareFen).toBe(120_000_00);
    expect(split.householdsFen).toBe(400_000_00);
    // land 60 % of 40万 = 24万 as 3:1; cash 30 % = 12万 all to a; member 10 % = 4万 as 1:1
    expect(split.households.get('a')).toBe(180_000_00 + 120_000_00 + 20_000_00);
    expect(split.households.get('b')).toBe(60_000_00 + 20_000_00);
  });

  it('pays out exactly the distributable total to the 分, each part within one 分 of its exact share (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000_00 }), rule, holdings, (total, r, hs) => {
        fc.pre(dividendProblems(total, r, hs).length === 0);
        const split = splitDividend(total, r, hs);
        const paid = [...split.households.values()].reduce((n, v) => n + v, 0);
        expect(paid).toBe(split.householdsFen);
        expect(split.collectiveFen + split.welfareFen + split.householdsFen).toBe(total);
        for (const v of split.households.values()) expect(Number.isInteger(v) && v >= 0).toBe(true);
        expect(
          Math.abs(split.householdsFen - (total * (10_000 - r.collectiveBp)) / 10_000),
        ).toBeLessThan(1);
      }),
      { numRuns: 300 },
    );
  });

  it('apportions by largest remainder, never more than one 分 from the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }),
        (total, ws) => {
          fc.pre(ws.some((w) => w > 0));
          const weights = ws.map((weight, i) => ({ key: `k${i}`, weight }));
          const parts = apportion(total, weights);
          const sum = ws.reduce((n, w) => n + w, 0);
          expect([...parts.values()].reduce((n, v) => n + v, 0)).toBe(total);
          for (const { key, weight } of weights)
            expect(Math.abs((parts.get(key) ?? 0) - (total * weight) / sum)).toBeLessThan(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names what is wrong: classes that do not sum, a class nobody holds, a household twice, negative money', () => {
    const hs: Holding[] = [
      { householdId: 'a', units: { land: 10, cash: 0, member: 1 } },
      { householdId: 'a', units: { land: -1, cash: 0, member: 1 } },
    ];
    const bad: DividendRule = {
      collectiveBp: 6000,
      welfareOfCollectiveBp: 12_000,
      classBp: { land: 5000, cash: 3000, member: 1000 },
    };
    const paths = dividendProblems(-5, bad, hs).map((p) => p.path);
    for (const path of [
      'distributableFen',
      'rule.welfareOfCollectiveBp',
      'rule.classBp',
      'rule.classBp.cash',
      'holdings.1.householdId',
      'holdings.1.units.land',
    ])
      expect(paths).toContain(path);
    expect(
      dividendProblems(100, ZHENXING_RULE, [
        { householdId: 'x', units: { land: 1, cash: 1, member: 1 } },
      ]),
    ).toEqual([]);
    expect(SHARE_CLASSES).toHaveLength(3);
  });
});
