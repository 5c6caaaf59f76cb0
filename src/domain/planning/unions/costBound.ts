import type { ClusterModel } from '../clustering/clusterModel.ts';

/**
 * A solver-free lower bound on the cost of any plan of the block covering at least `coverage`.
 * Such a plan covers at least k villages (k = fewest villages whose values reach `coverage`);
 * at most 1 in minSize of them are leads, the rest pay at least their cheapest way to join
 * some lead. Penalties are ≥ 0 and left out.
 */
export function combinatorialCostBound(m: ClusterModel, coverage: number): number {
  const values = Array.from(m.value).sort((a, b) => b - a);
  let k = 0;
  let reached = 0;
  while (reached < coverage - 1e-9 && k < values.length) reached += values[k++]!;
  const membersNeeded = Math.ceil((k * (m.minSize - 1)) / m.minSize - 1e-9);
  const cheapest: number[] = [];
  for (let i = 0; i < m.n; i++) {
    let best = Infinity;
    for (let j = 0; j < m.n; j++)
      if (j !== i && m.canLead[j]) best = Math.min(best, m.cost[j * m.n + i]!);
    if (best < Infinity) cheapest.push(best);
  }
  cheapest.sort((a, b) => a - b);
  return cheapest.slice(0, membersNeeded).reduce((sum, c) => sum + c, 0);
}
