// pmedcap1: the clustering core vs the published optima and vs an exact HiGHS solve, same run.
// Run: npx tsx bench/planning/pmedcapBench.ts [seed]
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../src/testing/sharedData.ts';
import { searchClusters } from '../../src/domain/planning/clustering/searchClusters.ts';
import { parsePmedianInstance } from '../../src/domain/planning/pmedian/pmedianInstance.ts';
import { pmedianLp } from '../../src/domain/planning/pmedian/pmedianModel.ts';
import { planPmedian, pmedianModel } from '../../src/domain/planning/pmedian/planPmedian.ts';
import { HighsPool } from '../../src/solver/highsPool.ts';

const DIR = sharedPath('benchmarks', 'pmedcap1');
const IDS = [1, 5, 6, 7, 8, 9, 11, 12, 16, 17];
const seed = Number(process.argv[2] ?? 1);
const pool = new HighsPool(1);
const rows = [];
for (const id of IDS) {
  const instance = parsePmedianInstance(readFileSync(`${DIR}/${id}.txt`, 'utf8'));
  const optimum = instance.knownOptimum ?? NaN;
  const t0 = performance.now();
  const plan = planPmedian(instance, { seed });
  const ours = (performance.now() - t0) / 1000;
  const greedy = searchClusters(pmedianModel(instance), { seed, iterations: 0 }).greedy;
  // one solve at a time, nothing else running: a fair wall-clock comparison
  const exact = await pool.solve(pmedianLp(instance), { timeLimitSeconds: 300, relativeGap: 0 });
  rows.push({
    instance: id,
    n: instance.ids.length,
    value: plan.cost,
    optimum,
    gapPercent: (100 * (plan.cost - optimum)) / optimum,
    seconds: ours,
    exactValue: exact.objective === null ? null : Math.round(exact.objective),
    exactStatus: exact.status,
    exactSeconds: exact.seconds,
    greedyValue: greedy.value === instance.ids.length ? greedy.cost : null,
  });
  console.log(JSON.stringify(rows[rows.length - 1]));
}
await pool.close();
const optimal = rows.filter((r) => r.value === r.optimum).length;
const meanGap = rows.reduce((s, r) => s + r.gapPercent, 0) / rows.length;
const faster = rows.filter((r) => r.seconds < r.exactSeconds).length;
const greedyRatio = rows.reduce((s, r) => s + (r.greedyValue ?? NaN) / r.optimum, 0) / rows.length;
console.log(
  JSON.stringify({
    summary: {
      seed,
      optimal,
      of: rows.length,
      meanGapPercent: meanGap,
      fasterThanExact: faster,
      greedyMeanRatio: greedyRatio,
    },
  }),
);
