import { readFileSync } from 'node:fs';
import { sharedPath } from '../testing/sharedData.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { planPairings } from '../domain/planning/pairing/planPairings.ts';
import { matchedTags } from '../domain/planning/pairing/pairingTypes.ts';
import type { PairingInput } from '../domain/planning/pairing/types.ts';
import { validatePairingInput } from '../domain/planning/pairing/validatePairingInput.ts';
import { parsePmedianInstance } from '../domain/planning/pmedian/pmedianInstance.ts';
import { pmedianLp } from '../domain/planning/pmedian/pmedianModel.ts';
import { HighsPool } from './highsPool.ts';

const pool = new HighsPool(2);
afterAll(() => pool.close());

/** The pairing problem as a transportation LP over every pair (integral: totally unimodular). */
function pairingLp(input: PairingInput, fillWeight: number): string {
  const rows: string[] = [];
  const terms: string[] = [];
  input.units.forEach((u, i) =>
    input.villages.forEach((v, j) =>
      terms.push(`+ ${fillWeight + matchedTags(u.capabilities, v.needs).length} p_${i}_${j}`),
    ),
  );
  input.units.forEach((u, i) =>
    rows.push(
      ` u${i}: ${input.villages.map((_, j) => `+ p_${i}_${j}`).join(' ')} <= ${u.capacity}`,
    ),
  );
  input.villages.forEach((v, j) =>
    rows.push(` v${j}: ${input.units.map((_, i) => `+ p_${i}_${j}`).join(' ')} <= ${v.slots}`),
  );
  const bounds = input.units.flatMap((_, i) =>
    input.villages.map((_, j) => ` 0 <= p_${i}_${j} <= 1`),
  );
  return [
    'Maximize',
    ` fit: ${terms.join(' ')}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...bounds,
    'End',
  ].join('\n');
}

describe('HighsPool', () => {
  it('solves a small MIP in a worker thread', async () => {
    const lp =
      'Minimize\n obj: x + 2 y + 3 z\nSubject To\n c: x + y + z >= 1.5\nBinary\n x y z\nEnd';
    const result = await pool.solve(lp, { timeLimitSeconds: 10, relativeGap: 0 });
    expect(result.status).toBe('optimal');
    expect(result.objective).toBeCloseTo(3, 9);
    expect(result.values).toEqual({ x: 1, y: 1 });
  });

  it('reports a model error instead of throwing', async () => {
    const result = await pool.solve('not an lp model', { timeLimitSeconds: 5 });
    expect(result.status).toBe('error');
  });

  it('agrees with the exact pairing planner on a 108 × 54 instance', async () => {
    const tags = ['agri', 'forestry', 'finance', 'health', 'roads', 'water', 'legal', 'tourism'];
    const pick = (i: number, k: number): string[] =>
      Array.from({ length: k }, (_, t) => tags[(i * 5 + t * 3) % tags.length] ?? '');
    // 100 units for 108 slots: not every slot can be filled, so the fill-first rule matters
    const input = validatePairingInput({
      units: Array.from({ length: 100 }, (_, i) => ({
        id: `u${i}`,
        capabilities: pick(i, 1 + (i % 3)),
      })),
      villages: Array.from({ length: 54 }, (_, j) => ({
        code: `v${j}`,
        needs: pick(j * 3 + 1, 2 + (j % 2)),
      })),
    });
    const plan = planPairings(input);
    const fillWeight = 1000;
    const result = await pool.solve(pairingLp(input, fillWeight), { timeLimitSeconds: 30 });
    expect(result.status).toBe('optimal');
    expect(plan.pairs.length * fillWeight + plan.totalFit).toBeCloseTo(result.objective ?? 0, 6);
    expect(plan.pairs).toHaveLength(100);
  });

  it('stops at the time limit with a valid bound (pmedcap1 #11, optimum 1006)', async () => {
    const instance = parsePmedianInstance(
      readFileSync(sharedPath('benchmarks', 'pmedcap1', '11.txt'), 'utf8'),
    );
    const result = await pool.solve(pmedianLp(instance), { timeLimitSeconds: 1, relativeGap: 0 });
    expect(result.status).toBe('time-limit');
    expect(result.seconds).toBeLessThan(8);
    // on a loaded machine HiGHS may stop before its first bound; a bound it gives must be valid
    if (result.dualBound !== null) expect(result.dualBound).toBeLessThanOrEqual(1006 + 1e-6);
    if (result.objective !== null) expect(result.objective).toBeGreaterThanOrEqual(1006 - 1e-6);
  });
});
