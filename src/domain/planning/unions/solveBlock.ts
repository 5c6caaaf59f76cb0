import {
  compareObjective,
  type ClusterModel,
  type Clustering,
  type Objective,
} from '../clustering/clusterModel.ts';
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
  /** no rule-abiding plan of the block covers more */
  coverageProven: boolean;
  /** coverage proven maximal and cost proven minimal at that coverage */
  exact: boolean;
  exactSeconds: number;
}

const TOLERANCE = 1e-6;

function objectiveOf(
  m: ClusterModel,
  clustering: Clustering,
): { state: ClusterState; objective: Objective } {
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

const relaxationLimitSeconds = 60;

function raiseBound(result: BlockResult, bound: number): void {
  // round-off in the solver must never turn the bound into a claim it cannot back
  const safe = bound - TOLERANCE * Math.max(1, Math.abs(bound));
  result.costLowerBound = Math.min(result.objective.cost, Math.max(result.costLowerBound, safe));
}

/** Whether the LP relaxation of the max-coverage model shows that no plan covers more. */
function coverageIsMaximal(m: ClusterModel, lpMaximum: number, covered: number): boolean {
  const integral = Array.from(m.value).every((v) => Number.isInteger(v));
  const most = integral ? Math.floor(lpMaximum + TOLERANCE) : lpMaximum + TOLERANCE;
  return most <= covered + TOLERANCE;
}

/**
 * Bounds a block's plan with LP relaxations (cheap, and valid even when no MIP finishes): the
 * max-coverage relaxation can prove the coverage maximal, the min-cost relaxation at our
 * coverage bounds the cost from below. Without a solver, the combinatorial bound stands.
 */
export async function boundBlock(
  m: ClusterModel,
  start: BlockResult,
  solver: MipSolver | null,
  secondsLeft: () => number,
): Promise<BlockResult> {
  const result = {
    ...start,
    coverageProven: start.coverageUpperBound <= start.objective.value + TOLERANCE,
  };
  result.costLowerBound = Math.min(
    combinatorialCostBound(m, start.objective.value),
    start.objective.cost,
  );
  result.exact = result.coverageProven && start.objective.cost <= TOLERANCE;
  if (!solver || result.exact) return result;
  if (!result.coverageProven) {
    const lp = await solver(unionMipLp(m, { kind: 'max-coverage' }, true), {
      timeLimitSeconds: relaxationLimitSeconds,
      secondsLeft,
    });
    result.exactSeconds += lp.seconds;
    if (lp.status === 'optimal' && lp.objective !== null)
      result.coverageProven = coverageIsMaximal(m, lp.objective, result.objective.value);
  }
  const lp = await solver(
    unionMipLp(m, { kind: 'min-cost', minCoverage: result.objective.value }, true),
    {
      timeLimitSeconds: relaxationLimitSeconds,
      secondsLeft,
    },
  );
  result.exactSeconds += lp.seconds;
  if (lp.status === 'optimal' && lp.objective !== null) raiseBound(result, lp.objective);
  result.exact =
    result.coverageProven &&
    result.costLowerBound >=
      result.objective.cost - 2 * TOLERANCE * Math.max(1, result.objective.cost);
  return result;
}

/**
 * Tries to prove (or improve) a block's plan with the exact MIPs within `seconds`: that no plan
 * covers more, then the cheapest plan at that coverage. Whatever the solver returns is checked
 * against the rules and polished by local search before it may replace the search's plan.
 */
export async function solveBlockExactly(
  m: ClusterModel,
  start: BlockResult,
  solver: MipSolver,
  seconds: number,
  secondsLeft: () => number,
): Promise<BlockResult> {
  const result = { ...start };
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
  let budget = seconds;
  if (!result.coverageProven) {
    const cover = await solver(unionMipLp(m, { kind: 'max-coverage' }), {
      timeLimitSeconds: budget / 2,
      relativeGap: 0,
      secondsLeft,
    });
    result.exactSeconds += cover.seconds;
    budget -= cover.seconds;
    if (cover.objective !== null) adopt(clusteringFromMip(m, cover.values));
    if (cover.status === 'optimal' && cover.objective !== null) {
      result.coverageProven = cover.objective <= result.objective.value + TOLERANCE;
    }
  }
  const cost = await solver(
    unionMipLp(m, { kind: 'min-cost', minCoverage: result.objective.value }),
    {
      timeLimitSeconds: Math.max(0.1, budget),
      relativeGap: 0,
      secondsLeft,
    },
  );
  result.exactSeconds += cost.seconds;
  if (cost.objective !== null) adopt(clusteringFromMip(m, cost.values));
  const bound = cost.status === 'optimal' ? cost.objective : cost.dualBound;
  if (bound !== null && (cost.status === 'optimal' || cost.status === 'time-limit'))
    raiseBound(result, bound);
  result.exact =
    result.coverageProven &&
    cost.status === 'optimal' &&
    result.objective.cost <= (cost.objective ?? -Infinity) + TOLERANCE;
  return result;
}
