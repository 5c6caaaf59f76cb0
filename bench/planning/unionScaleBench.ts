// Union planner at county / prefecture / province scale, end to end with the HiGHS workers,
// against the plain greedy construction in the same run.
// Run: npx tsx bench/planning/unionScaleBench.ts <villages> <timeLimitSeconds> [seed] [sequential]
// ("sequential" searches the blocks one after another on the main thread, as before the search pool)
import { planUnions } from '../../src/domain/planning/unions/planUnions.ts';
import { checkUnionPlan } from '../../src/domain/planning/unions/checkUnionPlan.ts';
import { validateUnionInput } from '../../src/domain/planning/unions/validateUnionInput.ts';
import { HighsPool } from '../../src/solver/highsPool.ts';
import { SearchPool } from '../../src/solver/searchPool.ts';
import { generateVillages } from './generateVillages.ts';

const count = Number(process.argv[2] ?? 900);
const timeLimit = Number(process.argv[3] ?? 10);
const seed = Number(process.argv[4] ?? 1);
const input = validateUnionInput(generateVillages(count, seed));
const sequential = process.argv[5] === 'sequential';
const pool = new HighsPool(2);
const searchPool = sequential ? null : new SearchPool(2);
const t0 = performance.now();
const { plan, blocks } = await planUnions(input, {
  seed,
  timeLimitSeconds: timeLimit,
  now: () => performance.now(),
  solver: pool.solve,
  solverParallelism: 2,
  searcher: searchPool?.search ?? null,
  searchParallelism: 2,
});
const seconds = (performance.now() - t0) / 1000;
await pool.close();
await searchPool?.close();
const violations = checkUnionPlan(input, plan).length;
let greedyCoverage = 0;
let greedyCost = 0;
let heuristicCoverage = 0;
let heuristicCost = 0;
for (const { result } of blocks) {
  greedyCoverage += result.greedy.value;
  greedyCost += result.greedy.cost;
  heuristicCoverage += result.heuristic.value;
  heuristicCost += result.heuristic.cost;
}
const coverageUpperBound = blocks.reduce((s, b) => s + b.result.coverageUpperBound, 0);
console.log(
  JSON.stringify({
    villages: count,
    search: sequential ? 'sequential' : 'pool',
    load: Number(((await import('node:os')).loadavg()[0] ?? 0).toFixed(1)),
    seed,
    timeLimit,
    seconds,
    // all threads of the process (search on the main thread, HiGHS on the workers)
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
    blocks: blocks.length,
    // seconds HiGHS spent on the blocks (LP bounds and exact solves), summed over both workers
    solverSeconds: blocks.reduce((sum, b) => sum + b.result.exactSeconds, 0),
    provenBlocks: blocks.filter((b) => b.result.exact).length,
    unions: plan.unions.length,
    coverage: plan.coverage,
    coverageUpperBound,
    cost: plan.cost,
    bound: plan.bound,
    gapToBoundPercent: (100 * (plan.cost - plan.bound.cost)) / plan.cost,
    searchOnly: { coverage: heuristicCoverage, cost: heuristicCost },
    greedy: { coverage: greedyCoverage, cost: greedyCost },
    violations,
  }),
);
