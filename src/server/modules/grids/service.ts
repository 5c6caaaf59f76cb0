import { and, asc, count, eq, like, ne, sql, type SQL } from 'drizzle-orm';
import { gridKindProblem, type GridKind } from '../../../domain/directory/gridKinds.ts';
import { parseRegionCode } from '../../../domain/region/regionCode.ts';
import { grids, regions } from '../../db/schema/index.ts';
import { insertAudited, patchAudited } from '../../platform/auditedWrite.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import { newRow } from '../../platform/newRow.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { inRegion } from '../directory/inRegion.ts';
import { getRegion } from '../regions/service.ts';
import type { GridView } from './schema.ts';

// The outer table is named: without a join Drizzle would leave "id" unqualified inside the subquery.
const columns = {
  grid: grids,
  regionName: regions.name,
  householdCount: sql<number>`(SELECT count(*)::int FROM households h WHERE h.grid_id = "grids"."id")`,
};
type Row = { grid: typeof grids.$inferSelect; regionName: string | null; householdCount: number };
const view = (r: Row): GridView => ({
  id: r.grid.id,
  regionCode: r.grid.regionCode,
  regionName: r.regionName,
  kind: r.grid.kind,
  name: r.grid.name,
  seq: r.grid.seq,
  householdCount: Number(r.householdCount),
});

/** Grids (村民小组, 网格, 街道服务站, 小区) of the villages in scope, in village order. */
export async function listGrids(
  ctx: Ctx,
  q: {
    region?: string | undefined;
    kind?: string | undefined;
    q?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Page<GridView>> {
  const filters: (SQL | undefined)[] = [];
  if (q.region) filters.push(inRegion(grids.regionCode, q.region));
  if (q.kind) filters.push(eq(grids.kind, q.kind));
  if (q.q) filters.push(like(grids.name, `%${q.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`));
  const where = scoped(requireActor(ctx), 'directory.read', grids.regionCode, ...filters);
  const [total] = await ctx.db.select({ n: count() }).from(grids).where(where);
  const rows = await ctx.db
    .select(columns)
    .from(grids)
    .leftJoin(regions, eq(regions.code, grids.regionCode))
    .where(where)
    .orderBy(asc(grids.regionCode), asc(grids.seq), asc(grids.name))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(view), total: total?.n ?? 0 };
}

export async function getGrid(
  ctx: Ctx,
  id: string,
  permission: 'directory.read' | 'directory.write' = 'directory.read',
): Promise<GridView> {
  const [row] = await ctx.db
    .select(columns)
    .from(grids)
    .leftJoin(regions, eq(regions.code, grids.regionCode))
    .where(scoped(requireActor(ctx), permission, grids.regionCode, eq(grids.id, id)));
  if (!row) throw notFound();
  return view(row);
}

function checkKind(kind: string, regionCode: string): void {
  const parsed = parseRegionCode(regionCode);
  const villageKind = parsed.ok ? parsed.info.villageKind : undefined;
  const problem = gridKindProblem(kind as GridKind, villageKind);
  if (problem)
    throw validationError([
      { path: villageKind ? 'body.kind' : 'body.regionCode', message: problem },
    ]);
}

async function checkNameFree(
  ctx: Ctx,
  regionCode: string,
  name: string,
  selfId?: string,
): Promise<void> {
  await refuseIfExists(
    ctx,
    grids,
    and(
      eq(grids.regionCode, regionCode),
      eq(grids.name, name),
      selfId ? ne(grids.id, selfId) : undefined,
    ),
    {
      zh: `本村已有名为“${name}”的网格`,
      en: `The village already has a grid named ${name}`,
    },
  );
}

export async function createGrid(
  ctx: Ctx,
  input: { regionCode: string; kind: string; name: string; seq?: number | undefined },
): Promise<GridView> {
  return transaction(ctx, async (tx) => {
    await getRegion(tx, input.regionCode, 'directory.write');
    checkKind(input.kind, input.regionCode);
    await checkNameFree(tx, input.regionCode, input.name);
    const [last] = await tx.db
      .select({ seq: sql<number>`coalesce(max(${grids.seq}), 0)::int` })
      .from(grids)
      .where(eq(grids.regionCode, input.regionCode));
    const now = ctx.clock();
    const row = {
      ...newRow(now, input.regionCode),
      kind: input.kind,
      name: input.name,
      seq: input.seq ?? Number(last?.seq ?? 0) + 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertAudited(tx, grids, row, { action: 'grid.create', objectType: 'grid' });
    return getGrid(tx, row.id);
  });
}

export async function updateGrid(
  ctx: Ctx,
  id: string,
  patch: { name?: string | undefined; kind?: string | undefined; seq?: number | undefined },
): Promise<GridView> {
  return transaction(ctx, async (tx) => {
    const before = await getGrid(tx, id, 'directory.write');
    if (patch.kind) checkKind(patch.kind, before.regionCode);
    if (patch.name) await checkNameFree(tx, before.regionCode, patch.name, id);
    return patchAudited(
      tx,
      { table: grids, where: eq(grids.id, id), load: () => getGrid(tx, id, 'directory.write') },
      { action: 'grid.update', objectType: 'grid', objectId: id, patch, before },
    );
  });
}
