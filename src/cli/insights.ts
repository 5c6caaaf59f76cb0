import { loadConfig } from '../server/config.ts';
import { foldInsightChanges } from '../server/modules/insights/fold.ts';
import { rebuildInsights } from '../server/modules/insights/rollups.ts';
import { openRuntime } from '../server/runtime.ts';

/** `lingyan insights rebuild|fold`: the dashboards' roll-ups rebuilt from the records, or folded up to now. */
export async function runInsightsCommand(args: string[]): Promise<number> {
  const verb = args[0];
  if (verb !== 'rebuild' && verb !== 'fold') {
    process.stderr.write('usage: lingyan insights rebuild|fold\n');
    return 2;
  }
  const runtime = await openRuntime(loadConfig());
  try {
    const started = performance.now();
    const db = runtime.deps.database.db;
    if (verb === 'rebuild') await rebuildInsights(db);
    else await foldInsightChanges(db);
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`insights ${verb}: done in ${ms} ms\n`);
    return 0;
  } finally {
    await runtime.close();
  }
}
