import { describe, expect, it } from 'vitest';
import {
  holdingsOf,
  inForceOn,
  levelOfKind,
  termsOverlap,
  transferRentFen,
} from './organizations.ts';

describe('economic organizations', () => {
  it('registers town and union companies in the township, the rest in the village', () => {
    expect(levelOfKind('townCompany')).toBe('township');
    expect(levelOfKind('unionCompany')).toBe('township');
    expect(levelOfKind('branchCooperative')).toBe('village');
    expect(levelOfKind('collectiveOrg')).toBe('village');
  });

  it('finds overlapping terms, an open end running forever', () => {
    const a = { startsOn: '2025-01-01', endsOn: '2027-12-31' };
    expect(termsOverlap(a, { startsOn: '2027-12-31', endsOn: '2030-12-31' })).toBe(true);
    expect(termsOverlap(a, { startsOn: '2028-01-01', endsOn: null })).toBe(false);
    expect(termsOverlap({ startsOn: '2020-01-01', endsOn: null }, a)).toBe(true);
    expect(termsOverlap(a, { startsOn: '2024-01-01', endsOn: '2024-12-31' })).toBe(false);
  });

  it('holds a binding in force from its first to its last day', () => {
    const b = { startsOn: '2025-03-01', endsOn: '2025-12-31' };
    expect(inForceOn(b, '2025-03-01')).toBe(true);
    expect(inForceOn(b, '2025-12-31')).toBe(true);
    expect(inForceOn(b, '2026-01-01')).toBe(false);
    expect(inForceOn(b, '2025-02-28')).toBe(false);
    expect(inForceOn({ startsOn: '2025-03-01', endsOn: null }, '2099-01-01')).toBe(true);
  });

  it('prices the 租金 of a transfer to the 分: 安丘’s 800 元/亩 on 3.25 亩 is 2,600 元', () => {
    expect(transferRentFen(325, 80_000)).toBe(260_000);
    expect(transferRentFen(325, 40_000)).toBe(130_000);
    expect(transferRentFen(1, 333)).toBe(3); // 3.33 分 rounds to 3
    expect(transferRentFen(0, 80_000)).toBe(0);
  });

  it('starts a dividend run from the members holding shares, by class', () => {
    expect(
      holdingsOf([
        { householdId: 'a', landShares: 250, cashShares: 1_000, memberShares: 1 },
        { householdId: 'b', landShares: 0, cashShares: 0, memberShares: 0 },
      ]),
    ).toEqual([{ householdId: 'a', units: { land: 250, cash: 1_000, member: 1 } }]);
  });
});
