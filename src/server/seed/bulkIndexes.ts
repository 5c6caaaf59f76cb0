import { eq, sql } from 'drizzle-orm';
import { demoSeedIndexes } from '../db/schema/index.ts';
import { transaction, type Ctx } from '../platform/context.ts';

/** The tables the demo county fills by the hundred thousand rows. */
const BULK_TABLES = ['persons', 'households', 'memberships', 'positions', 'responsibility_edges'];

/**
 * Indexes kept through the load: the load writes village by village in the county's order and the
 * demo's ids are time-ordered by village, so their keys arrive mostly at the right edge of the tree
 * and cost little; a village's lists (households, persons, a household's members) read through
 * them while the rest of the county loads, instead of scanning every row loaded so far.
 */
const KEPT_DURING_LOAD = ['households_by_region', 'persons_by_region_sort', 'persons_by_household'];

/**
 * Sets the secondary indexes of the bulk tables aside (primary keys and constraints stay): a COPY into a table
 * without them is about four times faster on PGlite, and building each index once at the end is
 * cheaper than maintaining it row by row. The definitions are kept in demo_seed_indexes in the same
 * transaction, so a start killed mid-load still rebuilds them. Unique indexes are dropped too (the
 * generator makes its natural keys unique, and the rebuild checks it); indexes behind a constraint
 * stay.
 */
export async function setBulkIndexesAside(ctx: Ctx): Promise<number> {
  return transaction(ctx, async (tx) => {
    const list = sql.join(
      BULK_TABLES.map((t) => sql`${t}`),
      sql`, `,
    );
    const found = (await tx.db.execute(
      sql`SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
          WHERE i.schemaname = current_schema() AND i.tablename IN (${list})
            AND i.indexname NOT IN (${sql.join(
              KEPT_DURING_LOAD.map((n) => sql`${n}`),
              sql`, `,
            )})
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname )`,
    )) as unknown as { rows: { name: string; definition: string }[] };
    if (found.rows.length === 0) return 0;
    await tx.db.insert(demoSeedIndexes).values(found.rows).onConflictDoNothing();
    for (const index of found.rows)
      await tx.db.execute(sql.raw(`DROP INDEX IF EXISTS "${index.name.replace(/"/g, '')}"`));
    return found.rows.length;
  });
}

/**
 * Rebuilds every index set aside (idempotent), one index per transaction: each build is one short
 * unit of the embedded database, so people's requests get in between, and a start killed midway
 * rebuilds only what is still listed.
 */
export async function restoreBulkIndexes(ctx: Ctx): Promise<number> {
  const saved = await ctx.db.select().from(demoSeedIndexes);
  for (const index of saved) {
    await transaction(ctx, async (tx) => {
      // The sort behind a build of 366,000 persons fits in memory instead of spilling to disk.
      await tx.db.execute(sql`SET LOCAL maintenance_work_mem = '256MB'`);
      await tx.db.execute(
        sql.raw(index.definition.replace(/^CREATE (UNIQUE )?INDEX /, (m) => `${m}IF NOT EXISTS `)),
      );
      await tx.db.delete(demoSeedIndexes).where(eq(demoSeedIndexes.name, index.name));
    });
  }
  return saved.length;
}

/**
 * Fresh planner statistics (and the visibility map, for index-only counts) for the tables a bulk
 * load filled: without them the planner guesses a few hundred rows where there are 118,599 and
 * picks plans that sort the whole county. PGlite has no autovacuum to do it. One table per
 * statement, so each is a short unit of the embedded database.
 */
export async function refreshPlannerStatistics(
  ctx: Ctx,
  tables: readonly string[] = [...BULK_TABLES, 'regions', 'grids', 'party_orgs', 'units'],
): Promise<void> {
  for (const table of tables)
    await ctx.db.execute(sql.raw(`VACUUM (ANALYZE) "${table.replace(/"/g, '')}"`));
}
