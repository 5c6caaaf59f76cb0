import type { ClusterModel } from '../clustering/clusterModel.ts';

export type Coverability = 'coverable' | 'too-large' | 'no-feasible-group';

const NODE_LIMIT = 50_000;

/**
 * Whether each point can be in at least one group that meets every rule, by a pruned search
 * over groups containing it. When the search budget runs out the point is treated as coverable,
 * so the coverage upper bound built from this stays valid.
 */
export function coverability(m: ClusterModel): Coverability[] {
  const result: Coverability[] = [];
  for (let i = 0; i < m.n; i++) {
    if (m.weight[i]! > m.maxWeight + 1e-9) result.push('too-large');
    else result.push(canJoinSomeGroup(m, i) ? 'coverable' : 'no-feasible-group');
  }
  return result;
}

function canJoinSomeGroup(m: ClusterModel, i: number): boolean {
  let budget = NODE_LIMIT;
  for (let lead = 0; lead < m.n; lead++) {
    if (!m.canLead[lead] || m.cost[lead * m.n + i]! === Infinity) continue;
    const base = lead === i ? [lead] : [lead, i];
    let weight = 0;
    for (const b of base) weight += m.weight[b]!;
    if (weight > m.maxWeight + 1e-9) continue;
    const pool: number[] = [];
    for (let k = 0; k < m.n; k++) {
      if (k !== lead && k !== i && m.cost[lead * m.n + k]! < Infinity) pool.push(k);
    }
    pool.sort((a, b) => m.weight[a]! - m.weight[b]!);
    const weights = pool.map((k) => m.weight[k]!);
    const found = search(m, weights, 0, base.length, weight, () => --budget > 0);
    if (found || budget <= 0) return true;
  }
  return false;
}

/** Depth-first over members in ascending weight; true once size and weight windows both hold. */
function search(
  m: ClusterModel,
  weights: number[],
  from: number,
  size: number,
  weight: number,
  alive: () => boolean,
): boolean {
  if (size >= m.minSize && weight >= m.minWeight - 1e-9 && weight <= m.maxWeight + 1e-9)
    return true;
  if (size >= m.maxSize || !alive()) return false;
  // the heaviest members still available cannot lift the group to the minimum: prune
  let reach = weight;
  for (let k = weights.length - 1, taken = 0; k >= from && taken < m.maxSize - size; k--, taken++)
    reach += weights[k]!;
  if (reach < m.minWeight - 1e-9) return false;
  for (let k = from; k < weights.length; k++) {
    if (weight + weights[k]! > m.maxWeight + 1e-9) break;
    if (k > from && weights[k] === weights[k - 1]) continue;
    if (search(m, weights, k + 1, size + 1, weight + weights[k]!, alive)) return true;
  }
  return false;
}
