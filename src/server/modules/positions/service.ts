import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { isHeldOn } from '../../../domain/directory/positions.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { grids, partyOrgs, persons, positions, regions } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import { inRegion } from '../directory/inRegion.ts';
import type { PositionView } from './schema.ts';

// The outer table is named in the subquery: Drizzle would leave a bare "details" to bind inside it.
const columns = {
  position: positions,
  personName: persons.name,
  regionName: regions.name,
  orgName: partyOrgs.name,
  gridName: grids.name,
  dispatchingUnitName: sql<
    string | null
  >`(SELECT u.name FROM units u WHERE u.id::text = "positions"."details"->>'dispatchingUnitId')`,
};
type Row = {
  position: typeof positions.$inferSelect;
  personName: string | null;
  regionName: string | null;
  orgName: string | null;
  gridName: string | null;
  dispatchingUnitName: string | null;
};

function view(r: Row, today: string): PositionView {
  const p = r.position;
  return {
    id: p.id,
    personId: p.personId,
    personName: r.personName,
    code: p.code,
    regionCode: p.regionCode,
    regionName: r.regionName,
    orgId: p.orgId,
    orgName: r.orgName,
    gridId: p.gridId,
    gridName: r.gridName,
    unitId: p.unitId,
    dispatchingUnitId: p.details.dispatchingUnitId ?? null,
    dispatchingUnitName: r.dispatchingUnitName,
    termEndDate: p.details.termEndDate ?? null,
    goldMediator: p.details.goldMediator ?? false,
    startDate: p.startDate,
    endDate: p.endDate,
    current: isHeldOn(p, today),
  };
}

function baseQuery(ctx: Ctx) {
  return ctx.db
    .select(columns)
    .from(positions)
    .leftJoin(persons, eq(persons.id, positions.personId))
    .leftJoin(regions, eq(regions.code, positions.regionCode))
    .leftJoin(partyOrgs, eq(partyOrgs.id, positions.orgId))
    .leftJoin(grids, eq(grids.id, positions.gridId));
}

export interface PositionQuery {
  region?: string | undefined;
  code?: string | undefined;
  current?: 'true' | 'false' | undefined;
  person?: string | undefined;
  page: number;
  pageSize: number;
}

/** Positions held in the regions in scope, current and past (history is never deleted). */
export async function listPositions(ctx: Ctx, q: PositionQuery): Promise<Page<PositionView>> {
  const today = shanghaiDate(ctx.clock());
  const filters: (SQL | undefined)[] = [];
  if (q.region) filters.push(inRegion(positions.regionCode, q.region));
  if (q.code) filters.push(eq(positions.code, q.code as typeof positions.$inferSelect.code));
  if (q.person) filters.push(eq(positions.personId, q.person));
  // isHeldOn, in SQL: started on or before today and not ended before it.
  const held = sql`(${positions.startDate} <= ${today} AND (${positions.endDate} IS NULL OR ${positions.endDate} >= ${today}))`;
  if (q.current) filters.push(q.current === 'true' ? held : sql`NOT ${held}`);
  const where = scoped(requireActor(ctx), 'directory.read', positions.regionCode, ...filters);
  const [total] = await ctx.db.select({ n: count() }).from(positions).where(where);
  const rows = await baseQuery(ctx)
    .where(where)
    .orderBy(
      asc(positions.regionCode),
      asc(positions.code),
      desc(positions.startDate),
      asc(positions.id),
    )
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map((r) => view(r, today)), total: total?.n ?? 0 };
}

export async function getPosition(
  ctx: Ctx,
  id: string,
  permission: 'directory.read' | 'directory.write' = 'directory.read',
): Promise<PositionView> {
  const [row] = await baseQuery(ctx).where(
    scoped(requireActor(ctx), permission, positions.regionCode, eq(positions.id, id)),
  );
  if (!row) throw notFound();
  return view(row, shanghaiDate(ctx.clock()));
}

/** Whether the person already holds this position in this region from this start date (the natural key). */
export async function positionKeyTaken(
  ctx: Ctx,
  key: { personId: string; code: string; regionCode: string; startDate: string },
  selfId?: string,
): Promise<boolean> {
  const rows = await ctx.db
    .select({ id: positions.id })
    .from(positions)
    .where(
      and(
        eq(positions.personId, key.personId),
        eq(positions.code, key.code as typeof positions.$inferSelect.code),
        eq(positions.regionCode, key.regionCode),
        eq(positions.startDate, key.startDate),
      ),
    );
  return rows.some((r) => r.id !== selfId);
}
