import { compareObjective, type Clustering, type Objective } from './clusterModel.ts';
import type { ClusterState } from './clusterState.ts';

const MAX_POINTS = 12;

interface Group {
  index: number;
  mask: number;
  members: number[];
  value: number;
  cost: number;
}

/**
 * Large-neighbourhood step solved exactly: for each cluster and each of its nearest neighbours,
 * re-partition their members (plus nearby unassigned points) optimally by dynamic programming
 * over subsets. Free cluster count only. Returns true when anything improved.
 */
export function repairClusterPairs(state: ClusterState, neighbours = 3, triples = false): boolean {
  const m = state.model;
  if (m.clusterCount !== null) return false;
  let improved = false;
  for (let a = 0; a < state.clusters.length; a++) {
    const leadA = state.clusters[a]!.lead;
    const near = state.clusters
      .map((c, index) => ({ index, d: m.near[leadA * m.n + c.lead]! }))
      .filter((x) => x.index !== a)
      .sort((x, y) => x.d - y.d)
      .slice(0, neighbours)
      .map((x) => state.clusters[x.index]!.lead);
    // clusters are addressed by lead: indices shift when a repair closes and reopens clusters
    const sets: number[][] = near.map((b) => [leadA, b]);
    if (triples)
      for (let x = 0; x < near.length; x++)
        for (let y = x + 1; y < near.length; y++) sets.push([leadA, near[x]!, near[y]!]);
    for (const leads of sets) {
      const indices = leads.map((lead) => state.clusterOf[lead]!);
      // skip sets whose leads no longer lead their own distinct clusters
      if (indices.some((c, k) => c < 0 || state.clusters[c]!.lead !== leads[k])) continue;
      if (repairSet(state, indices)) improved = true;
    }
  }
  return improved;
}

function repairSet(state: ClusterState, indices: number[]): boolean {
  const m = state.model;
  const clusters = indices.map((c) => state.clusters[c]!);
  const points = clusters.flatMap((c) => c.members);
  if (points.length > MAX_POINTS) return false;
  // unassigned points within reach of a lead may join in, nearest first
  const free: { i: number; d: number }[] = [];
  for (let i = 0; i < m.n; i++) {
    if (state.clusterOf[i] !== -1 || m.value[i]! <= 0) continue;
    const d = Math.min(...clusters.map((c) => m.cost[c.lead * m.n + i]!));
    if (d < Infinity) free.push({ i, d });
  }
  free.sort((x, y) => x.d - y.d);
  for (const { i } of free) if (points.length < MAX_POINTS) points.push(i);
  const current: Objective = {
    value: clusters.reduce((s, c) => s + c.members.reduce((t, i) => t + m.value[i]!, 0), 0),
    cost: clusters.reduce((s, c) => s + c.linkCost + state.penalty(c.strongCount), 0),
  };
  const best = bestPartition(state, points);
  if (!best || compareObjective(best.objective, current) <= 0) return false;
  for (const c of [...indices].sort((x, y) => y - x)) state.close(c);
  for (const [lead, ...members] of best.clustering) {
    const c = state.open(lead!);
    for (const i of members) state.add(c, i);
  }
  return true;
}

function bestPartition(
  state: ClusterState,
  points: number[],
): { clustering: Clustering; objective: Objective } | null {
  const groups = enumerateGroups(state, points);
  const k = points.length;
  const full = 1 << k;
  const byLowest: Group[][] = Array.from({ length: k }, () => []);
  for (const g of groups) byLowest[31 - Math.clz32(g.mask & -g.mask)]!.push(g);
  const value = new Float64Array(full).fill(-1);
  const cost = new Float64Array(full).fill(Infinity);
  const choice = new Int32Array(full).fill(-2);
  const from = new Int32Array(full);
  value[0] = 0;
  cost[0] = 0;
  for (let mask = 0; mask < full - 1; mask++) {
    if (value[mask]! < 0) continue;
    const low = 31 - Math.clz32(~mask & -~mask);
    const relax = (next: number, v: number, c: number, g: number): void => {
      if (compareObjective({ value: v, cost: c }, { value: value[next]!, cost: cost[next]! }) > 0) {
        value[next] = v;
        cost[next] = c;
        choice[next] = g;
        from[next] = mask;
      }
    };
    relax(mask | (1 << low), value[mask]!, cost[mask]!, -1);
    for (const g of byLowest[low]!) {
      if (g.mask & mask) continue;
      relax(mask | g.mask, value[mask]! + g.value, cost[mask]! + g.cost, g.index);
    }
  }
  if (value[full - 1]! < 0) return null;
  const clustering: Clustering = [];
  for (let mask = full - 1; mask !== 0; mask = from[mask]!) {
    const g = choice[mask]!;
    if (g >= 0) clustering.push(groups[g]!.members);
  }
  return { clustering, objective: { value: value[full - 1]!, cost: cost[full - 1]! } };
}

function enumerateGroups(state: ClusterState, points: number[]): Group[] {
  const m = state.model;
  const groups: Group[] = [];
  points.forEach((lead, li) => {
    if (!m.canLead[lead]) return;
    const row = lead * m.n;
    const pool = points
      .map((p, pi) => ({ p, pi }))
      .filter(({ p }) => p !== lead && m.cost[row + p]! < Infinity);
    const pick: number[] = [];
    const walk = (
      from: number,
      weight: number,
      link: number,
      strong: number,
      value: number,
      mask: number,
    ): void => {
      const size = pick.length + 1;
      if (size >= m.minSize && weight >= m.minWeight - 1e-9) {
        groups.push({
          index: groups.length,
          mask,
          members: [lead, ...pick],
          value,
          cost: link + state.penalty(strong),
        });
      }
      if (size >= m.maxSize) return;
      for (let t = from; t < pool.length; t++) {
        const { p, pi } = pool[t]!;
        const w = weight + m.weight[p]!;
        if (w > m.maxWeight + 1e-9) continue;
        pick.push(p);
        walk(
          t + 1,
          w,
          link + m.cost[row + p]!,
          strong + m.strong[p]!,
          value + m.value[p]!,
          mask | (1 << pi),
        );
        pick.pop();
      }
    };
    walk(0, m.weight[lead]!, 0, m.strong[lead]!, m.value[lead]!, 1 << li);
  });
  return groups;
}
