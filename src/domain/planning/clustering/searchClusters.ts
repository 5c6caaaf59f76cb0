import { seededRandom } from '../random.ts';
import {
  compareObjective,
  type ClusterModel,
  type Clustering,
  type Objective,
} from './clusterModel.ts';
import { ClusterState } from './clusterState.ts';
import { formGroups, openSpreadLeads, regretInsert } from './construct.ts';
import { localSearch } from './localSearch.ts';
import { repairClusterPairs } from './subsetRepair.ts';

export interface SearchOptions {
  seed: number;
  /** ruin-and-recreate rounds after the first descent */
  iterations: number;
  /** polled between rounds; return true to stop early (pass a clock in, the core has none) */
  shouldStop?: () => boolean;
  /** polled between polishing passes (after the first, which always runs); default shouldStop */
  shouldStopPolish?: () => boolean;
}

export interface SearchResult {
  clustering: Clustering;
  objective: Objective;
  /** the plain greedy construction before any improvement: the baseline to compare against */
  greedy: Objective;
  greedyClustering: Clustering;
}

function build(state: ClusterState, random: () => number, noise: number): void {
  const m = state.model;
  if (m.clusterCount === null) formGroups(state, random, noise);
  else openSpreadLeads(state, m.clusterCount - state.clusters.length, random);
  regretInsert(state);
}

/**
 * Iterated local search with ruin-and-recreate: dissolve a cluster and its nearest neighbours,
 * rebuild greedily, descend; keep the best, and continue from any candidate within 1 % of it.
 */
export function searchClusters(model: ClusterModel, options: SearchOptions): SearchResult {
  const random = seededRandom(options.seed);
  const state = new ClusterState(model);
  build(state, random, 0);
  const greedy = { value: state.value, cost: state.cost };
  const greedyClustering = state.snapshot();
  localSearch(state);
  let best = state.snapshot();
  let bestObjective: Objective = { value: state.value, cost: state.cost };
  for (let round = 0; round < options.iterations && state.clusters.length > 0; round++) {
    if (options.shouldStop?.()) break;
    ruin(state, random);
    build(state, random, 0.5);
    localSearch(state);
    const current = { value: state.value, cost: state.cost };
    if (compareObjective(current, bestObjective) > 0) {
      best = state.snapshot();
      bestObjective = current;
    } else if (
      current.value < bestObjective.value - 1e-9 ||
      current.cost > bestObjective.cost * 1.01 + 1e-9
    ) {
      state.restore(best);
    }
  }
  // polish the best plan with exact two-cluster re-partitions until none helps
  state.restore(best);
  // (one pass always: it is where most coverage is won back; more only while time remains)
  const stopPolish = options.shouldStopPolish ?? options.shouldStop;
  for (let pass = 0; pass === 0 || !stopPolish?.(); pass++) {
    if (!repairClusterPairs(state, 3, true)) break;
    localSearch(state);
  }
  if (compareObjective({ value: state.value, cost: state.cost }, bestObjective) > 0) {
    best = state.snapshot();
    bestObjective = { value: state.value, cost: state.cost };
  }
  return { clustering: best, objective: bestObjective, greedy, greedyClustering };
}

function ruin(state: ClusterState, random: () => number): void {
  const m = state.model;
  const seed = state.clusters[Math.floor(random() * state.clusters.length)]!;
  const lead = seed.lead;
  // free count: ruins of 2–5 clusters, smaller ones cannot change how many unions share an area;
  // fixed count (p-median): 1–3 of the p clusters, more would amount to a restart
  const [least, spread] = m.clusterCount === null ? [2, 4] : [1, 3];
  const count = Math.min(state.clusters.length, least + Math.floor(random() * spread));
  const order = state.clusters
    .map((c, index) => ({ index, d: m.near[lead * m.n + c.lead]! }))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((x) => x.index)
    .sort((a, b) => b - a);
  // close from the highest index: close() moves the last cluster into the freed slot
  for (const c of order) state.close(c);
}
