import { rebuildInsights } from '../modules/insights/rollups.ts';
import { count, eq } from 'drizzle-orm';
import {
  emptyRows,
  type DemoCountyChunk,
  type DirectoryRows,
} from '../../domain/directory/demoCounty/chunk.ts';
import { streamDemoCounty } from '../../domain/directory/demoCounty/index.ts';
import { resolveOptions } from '../../domain/directory/demoCounty/options.ts';
import type { DemoCountyOptions } from '../../domain/directory/demoCounty/options.ts';
import { accounts, demoSeedChunks, regions } from '../db/schema/index.ts';
import { loadDirectory, type DirectoryBatch } from '../modules/directory/loadDirectory.ts';
import { transaction } from '../platform/context.ts';
import { reportDemoLoading, startDemoLoading } from '../platform/loadingStatus.ts';
import { systemCtx, type Runtime } from '../runtime.ts';
import type { DemoPlaces } from './demoAccounts.ts';
import { insertDemoAccounts, type DemoPeople } from './insertDemoAccounts.ts';
import {
  refreshPlannerStatistics,
  restoreBulkIndexes,
  setBulkIndexesAside,
} from './bulkIndexes.ts';
import { loadDirectoryPipelined } from './preparePool.ts';
import { seedPresetRounds } from './seedPresetRounds.ts';
import { seedDemoEvaluations } from './seedEvaluations.ts';
import { seedCases } from './seedCases.ts';
import { seedCaseHistory } from './seedCaseHistory.ts';
import { seedZero } from './seedZero.ts';
import { seedDemoObligations } from './seedObligations.ts';
import { seedDemoUnions } from './seedUnions.ts';
import { seedDemoTasks } from './seedTasks.ts';
import { seedDemoProjects } from './seedProjects.ts';
import { seedDemoEconomy } from './seedEconomy.ts';
import { seedDemoTrusteeship } from './seedTrusteeship.ts';
import { seedDemoOrganizations } from './seedOrganizations.ts';
import { seedDemoCadreRewards } from './seedCadreRewards.ts';

type Indexed = { index: number; chunk: DemoCountyChunk };

function merge(chunks: readonly Indexed[]): DirectoryBatch {
  const rows = emptyRows();
  for (const { chunk } of chunks) {
    for (const key of Object.keys(rows) as (keyof DirectoryRows)[]) {
      const target: unknown[] = rows[key];
      for (const row of chunk[key]) target.push(row);
    }
  }
  const indexes = chunks.map((c) => c.index);
  return {
    rows,
    // Progress commits with the rows, so a killed first start resumes where it stopped.
    alsoInTransaction: async (query) => {
      for (const i of indexes)
        await query('INSERT INTO demo_seed_chunks (chunk_index) VALUES ($1)', [i]);
    },
  };
}

/**
 * The party member, the household head and the group leader the demo accounts stand for, from the
 * model village: a member who answers to a group leader (L3) rather than being one, so the
 * villager's chain has a different person on each rung; the head's grid's leader (小组评星); the
 * township's 人大代表.
 */
function demoPeople(chunk: DemoCountyChunk, frame: readonly DemoCountyChunk[]): DemoPeople {
  const led = new Set(
    chunk.responsibilityEdges.filter((e) => e.level === 3).map((e) => e.targetId),
  );
  const leaders = new Set(
    chunk.responsibilityEdges.filter((e) => e.level === 3).map((e) => e.responsibleId),
  );
  const contacts = chunk.responsibilityEdges.filter((e) => e.level === 4);
  const edge =
    contacts.find((e) => led.has(e.responsibleId) && !leaders.has(e.responsibleId)) ?? contacts[0];
  const member = chunk.persons.find((p) => p.id === edge?.responsibleId);
  const household = chunk.households.find((h) => h.id === edge?.targetId);
  const head = chunk.persons.find((p) => p.id === household?.headId);
  // 小组评星: the leader of the demo household's own grid (in 振兴村, its street station's 包街干部).
  const gridPost = chunk.positions.find(
    (p) => p.gridId !== null && p.gridId === household?.gridId && p.endDate === null,
  );
  const leader = chunk.persons.find((p) => p.id === gridPost?.personId);
  // 人大代表: the deputy of the model village's township (the frame holds the township's people).
  const township = chunk.regionCode.slice(0, 9) + '000';
  const deputyPost = frame
    .flatMap((c) => c.positions)
    .find((p) => p.code === 'peoplesCongressDeputy' && p.regionCode === township);
  const deputy = frame.flatMap((c) => c.persons).find((p) => p.id === deputyPost?.personId);
  return {
    deputy: deputy && { id: deputy.id, name: deputy.name },
    contactMember: member && { id: member.id, name: member.name },
    householdHead: head && { id: head.id, name: head.name },
    groupLeader: leader && { id: leader.id, name: leader.name },
  };
}

export interface DemoSeeding {
  /** Loads the rest of the county; call it once the server listens. Resolves when every chunk is in. */
  loadRest: (() => Promise<void>) | null;
}

/**
 * Seeds the generated demo county. The county frame, the model village (振兴村) and a second
 * village of its township go first with the demo accounts, so people can log in at once; the
 * other villages follow in the background in small transactions (PGlite serializes access).
 */
export async function seedDemoCounty(
  runtime: Runtime,
  log: (line: string) => void,
  options: Partial<DemoCountyOptions> = {},
  batchPersons = 2_000,
): Promise<DemoSeeding> {
  const ctx = systemCtx(runtime, 'system:demo-seed');
  const { database, cipher } = runtime.deps;
  const loaded = new Set((await ctx.db.select().from(demoSeedChunks)).map((r) => r.chunkIndex));
  const [regionCount] = await ctx.db.select({ n: count() }).from(regions);
  if (loaded.size === 0 && (regionCount?.n ?? 0) > 0) return { loadRest: null }; // not a demo database
  const [hasAccounts] = await ctx.db
    .select({ n: count() })
    .from(accounts)
    .where(eq(accounts.username, 'county'));
  const loadOptions = () => ({
    actor: null,
    actorUsername: 'system',
    requestId: 'system:demo-seed',
    now: ctx.clock(),
    seal: cipher,
  });
  const load = (batches: DirectoryBatch[]) =>
    loadDirectory(database, cipher, batches, loadOptions());

  const stream = streamDemoCounty(options);
  const pending: Indexed[] = [];
  let index = 0;
  if ((hasAccounts?.n ?? 0) === 0) {
    const first: Indexed[] = [];
    let model: DemoCountyChunk | null = null;
    let second: DemoCountyChunk | null = null;
    // Pulled by hand: breaking out of a for…of would close the generator the background still needs.
    for (let next = stream.next(); !next.done; next = stream.next()) {
      const chunk = next.value;
      const item = { index: index++, chunk };
      const isModel = chunk.villageProfiles.some((v) => v.isModel);
      if (isModel) model = chunk;
      const sameTownship =
        model &&
        chunk.kind === 'village' &&
        !isModel &&
        chunk.regionCode.slice(0, 9) === model.regionCode.slice(0, 9);
      if (sameTownship && !second) second = chunk;
      if (chunk.kind !== 'village' || isModel || chunk === second) first.push(item);
      else pending.push(item);
      if (model && second) break;
    }
    if (!model || !second)
      throw new Error('the demo county has no model village with a neighbour in its township');
    const places: DemoPlaces = {
      county: model.regionCode.slice(0, 6) + '000000',
      township: model.regionCode.slice(0, 9) + '000',
      village1: model.regionCode,
      village2: second.regionCode,
    };
    await load([merge(first.filter((c) => !loaded.has(c.index)))]);
    await transaction(ctx, (tx) =>
      insertDemoAccounts(
        tx,
        places,
        demoPeople(
          model,
          first.map((c) => c.chunk),
        ),
      ),
    );
    log(`  演示县框架与振兴村已就绪，可以登录 / demo frame and model village ready`);
    for (const c of first) loaded.add(c.index);
  }
  // Cases of the model village and the demo Open311 key (once; resumable like the rest).
  await seedCases(ctx);
  // 三零 events and 排查 sweeps of the demo township (once).
  await seedZero(ctx);
  const rest = (function* () {
    for (const item of pending) yield item;
    for (const chunk of stream) yield { index: index++, chunk };
  })();
  const resolved = resolveOptions(options);
  const placesTotal = (resolved.villages + resolved.communities) * resolved.counties;
  const loadRest = async () => {
    startDemoLoading(placesTotal, new Date());
    reportDemoLoading({ placesLoaded: loaded.size });
    try {
      await loadRemaining();
      reportDemoLoading({ step: 'complete' });
    } catch (error) {
      reportDemoLoading({ step: 'interrupted' });
      throw error;
    }
  };
  const loadRemaining = async () => {
    // the first chunk still missing, if any: only then are the indexes set aside
    let first = rest.next();
    while (!first.done && loaded.has(first.value.index)) first = rest.next();
    let written = 0;
    if (!first.done) {
      // Secondary indexes are rebuilt once at the end instead of row by row (also after a resume).
      await setBulkIndexesAside(ctx);
      const sizes: number[] = [];
      const head = first.value;
      const batches = function* () {
        let batch: Indexed[] = [head];
        let persons = head.chunk.persons.length;
        for (const item of rest) {
          if (loaded.has(item.index)) continue;
          batch.push(item);
          persons += item.chunk.persons.length;
          if (persons >= batchPersons) {
            sizes.push(batch.length);
            yield merge(batch);
            batch = [];
            persons = 0;
          }
        }
        if (batch.length > 0) {
          sizes.push(batch.length);
          yield merge(batch);
        }
      };
      // rows are prepared in worker threads while the previous batch is written
      await loadDirectoryPipelined(database, cipher, batches(), loadOptions(), async () => {
        const before = written;
        written += sizes.shift() ?? 0;
        reportDemoLoading({ placesLoaded: loaded.size + written });
        // One line per 50 places, not per batch: the home page shows the exact progress.
        if (Math.floor(written / 50) > Math.floor(before / 50))
          log(`  演示数据后台加载 / loading demo villages: ${written} chunks this run`);
        // Let waiting requests have the (single) embedded connection between two batches: queries
        // queued meanwhile run first, so a short pause is enough.
        await new Promise((resolve) => setTimeout(resolve, 25));
      });
    }
    reportDemoLoading({ step: 'indexes' });
    const rebuilt = await restoreBulkIndexes(ctx);
    if (rebuilt > 0) log(`  演示数据索引已重建 / rebuilt ${rebuilt} indexes`);
    if (written > 0 || rebuilt > 0) await refreshPlannerStatistics(ctx);
    if (written > 0) log('  演示县数据加载完成 / demo county fully loaded');
    reportDemoLoading({ step: 'evaluations' });
    await seedDemoEvaluations(runtime, log);
    await seedPresetRounds(runtime, log);
    await seedDemoObligations(runtime, log);
    await seedDemoUnions(runtime, log);
    await seedDemoTasks(runtime, log);
    await seedDemoProjects(runtime, log);
    await seedDemoEconomy(runtime, log);
    await seedDemoTrusteeship(runtime, log);
    await seedDemoOrganizations(runtime, log);
    // after every record that posts income: the reward stands on the year's increment
    await seedDemoCadreRewards(runtime, log);
    await seedCaseHistory(runtime, log, resolved.caseHistoryMonths);
    // The dashboards' roll-ups over everything the demo wrote (most of it without audit rows).
    await rebuildInsights(ctx.db);
    await refreshPlannerStatistics(ctx, [
      'pairings',
      'activities',
      'evaluations',
      'evaluation_decisions',
      'evaluation_events',
      'audit_events',
      'unions',
      'union_villages',
      'task_items',
      'task_progress',
    ]);
  };
  return { loadRest };
}
