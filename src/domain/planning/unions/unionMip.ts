import type { ClusterModel, Clustering } from '../clustering/clusterModel.ts';

export type UnionMipGoal = { kind: 'max-coverage' } | { kind: 'min-cost'; minCoverage: number };

/**
 * The exact union model of one block as CPLEX LP text: y_j (j leads), x_j_i (i joins j),
 * s_j (j's union has no strong member). Goal "max-coverage" proves the best coverage;
 * "min-cost" finds the cheapest plan with at least `minCoverage`. `relaxed` drops integrality:
 * the LP relaxation, whose optimum bounds the MIP's (a cheap, always-available bound).
 */
export function unionMipLp(m: ClusterModel, goal: UnionMipGoal, relaxed = false): string {
  const n = m.n;
  const leads: number[] = [];
  for (let j = 0; j < n; j++) if (m.canLead[j]) leads.push(j);
  const links: [number, number][] = [];
  for (const j of leads)
    for (let i = 0; i < n; i++)
      if (i !== j && m.cost[j * n + i]! < Infinity && m.weight[i]! <= m.maxWeight)
        links.push([j, i]);
  const objective: string[] = [];
  const coverage: string[] = [];
  for (const j of leads) coverage.push(`+ ${m.value[j]} y${j}`);
  for (const [j, i] of links) coverage.push(`+ ${m.value[i]} x${j}_${i}`);
  if (goal.kind === 'max-coverage') objective.push(...coverage);
  else {
    for (const [j, i] of links) objective.push(`+ ${m.cost[j * n + i]} x${j}_${i}`);
    if (m.weakPenalty > 0)
      for (const j of leads) if (!m.strong[j]) objective.push(`+ ${m.weakPenalty} s${j}`);
  }
  const rows: string[] = [];
  const joins = new Map<number, string[]>();
  const members = new Map<number, [number, number][]>();
  for (const [j, i] of links) {
    joins.set(i, [...(joins.get(i) ?? []), `+ x${j}_${i}`]);
    members.set(j, [...(members.get(j) ?? []), [j, i]]);
    rows.push(` l${j}_${i}: x${j}_${i} - y${j} <= 0`);
  }
  for (let i = 0; i < n; i++) {
    const terms = [...(m.canLead[i] ? [`+ y${i}`] : []), ...(joins.get(i) ?? [])];
    if (terms.length > 0) rows.push(` once${i}: ${terms.join(' ')} <= 1`);
  }
  for (const j of leads) {
    const own = members.get(j) ?? [];
    const count = own.map(([, i]) => `+ x${j}_${i}`).join(' ');
    const weight = own.map(([, i]) => `+ ${m.weight[i]} x${j}_${i}`).join(' ');
    const w = m.weight[j]!;
    rows.push(` smax${j}: ${count} - ${m.maxSize - 1} y${j} <= 0`);
    rows.push(` smin${j}: ${count} - ${m.minSize - 1} y${j} >= 0`);
    rows.push(` wmax${j}: ${weight} - ${m.maxWeight - w} y${j} <= 0`);
    rows.push(
      ` wmin${j}: ${weight} ${m.minWeight - w >= 0 ? '-' : '+'} ${Math.abs(m.minWeight - w)} y${j} >= 0`,
    );
    if (m.weakPenalty > 0 && !m.strong[j]) {
      const strongMembers = own.filter(([, i]) => m.strong[i]).map(([, i]) => `+ x${j}_${i}`);
      rows.push(` weak${j}: s${j} ${strongMembers.join(' ')} - y${j} >= 0`);
    }
  }
  if (goal.kind === 'min-cost')
    rows.push(` cover: ${coverage.join(' ')} >= ${goal.minCoverage - 1e-6}`);
  const binaries = [...leads.map((j) => `y${j}`), ...links.map(([j, i]) => `x${j}_${i}`)];
  const bounds =
    m.weakPenalty > 0 ? leads.filter((j) => !m.strong[j]).map((j) => ` 0 <= s${j} <= 1`) : [];
  if (relaxed) bounds.push(...binaries.map((name) => ` 0 <= ${name} <= 1`));
  return [
    goal.kind === 'max-coverage' ? 'Maximize' : 'Minimize',
    ...wrap(['obj:', ...(objective.length > 0 ? objective : ['0 y' + (leads[0] ?? 0)])]),
    'Subject To',
    ...rows.flatMap((row) => wrap(row.split(' '))),
    'Bounds',
    ...bounds,
    ...(relaxed ? [] : ['Binary', ...wrap(binaries)]),
    'End',
  ].join('\n');
}

/** Reads the chosen unions back from a solution's column values. */
export function clusteringFromMip(m: ClusterModel, values: Record<string, number>): Clustering {
  const clustering: Clustering = [];
  for (let j = 0; j < m.n; j++) {
    if ((values[`y${j}`] ?? 0) < 0.5) continue;
    const group = [j];
    for (let i = 0; i < m.n; i++) if (i !== j && (values[`x${j}_${i}`] ?? 0) > 0.5) group.push(i);
    clustering.push(group);
  }
  return clustering;
}

// LP text lines are kept short; a token list is re-joined into lines of 40 tokens
function wrap(tokens: string[]): string[] {
  const lines: string[] = [];
  for (let k = 0; k < tokens.length; k += 40) lines.push(` ${tokens.slice(k, k + 40).join(' ')}`);
  return lines;
}
