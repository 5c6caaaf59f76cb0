import type { ClusterState } from './clusterState.ts';

/**
 * Greedy group formation among unassigned points (free cluster count): every possible lead
 * builds its cheapest group that meets the lower bounds; a near-cheapest group per member is
 * committed, and the round repeats until no group can be formed.
 */
export function formGroups(state: ClusterState, random: () => number, noise = 0): void {
  const m = state.model;
  const key = new Float64Array(m.n);
  const free: number[] = [];
  for (let i = 0; i < m.n; i++) if (state.clusterOf[i] === -1) free.push(i);
  // a lead's greedy group only changes when one of its own members is taken, so groups are
  // cached per lead and recomputed only then
  const cached = new Map<number, { members: number[]; score: number } | null>();
  for (;;) {
    const options: { members: number[]; score: number }[] = [];
    for (const lead of free) {
      if (!m.canLead[lead]) continue;
      if (!cached.has(lead))
        cached.set(lead, cheapestGroup(state, lead, free, key, noise > 0 ? random : null, noise));
      const group = cached.get(lead);
      if (group) options.push(group);
    }
    if (options.length === 0) return;
    options.sort((a, b) => a.score - b.score || a.members[0]! - b.members[0]!);
    // a little randomness so repeated repairs explore different groupings
    const pick = options[Math.min(options.length - 1, Math.floor(random() * random() * 3))]!;
    const c = state.open(pick.members[0]!);
    for (const i of pick.members.slice(1)) state.add(c, i);
    const taken = new Set(pick.members);
    for (let k = free.length - 1; k >= 0; k--) if (taken.has(free[k]!)) free.splice(k, 1);
    for (const [lead, group] of cached) {
      if (taken.has(lead) || group?.members.some((i) => taken.has(i))) cached.delete(lead);
    }
  }
}

/**
 * The cheapest group `lead` can form from unassigned points. With `random`, member costs are
 * jittered by up to `noise` (relative plus absolute) and the group sometimes fills to the
 * maximum, so repeated repairs try other groupings.
 */
function cheapestGroup(
  state: ClusterState,
  lead: number,
  free: number[],
  key: Float64Array,
  random: (() => number) | null,
  noise: number,
): { members: number[]; score: number } | null {
  const m = state.model;
  const row = lead * m.n;
  const candidates: number[] = [];
  for (const i of free) {
    if (i !== lead && m.cost[row + i]! < Infinity) {
      candidates.push(i);
      key[i] = random
        ? m.cost[row + i]! * (1 + noise * random()) + noise * random()
        : m.cost[row + i]!;
    }
  }
  candidates.sort((a, b) => key[a]! - key[b]!);
  const fillUp = random !== null && random() < 0.5;
  const members = [lead];
  let weight = m.weight[lead]!;
  let cost = 0;
  let strong = m.strong[lead]!;
  for (const i of candidates) {
    if (!fillUp && members.length >= m.minSize && weight >= m.minWeight - 1e-9) break;
    if (members.length >= m.maxSize) break;
    if (weight + m.weight[i]! > m.maxWeight + 1e-9) continue;
    members.push(i);
    weight += m.weight[i]!;
    cost += m.cost[row + i]!;
    strong += m.strong[i]!;
  }
  if (members.length < m.minSize || weight < m.minWeight - 1e-9 || weight > m.maxWeight + 1e-9)
    return null;
  const penalty = strong > 0 ? 0 : m.weakPenalty;
  let value = 0;
  for (const i of members) value += m.value[i]!;
  if (value <= 0) return null;
  return { members, score: (cost + penalty) / value };
}

/**
 * Fixed cluster count (p-median): opens leads among unassigned points by k-means++ sampling
 * (far points are likelier), so the new clusters spread over the freed area.
 */
export function openSpreadLeads(state: ClusterState, count: number, random: () => number): void {
  const m = state.model;
  const pool: number[] = [];
  for (let i = 0; i < m.n; i++) if (state.clusterOf[i] === -1 && m.canLead[i]) pool.push(i);
  const nearest = new Float64Array(m.n).fill(Infinity);
  for (const c of state.clusters)
    for (const i of pool) nearest[i] = Math.min(nearest[i]!, m.near[c.lead * m.n + i]!);
  for (let k = 0; k < count && pool.length > 0; k++) {
    let total = 0;
    for (const i of pool) total += nearest[i] === Infinity ? 1 : nearest[i]! ** 2;
    let target = random() * total;
    let chosen = pool[pool.length - 1]!;
    for (const i of pool) {
      target -= nearest[i] === Infinity ? 1 : nearest[i]! ** 2;
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
    state.open(chosen);
    pool.splice(pool.indexOf(chosen), 1);
    for (const i of pool) nearest[i] = Math.min(nearest[i]!, m.near[chosen * m.n + i]!);
  }
}

/** Regret insertion: the point that would lose most by missing its best cluster goes first. */
export function regretInsert(state: ClusterState): void {
  const m = state.model;
  const waiting: number[] = [];
  for (let i = 0; i < m.n; i++) if (state.clusterOf[i] === -1) waiting.push(i);
  while (waiting.length > 0) {
    let pickIndex = -1;
    let pickCluster = -1;
    let pickRegret = -Infinity;
    for (let w = 0; w < waiting.length; w++) {
      const i = waiting[w]!;
      let best = Infinity;
      let second = Infinity;
      let bestCluster = -1;
      for (let c = 0; c < state.clusters.length; c++) {
        const cluster = state.clusters[c]!;
        const link = m.cost[cluster.lead * m.n + i]!;
        if (
          link === Infinity ||
          cluster.members.length >= m.maxSize ||
          cluster.weight + m.weight[i]! > m.maxWeight + 1e-9
        )
          continue;
        if (link < best) {
          second = best;
          best = link;
          bestCluster = c;
        } else if (link < second) second = link;
      }
      if (bestCluster < 0) continue;
      const regret =
        (second === Infinity ? 1e12 : second - best) * (m.value[i]! || 1) + m.weight[i]! * 1e-6;
      if (regret > pickRegret) {
        pickRegret = regret;
        pickIndex = w;
        pickCluster = bestCluster;
      }
    }
    if (pickIndex < 0) return;
    state.add(pickCluster, waiting[pickIndex]!);
    waiting.splice(pickIndex, 1);
  }
}
