import type { ClusterModel } from '../clustering/clusterModel.ts';
import { searchClusters, type SearchResult } from '../clustering/searchClusters.ts';
import { PlanningInputError } from '../inputError.ts';
import type { MipSolver } from '../mipSolver.ts';
import { blockModel } from './blockModel.ts';
import { coverability, type Coverability } from './coverability.ts';
import { partitionVillages } from './partitionVillages.ts';
import { boundBlock, solveBlockExactly, type BlockResult } from './solveBlock.ts';
import type { UnionInput, UnionPlan } from './types.ts';
import { assemblePlan } from './assemblePlan.ts';

/** One block's search as another thread runs it: time limits count from when it starts. */
export interface BlockSearch {
  seed: number;
  iterations: number;
  stopAfterMs: number;
  polishStopAfterMs: number;
}

/** Runs searchClusters elsewhere (worker threads, src/solver/searchPool.ts). */
export type BlockSearcher = (model: ClusterModel, search: BlockSearch) => Promise<SearchResult>;

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
  /**
   * Searches blocks on other threads, `searchParallelism` at a time (both cores on independent
   * townships); without it the blocks are searched one after another on the calling thread.
   */
  searcher?: BlockSearcher | null;
  searchParallelism?: number;
}

export interface PlanUnionsResult {
  plan: UnionPlan;
  blocks: { villages: number; result: BlockResult }[];
}

/** Part of the budget for the block searches when they run in parallel (searcher given). */
const PARALLEL_SEARCH_SHARE = 0.5;

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
  const gap = (r: BlockResult): number =>
    (r.objective.cost - r.costLowerBound) / Math.max(1, r.objective.cost);
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
export async function planUnions(
  input: UnionInput,
  options: PlanUnionsOptions = {},
): Promise<PlanUnionsResult> {
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
  for (const block of blocks) {
    const model = blockModel(input.villages, block, input.rules);
    models.push(model);
    reach.push(coverability(model));
  }
  const iterationsOf = (b: number) => (options.iterationsPerVillage ?? 40) * models[b]!.n;
  const startOf = (b: number, search: SearchResult): BlockResult => {
    let coverageUpperBound = 0;
    reach[b]!.forEach(
      (c, i) => (coverageUpperBound += c === 'coverable' ? models[b]!.value[i]! : 0),
    );
    return {
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
  };
  const pending: Promise<BlockResult>[] = [];
  const searcher = options.searcher ?? null;
  if (searcher) {
    // lanes take the blocks in order, each block its fair share of the search's part of the budget
    // (a quarter of it kept for the exact re-partition polish); the LP bounds follow once every
    // block is searched, so searches and HiGHS do not fight over the cores (measured: running
    // them side by side, even one LP at a time, cost more than it gave; docs/PERFORMANCE.md)
    const lanes = Math.max(1, options.searchParallelism ?? 1);
    const parallelSearchEnd = started + limitMs * PARALLEL_SEARCH_SHARE;
    const starts: BlockResult[] = new Array<BlockResult>(blocks.length);
    let next = 0;
    let done = 0;
    const lane = async (): Promise<void> => {
      for (let b = next++; b < blocks.length; b = next++) {
        const share = Math.max(
          0,
          ((parallelSearchEnd - now()) * lanes) / (blocks.length - b + lanes - 1),
        );
        const search = await searcher(models[b]!, {
          seed: (options.seed ?? 1) + b,
          iterations: iterationsOf(b),
          stopAfterMs: 0.75 * share,
          polishStopAfterMs: share,
        });
        starts[b] = startOf(b, search);
        options.onProgress?.(++done, blocks.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(lanes, blocks.length) }, lane));
    for (let b = 0; b < blocks.length; b++)
      pending.push(boundBlock(models[b]!, starts[b]!, solver, secondsLeft));
  } else {
    for (let b = 0; b < blocks.length; b++) {
      const model = models[b]!;
      // each block may use its fair share of the search half of the budget, a quarter of it
      // kept for the exact re-partition polish
      const blockStart = now();
      const share = (searchEnd - blockStart) / (blocks.length - b);
      const search = searchClusters(model, {
        seed: (options.seed ?? 1) + b,
        iterations: iterationsOf(b),
        shouldStop: () => now() > blockStart + 0.75 * share,
        shouldStopPolish: () => now() > blockStart + share,
      });
      // LP bounds run on the solver's workers while the search moves on to the next block
      pending.push(boundBlock(model, startOf(b, search), solver, secondsLeft));
      options.onProgress?.(b + 1, blocks.length);
      if (solver) await nextTick();
    }
  }
  const results = await Promise.all(pending);
  if (solver) await proveBlocks(models, results, solver, parallel, secondsLeft);
  if (input.villages.some((v) => v.eligible) && results.every((r) => r.coverageUpperBound === 0)) {
    throw new PlanningInputError(
      'rules',
      'no group of villages can meet these rules (size, population, distance, township)',
    );
  }
  const plan = assemblePlan(input, blocks, models, reach, results);
  return { plan, blocks: results.map((result, b) => ({ villages: blocks[b]!.length, result })) };
}
