import { asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  chainUp,
  LEVEL_TARGETS,
  type ResponsibilityEdge,
} from '../../../domain/directory/responsibility.ts';
import { contactPairs, grids, households, persons, regions } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { pageTotal, totalKey } from '../../platform/pageTotal.ts';
import { scoped } from '../../platform/scope.ts';
import { inRegion } from '../directory/inRegion.ts';
import { personSearchCondition } from '../directory/nameSearch.ts';
import { personItem } from '../persons/service.ts';
import type { HouseholdDetail, HouseholdListItem } from './schema.ts';

const head = alias(persons, 'head');
const memberCount = sql<number>`(SELECT count(*)::int FROM persons m WHERE m.household_id = "households"."id")`;
const columns = {
  household: households,
  regionName: regions.name,
  gridName: grids.name,
  headName: head.name,
  memberCount,
};

type Row = {
  household: typeof households.$inferSelect;
  regionName: string | null;
  gridName: string | null;
  headName: string;
  memberCount: number;
};

function item(r: Row): HouseholdListItem {
  const h = r.household;
  return {
    id: h.id,
    regionCode: h.regionCode,
    regionName: r.regionName,
    gridId: h.gridId,
    gridName: r.gridName,
    head: { id: h.headId, name: r.headName },
    memberCount: Number(r.memberCount),
    tags: h.tags,
  };
}

function baseQuery(ctx: Ctx) {
  return ctx.db
    .select(columns)
    .from(households)
    .innerJoin(head, eq(head.id, households.headId))
    .leftJoin(regions, eq(regions.code, households.regionCode))
    .leftJoin(grids, eq(grids.id, households.gridId));
}

export async function listHouseholds(
  ctx: Ctx,
  q: {
    q?: string | undefined;
    region?: string | undefined;
    tag?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Page<HouseholdListItem>> {
  const filters: (SQL | undefined)[] = [];
  if (q.q) {
    // Search the head by name, ID number or phone: the same rules as the person search, on the head.
    const match = personSearchCondition(q.q, ctx.cipher);
    if (match)
      filters.push(
        sql`${households.headId} IN (SELECT ${persons.id} FROM ${persons} WHERE ${match})`,
      );
  }
  if (q.region) filters.push(inRegion(households.regionCode, q.region));
  if (q.tag) filters.push(sql`${q.tag} = ANY(${households.tags})`);
  const where = scoped(requireActor(ctx), 'directory.read', households.regionCode, ...filters);
  const total = await pageTotal(
    totalKey('households', requireActor(ctx).grants, { q: q.q, region: q.region, tag: q.tag }),
    async () => (await ctx.db.select({ n: count() }).from(households).where(where))[0]?.n ?? 0,
  );
  const rows = await baseQuery(ctx)
    .where(where)
    .orderBy(asc(head.nameSort), asc(households.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(item), total };
}

/** The edges that can lie on a household's chain: its L4 contact, that member's L3, then L2, L1. */
export async function chainEdges(ctx: Ctx, householdId: string): Promise<ResponsibilityEdge[]> {
  // One statement walks the four levels up from the household. Naming the target kinds lets
  // responsibility_edges_by_target (target_kind, target_id) serve every step.
  const kinds = (level: ResponsibilityEdge['level']) =>
    sql.join(
      LEVEL_TARGETS[level].map((k) => sql`${k}`),
      sql`, `,
    );
  const cols = sql.raw('id, region_code, level, responsible_id, target_kind, target_id, within_id');
  const result = (await ctx.db.execute(sql`
    WITH l4 AS (SELECT ${cols} FROM responsibility_edges WHERE level = 4 AND target_kind IN (${kinds(4)}) AND target_id = ${householdId}),
    l3 AS (SELECT ${cols} FROM responsibility_edges WHERE level = 3 AND (
      (target_kind IN (${kinds(3)}) AND target_id IN (SELECT responsible_id::text FROM l4)) OR responsible_id IN (SELECT responsible_id FROM l4))),
    l2 AS (SELECT ${cols} FROM responsibility_edges WHERE level = 2 AND target_kind IN (${kinds(2)}) AND target_id IN (SELECT within_id FROM l3)),
    l1 AS (SELECT ${cols} FROM responsibility_edges WHERE level = 1 AND target_kind IN (${kinds(1)}) AND target_id IN (SELECT within_id FROM l2))
    SELECT * FROM l4 UNION ALL SELECT * FROM l3 UNION ALL SELECT * FROM l2 UNION ALL SELECT * FROM l1`)) as unknown as {
    rows: Record<string, unknown>[];
  };
  return result.rows.map((e) => ({
    id: String(e.id),
    level: Number(e.level) as ResponsibilityEdge['level'],
    responsibleId: String(e.responsible_id),
    targetKind: e.target_kind as ResponsibilityEdge['targetKind'],
    targetId: String(e.target_id),
    withinId: e.within_id === null ? null : String(e.within_id),
    regionCode: String(e.region_code),
  }));
}

export async function getHousehold(ctx: Ctx, id: string): Promise<HouseholdDetail> {
  const [row] = await baseQuery(ctx).where(
    scoped(requireActor(ctx), 'directory.read', households.regionCode, eq(households.id, id)),
  );
  if (!row) throw notFound();
  return householdDetailOf(ctx, row);
}

/** Detail of a household the caller may see (also used for a villager's own household). */
export async function householdDetailOf(ctx: Ctx, row: Row): Promise<HouseholdDetail> {
  const id = row.household.id;
  const memberRows = await ctx.db
    .select({
      person: persons,
      regionName: regions.name,
      partyMember: sql<boolean>`EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = "persons"."id")`,
    })
    .from(persons)
    .leftJoin(regions, eq(regions.code, persons.regionCode))
    .where(eq(persons.householdId, id))
    .orderBy(asc(persons.birthDate));
  const chain = chainUp(id, await chainEdges(ctx, id));
  const pairs = await ctx.db
    .select()
    .from(contactPairs)
    .where(sql`${id} = ANY(${contactPairs.householdIds})`);
  const names = await namesOf(ctx, [
    ...chain.links.map((l) => l.personId),
    ...pairs.flatMap((p) => [p.unitMemberId, p.ruralMemberId]),
  ]);
  return {
    ...item(row),
    members: memberRows.map((m) => personItem(ctx, m.person, m.regionName, m.partyMember)),
    responsibleChain: {
      complete: chain.complete,
      links: chain.links.map((l) => ({ ...l, name: names.get(l.personId) ?? null })),
    },
    contactPairs: pairs.map((p) => ({
      id: p.id,
      unitMemberId: p.unitMemberId,
      unitMemberName: names.get(p.unitMemberId) ?? null,
      ruralMemberId: p.ruralMemberId,
      ruralMemberName: names.get(p.ruralMemberId) ?? null,
    })),
  };
}

async function namesOf(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(inArray(persons.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Rows for `householdDetailOf`, by id, without a scope check (callers check ownership). */
export async function householdRowById(ctx: Ctx, id: string): Promise<Row | undefined> {
  const [row] = await baseQuery(ctx).where(eq(households.id, id));
  return row;
}

export async function householdRowsByIds(ctx: Ctx, ids: string[]): Promise<HouseholdListItem[]> {
  if (ids.length === 0) return [];
  const rows = await baseQuery(ctx).where(inArray(households.id, ids)).orderBy(asc(head.nameSort));
  return rows.map(item);
}
