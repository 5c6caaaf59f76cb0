// pmedcap1 robustness: the clustering core alone over several seeds (no exact solve).
// Run: npx tsx bench/planning/pmedcapSeeds.ts 2 3 4 5
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../src/testing/sharedData.ts';
import { parsePmedianInstance } from '../../src/domain/planning/pmedian/pmedianInstance.ts';
import { planPmedian } from '../../src/domain/planning/pmedian/planPmedian.ts';

const IDS = [1, 5, 6, 7, 8, 9, 11, 12, 16, 17];
for (const seed of process.argv.slice(2).map(Number)) {
  let optimal = 0;
  let gapSum = 0;
  const cpu = process.cpuUsage().user;
  for (const id of IDS) {
    const instance = parsePmedianInstance(
      readFileSync(sharedPath('benchmarks', 'pmedcap1', `${id}.txt`), 'utf8'),
    );
    const optimum = instance.knownOptimum ?? NaN;
    const plan = planPmedian(instance, { seed });
    if (plan.cost === optimum) optimal += 1;
    gapSum += (100 * (plan.cost - optimum)) / optimum;
  }
  console.log(
    JSON.stringify({
      seed,
      optimal,
      of: IDS.length,
      meanGapPercent: gapSum / IDS.length,
      cpuSeconds: (process.cpuUsage().user - cpu) / 1e6,
    }),
  );
}
