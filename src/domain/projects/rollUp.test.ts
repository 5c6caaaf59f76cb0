import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollUp, type ProgressNode } from './rollUp.ts';

const milestone = fc.record({
  weight: fc.integer({ min: 1, max: 50 }),
  progress: fc.integer({ min: 0, max: 100 }),
});

describe('rollUp', () => {
  it('weights milestones: 1×100 + 3×20 over 4 is 40', () => {
    expect(
      rollUp({
        parts: [
          { weight: 1, progress: 100 },
          { weight: 3, progress: 20 },
        ],
      }),
    ).toBe(40);
  });

  it('rolls a parent up from its child projects, each from its own milestones', () => {
    const child = (weight: number, ...ms: [number, number][]): ProgressNode => ({
      weight,
      parts: ms.map(([w, p]) => ({ weight: w, progress: p })),
    });
    // Child A: (1×100 + 1×0)/2 = 50; child B: 80; parent: (2×50 + 1×80)/3 = 60.
    expect(rollUp({ parts: [child(2, [1, 100], [1, 0]), child(1, [5, 80])] })).toBe(60);
  });

  it('is 0 for a project without parts', () => {
    expect(rollUp({ parts: [] })).toBe(0);
  });

  it('always lies between the smallest and largest milestone progress', () => {
    fc.assert(
      fc.property(fc.array(milestone, { minLength: 1, maxLength: 12 }), (parts) => {
        const got = rollUp({ parts });
        const ps = parts.map((p) => p.progress);
        return got >= Math.min(...ps) - 1e-9 && got <= Math.max(...ps) + 1e-9;
      }),
    );
  });

  it('is unchanged when every weight is scaled by the same factor', () => {
    fc.assert(
      fc.property(
        fc.array(milestone, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 2, max: 9 }),
        (parts, k) => {
          const scaled = parts.map((p) => ({ ...p, weight: p.weight * k }));
          expect(rollUp({ parts: scaled })).toBeCloseTo(rollUp({ parts }), 9);
        },
      ),
    );
  });

  it('equals the flat weighted mean when a child carries the sum of its milestones’ weights', () => {
    fc.assert(
      fc.property(
        fc.array(milestone, { minLength: 1, maxLength: 6 }),
        fc.array(milestone, { minLength: 1, maxLength: 6 }),
        (a, b) => {
          const sum = (ms: typeof a) => ms.reduce((n, m) => n + m.weight, 0);
          const nested = rollUp({
            parts: [
              { weight: sum(a), parts: a },
              { weight: sum(b), parts: b },
            ],
          });
          expect(nested).toBeCloseTo(rollUp({ parts: [...a, ...b] }), 9);
        },
      ),
    );
  });
});
