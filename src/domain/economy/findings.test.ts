import { describe, expect, it } from 'vitest';
import { annualFee, contractProblems, hundredths, overlaps, termYears } from './contracts.ts';
import { demoEconomy } from './demoEconomy.ts';
import { contractFindings, installments, paymentStanding, type ContractFacts } from './findings.ts';
import { DEFAULT_CLASS_RULE } from './kinds.ts';
import { growthPercent } from './ledger.ts';

const base: ContractFacts = {
  status: 'active',
  areaHundredths: 10_000,
  pricePerMuFen: 60_000,
  startsOn: '2024-03-01',
  endsOn: '2029-02-28',
  schedule: 'annual',
  cadreHousehold: false,
  recusalRecorded: false,
};
const rule = { referencePriceFen: 60_000, ...DEFAULT_CLASS_RULE };

describe('contract arithmetic', () => {
  it('computes the yearly fee in whole 分 from hundredths of a 亩', () => {
    expect(hundredths(12.5)).toBe(1250);
    expect(hundredths(1.234)).toBeNull();
    expect(annualFee(1250, 60_000)).toBe(750_000);
    expect(annualFee(33, 10_001)).toBe(3300);
  });
  it('counts a term in whole years, a partial year rounding up', () => {
    expect(termYears('2020-01-01', '2049-12-31')).toBe(30);
    expect(termYears('2020-01-01', '2050-01-01')).toBe(31);
    expect(termYears('2024-03-01', '2029-02-28')).toBe(5);
  });
  it('names the field of a negative area, a fractional price and a reversed term', () => {
    expect(
      contractProblems({
        area: -1,
        pricePerMuFen: 1.5,
        startsOn: '2026-02-01',
        endsOn: '2026-01-01',
        schedule: 'annual',
      }).map((p) => p.path),
    ).toEqual(['body.area', 'body.pricePerMuFen', 'body.endsOn']);
  });
  it('finds overlapping terms, touching ends included', () => {
    const a = { startsOn: '2024-01-01', endsOn: '2025-12-31' };
    expect(overlaps(a, { startsOn: '2025-12-31', endsOn: '2027-01-01' })).toBe(true);
    expect(overlaps(a, { startsOn: '2026-01-01', endsOn: '2027-01-01' })).toBe(false);
  });
});

describe('清化收 findings', () => {
  it('lays out installments on each anniversary, halves six months apart when semiannual', () => {
    expect(installments(base).map((i) => i.dueOn)).toEqual([
      '2024-03-01',
      '2025-03-01',
      '2026-03-01',
      '2027-03-01',
      '2028-03-01',
    ]);
    const half = installments({ ...base, schedule: 'semiannual', endsOn: '2025-02-28' });
    expect(half).toEqual([
      { dueOn: '2024-03-01', amountFen: 3_000_000 },
      { dueOn: '2024-09-01', amountFen: 3_000_000 },
    ]);
  });
  it('reads arrears past 30 days and installments covered over 90 days late', () => {
    const payments = [
      { paidOn: '2024-03-05', amountFen: 6_000_000 },
      { paidOn: '2025-07-01', amountFen: 6_000_000 },
    ];
    expect(paymentStanding(base, payments, '2026-03-20')).toEqual({
      dueFen: 18_000_000,
      paidFen: 12_000_000,
      arrearsFen: 0,
      lateInstallments: 1,
    });
    expect(paymentStanding(base, payments, '2026-04-05').arrearsFen).toBe(6_000_000);
  });
  it('flags each rule on its own and nothing on a clean contract', () => {
    const onTime = [
      { paidOn: '2024-03-01', amountFen: 6_000_000 },
      { paidOn: '2025-03-01', amountFen: 6_000_000 },
      { paidOn: '2026-03-01', amountFen: 6_000_000 },
    ];
    const codes = (c: Partial<ContractFacts>, asOf = '2026-06-01') =>
      contractFindings({ ...base, ...c }, onTime, rule, asOf).map((f) => f.code);
    expect(codes({})).toEqual([]);
    expect(codes({}, '2029-03-10')).toContain('expiredInUse');
    expect(codes({ pricePerMuFen: 41_999 })).toEqual(['underpriced']);
    expect(codes({ pricePerMuFen: 42_000 })).toEqual([]);
    expect(codes({ endsOn: '2054-03-01' })).toEqual(['termTooLong']);
    expect(codes({ cadreHousehold: true })).toEqual(['cadreHousehold']);
    expect(codes({ cadreHousehold: true, recusalRecorded: true })).toEqual([]);
    expect(codes({ status: 'terminated' }, '2029-03-10')).toEqual([]);
  });
});

describe('the demo economy', () => {
  it('plants exactly one finding per planted contract and none elsewhere', () => {
    const today = '2026-12-04';
    const demo = demoEconomy(
      [
        { code: '410599101201', cadreRelative: null },
        { code: '410599101202', cadreRelative: null },
        { code: '410599101203', cadreRelative: { personId: 'p', name: '张三' } },
      ],
      today,
    );
    const ruleOf = new Map(demo.rules.map((r) => [r.assetClass, r]));
    const classOf = new Map(demo.assets.map((a) => [a.ref, a.assetClass]));
    for (const c of demo.contracts) {
      const r = ruleOf.get(classOf.get(c.assetRef) ?? 'fund');
      const found = contractFindings(
        {
          status: 'active',
          areaHundredths: Math.round(c.area * 100),
          pricePerMuFen: c.pricePerMuFen,
          startsOn: c.startsOn,
          endsOn: c.endsOn,
          schedule: c.schedule,
          cadreHousehold: c.lesseePersonId !== null,
          recusalRecorded: c.recusalNote !== null,
        },
        c.payments,
        {
          referencePriceFen: r?.referencePriceFen ?? null,
          maxTermYears: r?.maxTermYears ?? 30,
          lowPricePercent: 70,
        },
        today,
      );
      expect({ ref: c.ref, codes: found.map((f) => f.code) }).toEqual({
        ref: c.ref,
        codes: c.planted ? [c.planted] : [],
      });
    }
    expect(demo.contracts.filter((c) => c.planted).map((c) => c.planted)).toEqual([
      'underpriced',
      'expiredInUse',
      'termTooLong',
      'arrears',
      'cadreHousehold',
      'latePayments',
    ]);
  });
  it('reads growth against last year with one decimal, none without last year', () => {
    expect(growthPercent(1_150_000, 1_000_000)).toBe(15);
    expect(growthPercent(100, 0)).toBeNull();
  });
});
