import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../testing/sharedData.ts';
import { describe, expect, it } from 'vitest';
import { PlanningInputError } from '../inputError.ts';
import { parsePmedianInstance, pmedianDistance } from './pmedianInstance.ts';
import { planPmedian } from './planPmedian.ts';

const load = (id: number) =>
  parsePmedianInstance(readFileSync(sharedPath('benchmarks', 'pmedcap1', `${id}.txt`), 'utf8'));

describe('planPmedian (capacitated p-median mode of the clustering core)', () => {
  it.each([1, 6, 12])('reaches the published optimum of pmedcap1 #%i', (id) => {
    const instance = load(id);
    const plan = planPmedian(instance, { seed: 1 });
    expect(plan.cost).toBe(instance.knownOptimum);
    expect(plan.medians).toHaveLength(instance.medians);
    // re-derive the cost and the capacities from the assignment alone
    const index = new Map(instance.ids.map((id, i) => [id, i]));
    const used = new Map<string, number>();
    let cost = 0;
    for (const [point, median] of Object.entries(plan.assignment)) {
      expect(plan.medians).toContain(median);
      cost += pmedianDistance(instance, index.get(point) ?? -1, index.get(median) ?? -1);
      used.set(median, (used.get(median) ?? 0) + (instance.demand[index.get(point) ?? -1] ?? 0));
    }
    expect(Object.keys(plan.assignment)).toHaveLength(instance.ids.length);
    expect(cost).toBe(plan.cost);
    for (const demand of used.values()) expect(demand).toBeLessThanOrEqual(instance.capacity);
    expect(plan.optimal).toBe(false);
  });

  it('reports optimal only against a proven optimum', () => {
    const instance = load(5);
    expect(planPmedian(instance, { seed: 2 }, 664).optimal).toBe(true);
    expect(planPmedian(instance, { seed: 2 }, 600).optimal).toBe(false);
  });

  it('rejects malformed instances naming the line', () => {
    expect(() => parsePmedianInstance('')).toThrow(PlanningInputError);
    expect(() => parsePmedianInstance('1 713\n2 1 10\n1 0 0 5\n1 3 3 5\n')).toThrow(
      'line 4 (point 1): duplicate point id',
    );
    expect(() => parsePmedianInstance('1 713\n2 1 10\n1 0 0 5\n2 3 x 5\n')).toThrow(
      'line 4: expected 4 numbers',
    );
    expect(() => parsePmedianInstance('1 713\n2 1 10\n1 0 0 8\n2 3 3 5\n')).toThrow(
      'total demand 13 exceeds 1 × capacity 10',
    );
  });
});
