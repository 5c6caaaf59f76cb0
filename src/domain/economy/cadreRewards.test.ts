import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EQUAL_WEIGHTS,
  rewardCeiling,
  rewardPool,
  rewardRuleProblems,
  splitReward,
  type RewardCadre,
  type RewardRule,
  type TwoCommitteesPosition,
} from './cadreRewards.ts';
import { TWO_COMMITTEES_POSITIONS } from './kinds.ts';

const BY_POSITION: RewardRule = {
  shareBp: 1000,
  villageCapFen: 5_000_000,
  cadreCapFen: 1_000_000,
  division: 'byPosition',
  weights: { ...EQUAL_WEIGHTS, secretary: 3, villageDirector: 2 },
};
const cadre = (personId: string, ...positions: TwoCommitteesPosition[]): RewardCadre => ({
  personId,
  positions,
});

describe('cadre reward pool', () => {
  it('is the share of the increment, rounded down to the 分 and capped per village', () => {
    // 10 % of 123,456.79 元 is 12,345.679 元: 1,234,567 分
    expect(rewardPool(1_123_456_90, 1_000_000_11, BY_POSITION)).toBe(12_345_67);
    expect(rewardPool(900_000_000, 100_000_000, BY_POSITION)).toBe(5_000_000);
  });

  it('is nothing when income did not grow', () => {
    expect(rewardPool(100, 100, BY_POSITION)).toBe(0);
    expect(rewardPool(50, 100, BY_POSITION)).toBe(0);
  });
});

describe('cadre reward rule checks', () => {
  it('names each field that is wrong', () => {
    const paths = rewardRuleProblems({
      shareBp: 10_001,
      villageCapFen: -1,
      cadreCapFen: 1.5,
      division: 'lottery' as 'equal',
      weights: { ...EQUAL_WEIGHTS, secretary: 0 },
    }).map((p) => p.path);
    expect(paths).toEqual([
      'shareBp',
      'villageCapFen',
      'cadreCapFen',
      'division',
      'weights.secretary',
    ]);
    expect(rewardRuleProblems(BY_POSITION)).toEqual([]);
  });
});

describe('dividing a cadre reward', () => {
  it('weights the 书记 higher and a 一肩挑 cadre by their highest position', () => {
    const split = splitReward(60_000, BY_POSITION, [
      cadre('a', 'secretary', 'villageDirector'),
      cadre('b', 'villageDirector'),
      cadre('c', 'committeeMember'),
    ]);
    expect([...split]).toEqual([
      ['a', 30_000],
      ['b', 20_000],
      ['c', 10_000],
    ]);
  });

  it('divides equally under the equal rule, the odd 分 to the first by key', () => {
    const split = splitReward(100, { ...BY_POSITION, division: 'equal' }, [
      cadre('b', 'secretary'),
      cadre('a', 'committeeMember'),
      cadre('c', 'committeeMember'),
    ]);
    expect(split.get('a')).toBe(34);
    expect(split.get('b')).toBe(33);
    expect(split.get('c')).toBe(33);
  });

  it('caps a cadre and gives the rest to the others', () => {
    const rule = { ...BY_POSITION, cadreCapFen: 25_000 };
    const split = splitReward(60_000, rule, [
      cadre('a', 'secretary'),
      cadre('b', 'villageDirector'),
      cadre('c', 'committeeMember'),
    ]);
    // 书记 capped at 250 元; the 350 元 left go 2 : 1, the odd 分 by largest remainder
    expect([...split]).toEqual([
      ['a', 25_000],
      ['b', 23_333],
      ['c', 11_667],
    ]);
    // with a lower cap the director is capped in the second round too
    const tight = splitReward(60_000, { ...rule, cadreCapFen: 22_000 }, [
      cadre('a', 'secretary'),
      cadre('b', 'villageDirector'),
      cadre('c', 'committeeMember'),
    ]);
    expect([...tight.values()]).toEqual([22_000, 22_000, 16_000]);
  });

  const positions = fc.constantFrom(...TWO_COMMITTEES_POSITIONS);
  const cadres = fc
    .array(fc.array(positions, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 12 })
    .map((list) => list.map((p, i) => cadre(`p${String(i).padStart(2, '0')}`, ...p)));
  const rule = fc.record({
    shareBp: fc.integer({ min: 0, max: 10_000 }),
    villageCapFen: fc.integer({ min: 0, max: 10_000_000 }),
    cadreCapFen: fc.integer({ min: 0, max: 2_000_000 }),
    division: fc.constantFrom('equal' as const, 'byPosition' as const),
    weights: fc.record({
      secretary: fc.integer({ min: 1, max: 100 }),
      deputySecretary: fc.integer({ min: 1, max: 100 }),
      committeeMember: fc.integer({ min: 1, max: 100 }),
      villageDirector: fc.integer({ min: 1, max: 100 }),
      twoCommitteesMember: fc.integer({ min: 1, max: 100 }),
    }),
  });

  it('always sums exactly to what is divided, no one above the cap (property)', () => {
    fc.assert(
      fc.property(rule, cadres, fc.integer({ min: 0, max: 30_000_000 }), (r, list, asked) => {
        const total = Math.min(asked, rewardCeiling(r, list.length));
        const split = splitReward(total, r, list);
        const amounts = [...split.values()];
        expect(amounts.reduce((n, a) => n + a, 0)).toBe(total);
        for (const a of amounts) {
          expect(Number.isInteger(a)).toBe(true);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(r.cadreCapFen);
        }
      }),
    );
  });
});
