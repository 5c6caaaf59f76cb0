import { compareObjective, type ClusterModel, type Clustering, type Objective } from '../clustering/clusterModel.ts';
import { ClusterState } from '../clustering/clusterState.ts';
import { localSearch } from '../clustering/localSearch.ts';
import type { MipSolver } from '../mipSolver.ts';
import { combinatorialCostBound } from './costBound.ts';
import { clusteringFromMip, unionMipLp } from './unionMip.ts';

export interface BlockResult {
  clustering: Clustering;
  objective: Objective;
  /** the search's own result, before any exact solve: what the heuristic alone achieves */
  heuristic: Objective;
  greedy: Objective;
  /** Σ value of villages that can join some rule-abiding group */
  coverageUpperBound: number;
  /** lower bound on cost of any plan of this block covering at least objective.value */
  costLowerBound: number;
  /** coverage proven maximal and cost proven minimal at that coverage */
  exact: boolean;
  exactSeconds: number;
}

const TOLERANCE = 1e-6;

function objectiveOf(m: ClusterModel, clustering: Clustering): { state: ClusterState; objective: Objective } {
  const state = new ClusterState(m);
  state.restore(clustering);
  return { state, objective: { value: state.value, cost: state.cost } };
}

/** A clustering from the solver must obey the rules before it may replace ours. */
function isRuleAbiding(m: ClusterModel, clustering: Clustering): boolean {
  const seen = new Set<number>();
  for (const group of clustering) {
    const lead = group[0]!;
    let weight = 0;
    for (const i of group) {
      if (seen.has(i) || m.cost[lead * m.n + i]! === Infinity) return false;
      seen.add(i);
      weight += m.weight[i]!;
    }
    if (!m.canLead[lead] || group.length < m.minSize || group.length > m.maxSize) return false;
    if (weight < m.minWeight - 1e-9 || weight > m.maxWeight + 1e-9) return false;
  }
  return true;
}

/**
 * Tries to prove (or improve) a block's plan with the exact MIP: first that no plan covers more,
 * then the cheapest plan at that coverage. Whatever the solver returns is re-checked against
 * the rules and polished by local search before it can replace the heuristic's plan.
 */
export async function refineBlock(m: ClusterModel, start: BlockResult, solver: MipSolver | null, seconds: number): Promise<BlockResult> {
  const result = { ...start };
  result.costLowerBound = Math.min(combinatorialCostBound(m, start.objective.value), start.objective.cost);
  // nothing coverable, or full coverage at zero cost: optimal without a solver
  result.exact = start.coverageUpperBound <= start.objective.value + TOLERANCE && start.objective.cost <= TOLERANCE;
  if (!solver || seconds <= 0 || result.exact) return result;
  const adopt = (clustering: Clustering): void => {
    if (!isRuleAbiding(m, clustering)) return;
    const { state } = objectiveOf(m, clustering);
    localSearch(state);
    const objective = { value: state.value, cost: state.cost };
    if (compareObjective(objective, result.objective) > 0) {
      result.clustering = state.snapshot();
      result.objective = objective;
    }
  };
  let coverageProven = start.coverageUpperBound <= start.objective.value + TOLERANCE;
  let budget = seconds;
  if (!coverageProven) {
    const cover = await solver(unionMipLp(m, { kind: 'max-coverage' }), { timeLimitSeconds: budget / 2, relativeGap: 0 });
    result.exactSeconds += cover.seconds;
    budget -= cover.seconds;
    if (cover.objective !== null) adopt(clusteringFromMip(m, cover.values));
    if (cover.status === 'optimal' && cover.objective !== null) coverageProven = cover.objective <= result.objective.value + TOLERANCE;
  }
  const cost = await solver(unionMipLp(m, { kind: 'min-cost', minCoverage: result.objective.value }), {
    timeLimitSeconds: Math.max(0.1, budget),
    relativeGap: 0,
  });
  result.exactSeconds += cost.seconds;
  if (cost.objective !== null) adopt(clusteringFromMip(m, cost.values));
  const bound = cost.status === 'optimal' ? cost.objective : cost.dualBound;
  if (bound !== null && (cost.status === 'optimal' || cost.status === 'time-limit')) {
    // round-off in the solver must never turn the bound into a claim it cannot back
    const safe = bound - TOLERANCE * Math.max(1, Math.abs(bound));
    result.costLowerBound = Math.min(result.objective.cost, Math.max(result.costLowerBound, safe));
  }
  result.exact = coverageProven && cost.status === 'optimal' && result.objective.cost <= (cost.objective ?? -Infinity) + TOLERANCE;
  return result;
}
