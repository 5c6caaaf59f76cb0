import type { ClusterModel, Clustering } from '../clustering/clusterModel.ts';

export interface CandidateGroup {
  /** lead first */
  members: number[];
  value: number;
  cost: number;
}

/**
 * Every rule-abiding group whose members are among their lead's `nearest` cheapest partners:
 * the column pool of the restricted set-partitioning model. Groups from `extra` (e.g. the
 * search's own plan) are always included, so the model can only improve on it.
 */
export function candidateGroups(m: ClusterModel, nearest: number, extra: Clustering): CandidateGroup[] {
  const groups: CandidateGroup[] = [];
  const seen = new Set<string>();
  const push = (members: number[]): void => {
    const key = `${members[0]}:${members.slice(1).sort((a, b) => a - b).join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const lead = members[0]!;
    let cost = 0;
    let value = 0;
    let strong = 0;
    for (const i of members) {
      if (i !== lead) cost += m.cost[lead * m.n + i]!;
      value += m.value[i]!;
      strong += m.strong[i]!;
    }
    groups.push({ members, value, cost: cost + (strong > 0 ? 0 : m.weakPenalty) });
  };
  for (const group of extra) push(group);
  for (let lead = 0; lead < m.n; lead++) {
    if (!m.canLead[lead]) continue;
    const row = lead * m.n;
    const pool: number[] = [];
    for (let i = 0; i < m.n; i++) if (i !== lead && m.cost[row + i]! < Infinity && m.weight[i]! <= m.maxWeight) pool.push(i);
    pool.sort((a, b) => m.cost[row + a]! - m.cost[row + b]!);
    pool.length = Math.min(pool.length, nearest);
    const pick: number[] = [lead];
    const walk = (from: number, weight: number): void => {
      if (pick.length >= m.minSize && weight >= m.minWeight - 1e-9) push([...pick]);
      if (pick.length >= m.maxSize) return;
      for (let t = from; t < pool.length; t++) {
        const w = weight + m.weight[pool[t]!]!;
        if (w > m.maxWeight + 1e-9) continue;
        pick.push(pool[t]!);
        walk(t + 1, w);
        pick.pop();
      }
    };
    walk(0, m.weight[lead]!);
  }
  return groups;
}

/** Restricted set partitioning: choose disjoint groups, coverage ≥ minCoverage, least cost. */
export function setPartitionLp(m: ClusterModel, groups: CandidateGroup[], minCoverage: number): string {
  const rows = new Map<number, string[]>();
  groups.forEach((g, k) => {
    for (const i of g.members) rows.set(i, [...(rows.get(i) ?? []), `+ g${k}`]);
  });
  const lines: string[] = ['Minimize', ...wrap(['obj:', ...groups.map((g, k) => `+ ${g.cost} g${k}`)]), 'Subject To'];
  for (const [i, terms] of rows) lines.push(...wrap([`p${i}:`, ...terms, '<=', '1']));
  lines.push(...wrap(['cover:', ...groups.map((g, k) => `+ ${g.value} g${k}`), '>=', String(minCoverage - 1e-6)]));
  lines.push('Binary', ...wrap(groups.map((_, k) => `g${k}`)), 'End');
  return lines.join('\n');
}

export function clusteringFromPartition(groups: CandidateGroup[], values: Record<string, number>): Clustering {
  return groups.filter((_, k) => (values[`g${k}`] ?? 0) > 0.5).map((g) => [...g.members]);
}

function wrap(tokens: string[]): string[] {
  const lines: string[] = [];
  for (let k = 0; k < tokens.length; k += 40) lines.push(` ${tokens.slice(k, k + 40).join(' ')}`);
  return lines;
}
