import type { PmedianPlan } from './planPmedian.ts';
import { pmedianDistance, type PmedianInstance } from './pmedianInstance.ts';

/** Reads an exact solve of pmedianLp back into a plan (null if the values are incomplete). */
export function pmedianFromMip(
  instance: PmedianInstance,
  values: Record<string, number>,
): PmedianPlan | null {
  const n = instance.ids.length;
  const medians: string[] = [];
  const assignment: Record<string, string> = {};
  let cost = 0;
  for (let j = 0; j < n; j++)
    if ((values[`y_${j}`] ?? 0) > 0.5) medians.push(instance.ids[j] ?? '');
  for (let i = 0; i < n; i++) {
    let served = -1;
    for (let j = 0; j < n; j++) if ((values[`x_${i}_${j}`] ?? 0) > 0.5) served = j;
    if (served < 0) return null;
    assignment[instance.ids[i] ?? ''] = instance.ids[served] ?? '';
    cost += pmedianDistance(instance, i, served);
  }
  return { medians, assignment, cost, optimal: true };
}
