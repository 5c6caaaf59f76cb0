import { asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import {
  activities,
  contactPairs,
  households,
  persons,
  regions,
  units,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import { getRegion } from '../regions/service.ts';
import type { PairView } from './pairSchema.ts';

const unitMember = alias(persons, 'unit_member');

/** 1+1+N pairs in scope (a region outside it is 404), with the members' and the households' heads' names. */
export async function listPairs(
  ctx: Ctx,
  q: { region?: string | undefined; id?: string; page: number; pageSize: number },
): Promise<Page<PairView>> {
  const filters: (SQL | undefined)[] = [];
  if (q.id) filters.push(eq(contactPairs.id, q.id));
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
  const visits = await lastVisits(
    ctx,
    householdIds,
    rows.flatMap((r) => [r.p.unitMemberId, r.p.ruralMemberId]),
  );
  const lastOf = (householdId: string, members: string[]): string | null =>
    members
      .map((m) => visits.get(`${householdId}|${m}`) ?? null)
      .reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
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
      households: r.p.householdIds.map((id) => ({
        id,
        headName: heads.get(id) ?? null,
        lastVisitOn: lastOf(id, [r.p.unitMemberId, r.p.ruralMemberId]),
      })),
    })),
    total: total?.n ?? 0,
  };
}

/**
 * The last day each of these people took part in an activity at each of these households — the
 * 1+1+N contact read from the activities recorded once (obligations module), never typed again.
 */
export async function lastVisits(
  ctx: Ctx,
  householdIds: readonly string[],
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (householdIds.length === 0 || personIds.length === 0) return new Map();
  const list = (ids: readonly string[]) =>
    sql`ARRAY[${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[]`;
  const result = (await ctx.db.execute(sql`
    SELECT h AS household_id, p AS person_id, max(${activities.occurredOn})::text AS last
    FROM ${activities}
      CROSS JOIN unnest(${activities.householdIds}) AS h
      CROSS JOIN unnest(${activities.participantIds}) AS p
    WHERE ${activities.householdIds} && ${list(householdIds)}
      AND ${activities.participantIds} && ${list(personIds)}
    GROUP BY 1, 2`)) as unknown as {
    rows: { household_id: string; person_id: string; last: string }[];
  };
  return new Map(result.rows.map((r) => [`${r.household_id}|${r.person_id}`, r.last]));
}
