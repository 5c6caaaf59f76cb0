import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanningInputError } from '../inputError.ts';
import { checkPairingPlan } from './checkPairingPlan.ts';
import { planPairings } from './planPairings.ts';
import { matchedTags } from './pairingTypes.ts';
import type { PairingInput } from './types.ts';
import { validatePairingInput } from './validatePairingInput.ts';

/** Tries every subset of pairs: the (filled slots, total fit) optimum, lexicographically. */
function bruteForce(input: PairingInput): { filled: number; fit: number } {
  const explicit = new Map(input.fit.map((f) => [`${f.unit}\u0000${f.village}`, f.value]));
  const excluded = new Set((input.exclude ?? []).map((e) => `${e.unit}\u0000${e.village}`));
  const pairs: [number, number, number][] = [];
  input.units.forEach((u, i) =>
    input.villages.forEach((v, j) => {
      if (excluded.has(`${u.id}\u0000${v.code}`)) return;
      const fit =
        explicit.get(`${u.id}\u0000${v.code}`) ?? matchedTags(u.capabilities, v.needs).length;
      pairs.push([i, j, fit]);
    }),
  );
  let best = { filled: 0, fit: 0 };
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const used = new Array<number>(input.units.length).fill(0);
    const got = new Array<number>(input.villages.length).fill(0);
    let fit = 0;
    let filled = 0;
    let ok = true;
    pairs.forEach(([i, j, f], k) => {
      if (!(mask & (1 << k))) return;
      used[i] = (used[i] ?? 0) + 1;
      got[j] = (got[j] ?? 0) + 1;
      if (
        (used[i] ?? 0) > (input.units[i]?.capacity ?? 0) ||
        (got[j] ?? 0) > (input.villages[j]?.slots ?? 0)
      )
        ok = false;
      fit += f;
      filled += 1;
    });
    if (ok && (filled > best.filled || (filled === best.filled && fit > best.fit)))
      best = { filled, fit };
  }
  return best;
}

const TAGS = ['agri', 'finance', 'health', 'roads', 'legal'];
const smallInstance = fc
  .record({
    units: fc.array(
      fc.record({ capabilities: fc.subarray(TAGS), capacity: fc.integer({ min: 0, max: 3 }) }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    villages: fc.array(
      fc.record({ needs: fc.subarray(TAGS), slots: fc.integer({ min: 0, max: 3 }) }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    fit: fc.array(fc.tuple(fc.nat(3), fc.nat(2), fc.integer({ min: -2, max: 6 })), {
      maxLength: 3,
    }),
    exclude: fc.array(fc.tuple(fc.nat(3), fc.nat(2)), { maxLength: 3 }),
  })
  .map(({ units, villages, fit, exclude }): PairingInput => {
    const seen = new Set<string>();
    return {
      units: units.map((u, i) => ({ id: `u${i}`, ...u })),
      villages: villages.map((v, j) => ({ code: `v${j}`, ...v })),
      fit: fit
        .filter(([i, j]) => i < units.length && j < villages.length)
        .filter(([i, j]) => !seen.has(`${i},${j}`) && Boolean(seen.add(`${i},${j}`)))
        .map(([i, j, value]) => ({ unit: `u${i}`, village: `v${j}`, value })),
      exclude: exclude
        .filter(([i, j]) => i < units.length && j < villages.length)
        .map(([i, j]) => ({ unit: `u${i}`, village: `v${j}` })),
    };
  });

describe('planPairings', () => {
  it('pairs each key village with its two best-fitting units (高州 k = 2)', () => {
    const input = validatePairingInput({
      units: [
        { id: 'forestry-bureau', capabilities: ['forestry', 'ecology'] },
        { id: 'bank', capabilities: ['finance'] },
        { id: 'hospital', capabilities: ['health'] },
        { id: 'agri-bureau', capabilities: ['agriculture', 'finance'] },
      ],
      villages: [
        { code: 'v1', needs: ['forestry', 'finance'] },
        { code: 'v2', needs: ['health', 'agriculture', 'finance'] },
      ],
    });
    const plan = planPairings(input);
    expect(plan.totalFit).toBe(5);
    expect(plan.unfilled).toEqual([]);
    expect(plan.pairs).toContainEqual({
      unit: 'agri-bureau',
      village: 'v2',
      fit: 2,
      matched: ['agriculture', 'finance'],
    });
    expect(plan.pairs).toContainEqual({
      unit: 'forestry-bureau',
      village: 'v1',
      fit: 1,
      matched: ['forestry'],
    });
    expect(checkPairingPlan(input, plan)).toEqual([]);
  });

  it('never puts a unit twice into one village and reports the empty slot', () => {
    const input = validatePairingInput({
      units: [{ id: 'u', capabilities: ['a'], capacity: 5 }],
      villages: [{ code: 'v', needs: ['a'], slots: 2 }],
    });
    const plan = planPairings(input);
    expect(plan.pairs).toHaveLength(1);
    expect(plan.unfilled).toEqual([{ village: 'v', missing: 1 }]);
  });

  it('fills slots before chasing fit, and uses explicit fit values', () => {
    const input = validatePairingInput({
      units: [
        { id: 'a', capabilities: ['x'] },
        { id: 'b', capabilities: [] },
      ],
      villages: [
        { code: 'v1', needs: ['x'], slots: 1 },
        { code: 'v2', needs: [], slots: 1 },
      ],
      fit: [{ unit: 'b', village: 'v1', value: 9 }],
    });
    const plan = planPairings(input);
    expect(plan.pairs.map((p) => `${p.unit}-${p.village}`).sort()).toEqual(['a-v2', 'b-v1']);
    expect(plan.totalFit).toBe(9);
  });

  it('never proposes an excluded pair, and the checker flags one', () => {
    const input = validatePairingInput({
      units: [
        { id: 'a', capabilities: ['x'], capacity: 2 },
        { id: 'b', capabilities: ['x'], capacity: 2 },
      ],
      villages: [
        { code: 'v1', needs: ['x'], slots: 2 },
        { code: 'v2', needs: ['x'], slots: 2 },
      ],
      exclude: [{ unit: 'a', village: 'v1' }],
    });
    const plan = planPairings(input);
    expect(plan.pairs.map((p) => `${p.unit}-${p.village}`).sort()).toEqual([
      'a-v2',
      'b-v1',
      'b-v2',
    ]);
    expect(plan.unfilled).toEqual([{ village: 'v1', missing: 1 }]);
    expect(checkPairingPlan(input, plan)).toEqual([]);
    const forged = {
      ...plan,
      pairs: [...plan.pairs, { unit: 'a', village: 'v1', fit: 1, matched: ['x'] }],
      totalFit: plan.totalFit + 1,
      unfilled: [],
    };
    expect(checkPairingPlan(input, forged)).toContain('pair a→v1: an excluded pair');
    expect(() =>
      validatePairingInput({
        units: [{ id: 'a', capabilities: [] }],
        villages: [{ code: 'v', needs: [] }],
        exclude: [{ unit: 'a', village: 'w' }],
      }),
    ).toThrow('exclude[0]: unknown village "w"');
  });

  it('matches brute force on small random instances and passes the checker', () => {
    fc.assert(
      fc.property(smallInstance, (input) => {
        const plan = planPairings(input);
        expect(checkPairingPlan(input, plan)).toEqual([]);
        const best = bruteForce(input);
        expect(plan.pairs.length).toBe(best.filled);
        expect(plan.totalFit).toBeCloseTo(best.fit, 9);
      }),
      { numRuns: 300, seed: 6 },
    );
  });

  it('solves 108 units × 54 villages exactly with every slot filled', () => {
    const tags = [
      'agri',
      'forestry',
      'finance',
      'health',
      'roads',
      'water',
      'legal',
      'tourism',
      'education',
      'trade',
    ];
    const pick = (i: number, k: number): string[] =>
      Array.from({ length: k }, (_, t) => tags[(i * 7 + t * 3) % tags.length] ?? '');
    const input = validatePairingInput({
      units: Array.from({ length: 108 }, (_, i) => ({
        id: `unit${i}`,
        capabilities: pick(i, 1 + (i % 3)),
      })),
      villages: Array.from({ length: 54 }, (_, j) => ({
        code: `v${j}`,
        needs: pick(j * 5 + 1, 2 + (j % 3)),
      })),
    });
    const plan = planPairings(input);
    expect(plan.pairs).toHaveLength(108);
    expect(plan.unfilled).toEqual([]);
    expect(checkPairingPlan(input, plan)).toEqual([]);
  });

  it('rejects bad input naming the record', () => {
    expect(() => validatePairingInput({ units: [], villages: [{ code: 'v', needs: [] }] })).toThrow(
      PlanningInputError,
    );
    expect(() =>
      validatePairingInput({
        units: [
          { id: 'u', capabilities: [] },
          { id: 'u', capabilities: [] },
        ],
        villages: [{ code: 'v', needs: [] }],
      }),
    ).toThrow('units[1] (id u): duplicate unit id');
    expect(() =>
      validatePairingInput({
        units: [{ id: 'u', capabilities: [], capacity: -1 }],
        villages: [{ code: 'v', needs: [] }],
      }),
    ).toThrow('units[0] (id u): capacity must be a non-negative integer');
    expect(() =>
      validatePairingInput({
        units: [{ id: 'u', capabilities: [] }],
        villages: [{ code: 'v', needs: [] }],
        fit: [{ unit: 'x', village: 'v', value: 1 }],
      }),
    ).toThrow('fit[0]: unknown unit "x"');
  });
});
