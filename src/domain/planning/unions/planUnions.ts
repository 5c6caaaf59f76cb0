import type { ClusterModel } from '../clustering/clusterModel.ts';
import { searchClusters } from '../clustering/searchClusters.ts';
import { PlanningInputError } from '../inputError.ts';
import type { MipSolver } from '../mipSolver.ts';
import { blockModel } from './blockModel.ts';
import { coverability, type Coverability } from './coverability.ts';
import { partitionVillages } from './partitionVillages.ts';
import { boundBlock, solveBlockExactly, type BlockResult } from './solveBlock.ts';
import type { UnionInput, UnionPlan } from './types.ts';
import { assemblePlan } from './assemblePlan.ts';

export interface PlanUnionsOptions {
  seed?: number;
  /** overall budget; the search gets about half, bounds and exact solves the rest */
  timeLimitSeconds?: number;
  /** milliseconds clock (e.g. performance.now); domain code has none of its own */
  now?: () => number;
  /** exact solver for proofs and bounds; without it the bound is the combinatorial one */
  solver?: MipSolver | null;
  /** parallel exact solves the solver can run (its worker count) */
  solverParallelism?: number;
  /** ruin-and-recreate rounds per village in a block */
  iterationsPerVillage?: number;
  onProgress?: (blocksDone: number, blocks: number) => void;
}

export interface PlanUnionsResult {
  plan: UnionPlan;
  blocks: { villages: number; result: BlockResult }[];
}

const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Exact MIPs for the blocks not yet proven, smallest gap to the bound first (likeliest to
 * close), `parallel` at a time, each given its fair share of the time left.
 */
async function proveBlocks(
  models: ClusterModel[],
  results: BlockResult[],
  solver: MipSolver,
  parallel: number,
  secondsLeft: () => number,
): Promise<void> {
  const gap = (r: BlockResult): number => (r.objective.cost - r.costLowerBound) / Math.max(1, r.objective.cost);
  const queue = results
    .map((r, b) => ({ r, b }))
    .filter(({ r }) => !r.exact)
    .sort((x, y) => gap(x.r) - gap(y.r))
    .map(({ b }) => b);
  const lane = async (): Promise<void> => {
    for (let b = queue.shift(); b !== undefined; b = queue.shift()) {
      const left = secondsLeft();
      if (left < 0.3) return;
      const share = Math.min(left, (left * parallel) / (queue.length + 1));
      results[b] = await solveBlockExactly(models[b]!, results[b]!, solver, share, secondsLeft);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
}

/**
 * Union planner. Blocks of villages that cannot share a union (other township, out of reach)
 * are planned independently: ruin-and-recreate local search (half the time budget), LP
 * relaxations on the solver's workers for a valid bound, then — while the budget lasts — the
 * exact MIPs, which prove optimality or tighten the bound. Deterministic for a seed when every exact solve finishes (or none runs).
 */
export async function planUnions(input: UnionInput, options: PlanUnionsOptions = {}): Promise<PlanUnionsResult> {
  const now = options.now ?? (() => 0);
  const started = now();
  const limitMs = (options.timeLimitSeconds ?? 60) * 1000;
  const searchEnd = started + limitMs * 0.5;
  // every solve must end with a margin for reading its answer back
  const secondsLeft = (): number => (started + limitMs - now()) / 1000 - 0.8;
  const solver = options.solver ?? null;
  const parallel = Math.max(1, options.solverParallelism ?? 1);
  const blocks = partitionVillages(input.villages, input.rules);
  const models: ClusterModel[] = [];
  const reach: Coverability[][] = [];
  const pending: Promise<BlockResult>[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const model = blockModel(input.villages, blocks[b]!, input.rules);
    const covers = coverability(model);
    models.push(model);
    reach.push(covers);
    // each block may use its fair share of the search half of the budget, a quarter of it
    // kept for the exact re-partition polish
    const blockStart = now();
    const share = (searchEnd - blockStart) / (blocks.length - b);
    const search = searchClusters(model, {
      seed: (options.seed ?? 1) + b,
      iterations: (options.iterationsPerVillage ?? 40) * model.n,
      shouldStop: () => now() > blockStart + 0.75 * share,
      shouldStopPolish: () => now() > blockStart + share,
    });
    let coverageUpperBound = 0;
    covers.forEach((c, i) => (coverageUpperBound += c === 'coverable' ? model.value[i]! : 0));
    const start: BlockResult = {
      clustering: search.clustering,
      objective: search.objective,
      heuristic: search.objective,
      greedy: search.greedy,
      coverageUpperBound,
      costLowerBound: 0,
      coverageProven: false,
      exact: false,
      exactSeconds: 0,
    };
    // LP bounds run on the solver's workers while the search moves on to the next block
    pending.push(boundBlock(model, start, solver, secondsLeft));
    options.onProgress?.(b + 1, blocks.length);
    if (solver) await nextTick();
  }
  const results = await Promise.all(pending);
  if (solver) await proveBlocks(models, results, solver, parallel, secondsLeft);
  if (input.villages.some((v) => v.eligible) && results.every((r) => r.coverageUpperBound === 0)) {
    throw new PlanningInputError('rules', 'no group of villages can meet these rules (size, population, distance, township)');
  }
  const plan = assemblePlan(input, blocks, models, reach, results);
  return { plan, blocks: results.map((result, b) => ({ villages: blocks[b]!.length, result })) };
}
