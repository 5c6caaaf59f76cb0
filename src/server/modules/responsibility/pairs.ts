import { asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { contactPairs, households, persons, regions, units } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import { getRegion } from '../regions/service.ts';
import type { PairView } from './pairSchema.ts';

const unitMember = alias(persons, 'unit_member');

/** 1+1+N pairs in scope (a region outside it is 404), with the members' and the households' heads' names. */
export async function listPairs(
  ctx: Ctx,
  q: { region?: string | undefined; page: number; pageSize: number },
): Promise<Page<PairView>> {
  const filters: (SQL | undefined)[] = [];
  if (q.region) {
    await getRegion(ctx, q.region, 'directory.read');
    const { low, high } = scopeRange(q.region);
    filters.push(sql`${contactPairs.regionCode} BETWEEN ${low} AND ${high}`);
  }
  const where = scoped(requireActor(ctx), 'directory.read', contactPairs.regionCode, ...filters);
  const [total] = await ctx.db.select({ n: count() }).from(contactPairs).where(where);
  const rows = await ctx.db
    .select({
      p: contactPairs,
      unitName: units.name,
      unitMemberName: unitMember.name,
      ruralMemberName: persons.name,
      regionName: regions.name,
    })
    .from(contactPairs)
    .leftJoin(units, eq(units.id, contactPairs.unitId))
    .leftJoin(unitMember, eq(unitMember.id, contactPairs.unitMemberId))
    .leftJoin(persons, eq(persons.id, contactPairs.ruralMemberId))
    .leftJoin(regions, eq(regions.code, contactPairs.regionCode))
    .where(where)
    .orderBy(asc(contactPairs.regionCode), asc(units.name), asc(contactPairs.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const householdIds = [...new Set(rows.flatMap((r) => r.p.householdIds))];
  const heads = new Map(
    householdIds.length === 0
      ? []
      : (
          await ctx.db
            .select({ id: households.id, name: persons.name })
            .from(households)
            .innerJoin(persons, eq(persons.id, households.headId))
            .where(inArray(households.id, householdIds))
        ).map((h) => [h.id, h.name]),
  );
  return {
    items: rows.map((r) => ({
      id: r.p.id,
      regionCode: r.p.regionCode,
      regionName: r.regionName,
      unitId: r.p.unitId,
      unitName: r.unitName,
      unitMemberId: r.p.unitMemberId,
      unitMemberName: r.unitMemberName,
      ruralMemberId: r.p.ruralMemberId,
      ruralMemberName: r.ruralMemberName,
      households: r.p.householdIds.map((id) => ({ id, headName: heads.get(id) ?? null })),
    })),
    total: total?.n ?? 0,
  };
}
