import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bruteForceUnions } from '../domain/planning/testing/bruteForceUnions.ts';
import { checkUnionPlan } from '../domain/planning/unions/checkUnionPlan.ts';
import { planUnions } from '../domain/planning/unions/planUnions.ts';
import { validateUnionInput } from '../domain/planning/unions/validateUnionInput.ts';
import { HighsPool } from './highsPool.ts';

const pool = new HighsPool(2);
afterAll(() => pool.close());

// tight populations (exact 1000-sums are possible) make these harder than they look
const tinyInstance = fc
  .array(
    fc.record({
      north: fc.double({ min: 0, max: 12, noNaN: true }),
      east: fc.double({ min: 0, max: 5, noNaN: true }),
      population: fc.constantFrom(150, 250, 350, 367, 483, 500, 700, 900),
      industry: fc.constantFrom('grain', 'fruit'),
      strength: fc.double({ min: 0, max: 1, noNaN: true }),
      priority: fc.constantFrom(1, 1, 2),
    }),
    { minLength: 5, maxLength: 9 },
  )
  .map((rows) => ({
    villages: rows.map((r, i) => ({
      code: `V${i}`,
      name: `V${i}`,
      lat: 36 + r.north * 0.009,
      lng: 119 + r.east * 0.0112,
      population: r.population,
      industry: r.industry,
      strength: r.strength,
      township: 'T1',
      priority: r.priority,
    })),
  }));

describe('planUnions with the HiGHS solver', () => {
  it('proves the brute-force optimum on tiny random instances', async () => {
    const samples = fc.sample(tinyInstance, { numRuns: 25, seed: 5 });
    let proven = 0;
    for (const raw of samples) {
      const input = validateUnionInput(raw);
      const best = bruteForceUnions(input);
      if (best.coverage === 0) continue;
      const { plan } = await planUnions(input, {
        solver: pool.solve,
        solverParallelism: 2,
        timeLimitSeconds: 30,
        now: () => performance.now(),
      });
      expect(checkUnionPlan(input, plan)).toEqual([]);
      expect(plan.coverage).toBeCloseTo(best.coverage, 9);
      expect(plan.cost).toBeCloseTo(best.cost, 6);
      expect(plan.bound).toEqual({ kind: 'optimal', cost: plan.cost });
      proven += 1;
    }
    expect(proven).toBeGreaterThan(12);
  });
});
