import type { ClusterState } from './clusterState.ts';

const GAIN = 1e-9;

/**
 * First-improvement descent over insert, replace, shift, swap and re-lead moves until none
 * improves (value first, then cost). Every move keeps every cluster within the rules.
 */
export function localSearch(state: ClusterState): void {
  let improved = true;
  while (improved) {
    improved = insertUnassigned(state);
    improved = replaceMembers(state) || improved;
    improved = insertWithEjection(state) || improved;
    if (!improved) improved = replaceOneWithTwo(state);
    improved = shiftMembers(state) || improved;
    improved = swapMembers(state) || improved;
    improved = releadClusters(state) || improved;
  }
}

function fits(state: ClusterState, c: number, i: number, leaving: number): boolean {
  const m = state.model;
  const cluster = state.clusters[c]!;
  const sizeAfter = cluster.members.length + 1 - (leaving >= 0 ? 1 : 0);
  const weightAfter = cluster.weight + m.weight[i]! - (leaving >= 0 ? m.weight[leaving]! : 0);
  return (
    sizeAfter <= m.maxSize &&
    weightAfter <= m.maxWeight + 1e-9 &&
    weightAfter >= m.minWeight - 1e-9 &&
    sizeAfter >= m.minSize
  );
}

/** Cost change of the cluster's penalty when `entering` joins and `leaving` goes (−1 for none). */
function penaltyDelta(state: ClusterState, c: number, entering: number, leaving: number): number {
  const m = state.model;
  const cluster = state.clusters[c]!;
  const after =
    cluster.strongCount +
    (entering >= 0 ? m.strong[entering]! : 0) -
    (leaving >= 0 ? m.strong[leaving]! : 0);
  return state.penalty(after) - state.penalty(cluster.strongCount);
}

function insertUnassigned(state: ClusterState): boolean {
  const m = state.model;
  let improved = false;
  for (let i = 0; i < m.n; i++) {
    if (state.clusterOf[i] !== -1 || m.value[i]! <= 0) continue;
    let best = -1;
    let bestCost = Infinity;
    for (let c = 0; c < state.clusters.length; c++) {
      const link = m.cost[state.clusters[c]!.lead * m.n + i]!;
      if (link === Infinity || !fits(state, c, i, -1)) continue;
      const delta = link + penaltyDelta(state, c, i, -1);
      if (delta < bestCost) {
        bestCost = delta;
        best = c;
      }
    }
    if (best >= 0) {
      state.add(best, i);
      improved = true;
    }
  }
  return improved;
}

/** An unassigned point takes a member's place: more value, or the same value for less cost. */
function replaceMembers(state: ClusterState): boolean {
  const m = state.model;
  let improved = false;
  for (let u = 0; u < m.n; u++) {
    if (state.clusterOf[u] !== -1) continue;
    for (let c = 0; c < state.clusters.length; c++) {
      const cluster = state.clusters[c]!;
      const linkU = m.cost[cluster.lead * m.n + u]!;
      if (linkU === Infinity) continue;
      let done = false;
      for (const i of cluster.members) {
        if (i === cluster.lead || !fits(state, c, u, i)) continue;
        const valueGain = m.value[u]! - m.value[i]!;
        const costDelta = linkU - m.cost[cluster.lead * m.n + i]! + penaltyDelta(state, c, u, i);
        if (valueGain > GAIN || (valueGain > -GAIN && costDelta < -GAIN)) {
          state.remove(c, i);
          state.add(c, u);
          improved = done = true;
          break;
        }
      }
      if (done) break;
    }
  }
  return improved;
}

function shiftMembers(state: ClusterState): boolean {
  const m = state.model;
  let improved = false;
  for (let i = 0; i < m.n; i++) {
    const a = state.clusterOf[i]!;
    if (a < 0) continue;
    const from = state.clusters[a]!;
    if (
      from.lead === i ||
      from.members.length - 1 < m.minSize ||
      from.weight - m.weight[i]! < m.minWeight - 1e-9
    )
      continue;
    const saved = m.cost[from.lead * m.n + i]! - penaltyDelta(state, a, -1, i);
    for (let b = 0; b < state.clusters.length; b++) {
      if (b === a) continue;
      const link = m.cost[state.clusters[b]!.lead * m.n + i]!;
      if (link === Infinity || !fits(state, b, i, -1)) continue;
      if (link + penaltyDelta(state, b, i, -1) - saved < -GAIN) {
        state.remove(a, i);
        state.add(b, i);
        improved = true;
        break;
      }
    }
  }
  return improved;
}

function swapMembers(state: ClusterState): boolean {
  const m = state.model;
  let improved = false;
  for (let i = 0; i < m.n; i++) {
    const a = state.clusterOf[i]!;
    if (a < 0 || state.clusters[a]!.lead === i) continue;
    for (let k = i + 1; k < m.n; k++) {
      const b = state.clusterOf[k]!;
      if (b < 0 || b === a) continue;
      const ca = state.clusters[a]!;
      const cb = state.clusters[b]!;
      if (cb.lead === k) continue;
      const ik = m.cost[cb.lead * m.n + i]!;
      const ki = m.cost[ca.lead * m.n + k]!;
      if (ik === Infinity || ki === Infinity) continue;
      const delta =
        ik +
        ki -
        m.cost[ca.lead * m.n + i]! -
        m.cost[cb.lead * m.n + k]! +
        penaltyDelta(state, a, k, i) +
        penaltyDelta(state, b, i, k);
      if (delta >= -GAIN || !fits(state, a, k, i) || !fits(state, b, i, k)) continue;
      state.remove(a, i);
      state.remove(b, k);
      state.add(a, k);
      state.add(b, i);
      improved = true;
      break;
    }
  }
  return improved;
}

function releadClusters(state: ClusterState): boolean {
  let improved = false;
  for (let c = 0; c < state.clusters.length; c++) {
    const cluster = state.clusters[c]!;
    let best = cluster.lead;
    let bestCost = cluster.linkCost;
    for (const candidate of cluster.members) {
      const linkCost = state.linkCostUnder(c, candidate);
      if (linkCost < bestCost - GAIN) {
        bestCost = linkCost;
        best = candidate;
      }
    }
    if (best !== cluster.lead) {
      state.setLead(c, best);
      improved = true;
    }
  }
  return improved;
}

/** An unassigned point joins a cluster whose member moves on to another cluster to make room. */
function insertWithEjection(state: ClusterState): boolean {
  const m = state.model;
  let improved = false;
  for (let u = 0; u < m.n; u++) {
    if (state.clusterOf[u] !== -1 || m.value[u]! <= 0) continue;
    let done = false;
    for (let c = 0; c < state.clusters.length && !done; c++) {
      const host = state.clusters[c]!;
      if (m.cost[host.lead * m.n + u]! === Infinity) continue;
      for (const i of host.members) {
        if (i === host.lead || !fits(state, c, u, i)) continue;
        for (let d = 0; d < state.clusters.length; d++) {
          if (
            d === c ||
            m.cost[state.clusters[d]!.lead * m.n + i]! === Infinity ||
            !fits(state, d, i, -1)
          )
            continue;
          state.remove(c, i);
          state.add(c, u);
          state.add(d, i);
          improved = done = true;
          break;
        }
        if (done) break;
      }
    }
  }
  return improved;
}

/** Two unassigned points take one member's place when the cluster's windows allow it. */
function replaceOneWithTwo(state: ClusterState): boolean {
  const m = state.model;
  const waiting: number[] = [];
  for (let u = 0; u < m.n; u++) if (state.clusterOf[u] === -1 && m.value[u]! > 0) waiting.push(u);
  if (waiting.length < 2) return false;
  for (let c = 0; c < state.clusters.length; c++) {
    const cluster = state.clusters[c]!;
    if (cluster.members.length + 1 > m.maxSize) continue;
    const row = cluster.lead * m.n;
    const open = waiting.filter((u) => m.cost[row + u]! < Infinity);
    for (const i of cluster.members) {
      if (i === cluster.lead) continue;
      for (let a = 0; a < open.length; a++) {
        for (let b = a + 1; b < open.length; b++) {
          const u = open[a]!;
          const v = open[b]!;
          const weight = cluster.weight - m.weight[i]! + m.weight[u]! + m.weight[v]!;
          if (weight > m.maxWeight + 1e-9 || weight < m.minWeight - 1e-9) continue;
          if (m.value[u]! + m.value[v]! <= m.value[i]! + GAIN) continue;
          state.remove(c, i);
          state.add(c, u);
          state.add(c, v);
          return true;
        }
      }
    }
  }
  return false;
}
