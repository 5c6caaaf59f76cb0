import { and, asc, count, eq, like, sql, type SQL } from 'drizzle-orm';
import { units } from '../../db/schema/index.ts';
import { insertAudited, patchAudited } from '../../platform/auditedWrite.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import { newRow } from '../../platform/newRow.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { inRegion } from '../directory/inRegion.ts';
import { getRegion } from '../regions/service.ts';
import type { UnitView } from './schema.ts';

// Correlated subqueries name the outer table explicitly: without a join Drizzle leaves columns
// unqualified, and "id" inside the subquery would bind to the inner table.
const columns = {
  unit: units,
  staffCount: sql<number>`(SELECT count(*)::int FROM persons p WHERE p.unit_id = "units"."id")`,
};
const view = (r: { unit: typeof units.$inferSelect; staffCount: number }): UnitView => ({
  id: r.unit.id,
  name: r.unit.name,
  kind: r.unit.kind,
  regionCode: r.unit.regionCode,
  capabilities: r.unit.capabilities,
  partyOrgId: r.unit.partyOrgId,
  staffCount: Number(r.staffCount),
});

/** 结对单位 and other units with their capability tags (what the pairing planner matches on). */
export async function listUnits(
  ctx: Ctx,
  q: {
    q?: string | undefined;
    capability?: string | undefined;
    region?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Page<UnitView>> {
  const filters: (SQL | undefined)[] = [];
  if (q.q) filters.push(like(units.name, `%${q.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`));
  if (q.capability) filters.push(sql`${q.capability} = ANY(${units.capabilities})`);
  if (q.region) filters.push(inRegion(units.regionCode, q.region));
  const where = scoped(requireActor(ctx), 'directory.read', units.regionCode, ...filters);
  const [total] = await ctx.db.select({ n: count() }).from(units).where(where);
  const rows = await ctx.db
    .select(columns)
    .from(units)
    .where(where)
    .orderBy(asc(units.name))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(view), total: total?.n ?? 0 };
}

export async function getUnit(
  ctx: Ctx,
  id: string,
  permission: 'directory.read' | 'directory.write' = 'directory.read',
): Promise<UnitView> {
  const [row] = await ctx.db
    .select(columns)
    .from(units)
    .where(scoped(requireActor(ctx), permission, units.regionCode, eq(units.id, id)));
  if (!row) throw notFound();
  return view(row);
}

export async function createUnit(
  ctx: Ctx,
  input: { name: string; kind: string; regionCode: string; capabilities: string[] },
): Promise<UnitView> {
  return transaction(ctx, async (tx) => {
    await getRegion(tx, input.regionCode, 'directory.write');
    const countyCode = input.regionCode.slice(0, 6);
    await refuseIfExists(
      tx,
      units,
      and(eq(units.countyCode, countyCode), eq(units.name, input.name)),
      {
        zh: `本县已有单位“${input.name}”`,
        en: `The county already has a unit named ${input.name}`,
      },
    );
    const now = ctx.clock();
    const row = {
      ...newRow(now, input.regionCode),
      name: input.name,
      kind: input.kind,
      capabilities: input.capabilities,
      partyOrgId: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertAudited(tx, units, row, { action: 'unit.create', objectType: 'unit' });
    return getUnit(tx, row.id);
  });
}

export async function updateUnit(
  ctx: Ctx,
  id: string,
  patch: {
    name?: string | undefined;
    kind?: string | undefined;
    capabilities?: string[] | undefined;
  },
): Promise<UnitView> {
  return transaction(ctx, async (tx) => {
    const before = await getUnit(tx, id, 'directory.write');
    return patchAudited(
      tx,
      { table: units, where: eq(units.id, id), load: () => getUnit(tx, id, 'directory.write') },
      { action: 'unit.update', objectType: 'unit', objectId: id, patch, before },
    );
  });
}
