import { count } from 'drizzle-orm';
import { streamDemoCounty } from '../domain/directory/demoCounty/index.ts';
import { demoCountySmall, type DemoCountyOptions } from '../domain/directory/demoCounty/options.ts';
import { loadConfig } from '../server/config.ts';
import { regions } from '../server/db/schema/index.ts';
import { openRuntime, systemCtx } from '../server/runtime.ts';
import { batchChunks } from '../server/seed/batchChunks.ts';
import { restoreBulkIndexes, setBulkIndexesAside } from '../server/seed/bulkIndexes.ts';
import { loadDirectoryPipelined } from '../server/seed/preparePool.ts';
import { parseOptions } from './args.ts';

function numberOption(options: Map<string, string | true>, name: string): number | undefined {
  const raw = options.get(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw === true || !Number.isInteger(value) || value < 0)
    throw new Error(`--${name} takes a whole number`);
  return value;
}

/** `lingyan gen`: writes the deterministic demo county (or a scaled-up one) by COPY. */
export async function runGen(argv: string[]): Promise<number> {
  const { options } = parseOptions(argv);
  const genOptions: Partial<DemoCountyOptions> = {
    ...(options.has('small') ? demoCountySmall : {}),
  };
  try {
    const seed = options.get('seed');
    if (typeof seed === 'string') genOptions.seed = seed;
    const villages = numberOption(options, 'villages');
    if (villages !== undefined) genOptions.villages = villages;
    const people = numberOption(options, 'people-per-village');
    if (people !== undefined) genOptions.peoplePerVillage = people;
    const counties = numberOption(options, 'counties');
    if (counties !== undefined) genOptions.counties = counties;
    const townships = numberOption(options, 'townships');
    if (townships !== undefined) genOptions.townships = townships;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const runtime = await openRuntime(loadConfig());
  try {
    const [existing] = await runtime.deps.database.db.select({ n: count() }).from(regions);
    if ((existing?.n ?? 0) > 0) {
      process.stderr.write(
        'the database already holds regions: gen writes only into an empty database\n',
      );
      return 1;
    }
    const started = performance.now();
    const ctx = systemCtx(runtime, 'cli:gen');
    // secondary indexes are built once at the end, not maintained row by row
    await setBulkIndexesAside(ctx);
    const batches = function* () {
      for (const rows of batchChunks(streamDemoCounty(genOptions), 20_000)) yield { rows };
    };
    // rows are prepared in worker threads while the main thread writes the previous batch
    const totals = await loadDirectoryPipelined(
      runtime.deps.database,
      runtime.deps.cipher,
      batches(),
      {
        actor: null,
        actorUsername: 'lingyan gen',
        requestId: 'cli:gen',
        now: new Date(),
        seal: runtime.deps.cipher,
      },
      (n) =>
        void process.stdout.write(
          `  batch ${n} written (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
        ),
    );
    await restoreBulkIndexes(ctx);
    process.stdout.write(
      `generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(totals)}\n`,
    );
    return 0;
  } finally {
    await runtime.close();
  }
}
