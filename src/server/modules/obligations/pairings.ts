import { and, asc, count, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { planByPart } from '../../../domain/obligations/workPlan.ts';
import {
  activities,
  contactPairs,
  pairingPlanItems,
  pairings,
  persons,
  regions,
  units,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { withinRegion } from '../../platform/scope.ts';
import { lastVisits } from '../responsibility/pairs.ts';
import { listActivities } from './activities.ts';
import type { PairingListItem } from './pairingViews.ts';
import { planItemsOf } from './planItems.ts';
import { authorizeRead, mayPlan, mayRecord, visiblePairings } from './policy.ts';
import type { ListPairingsQuery } from './pairingSchema.ts';
import { loadSubject } from './subjects.ts';

const leader = alias(persons, 'leader');
const RECENT = 10;

/** The pairing's unit, village, leader and period, for a list row and the detail alike. */
const head = {
  id: pairings.id,
  unitId: units.id,
  unitName: units.name,
  villageCode: pairings.villageCode,
  villageName: regions.name,
  leaderId: leader.id,
  leaderName: leader.name,
  periodStart: pairings.periodStart,
  periodEnd: pairings.periodEnd,
};
type HeadRow = {
  id: string;
  unitId: string;
  unitName: string;
  villageCode: string;
  villageName: string;
  leaderId: string | null;
  leaderName: string | null;
  periodStart: string;
  periodEnd: string | null;
};
const headView = (r: HeadRow) => ({
  id: r.id,
  unit: { id: r.unitId, name: r.unitName },
  village: { code: r.villageCode, name: r.villageName },
  leader: r.leaderId && r.leaderName ? { id: r.leaderId, name: r.leaderName } : null,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
});

function headQuery(ctx: Ctx) {
  return ctx.db
    .select({
      ...head,
      planned: sql<number>`(SELECT count(*)::int FROM ${pairingPlanItems} i WHERE i.pairing_id = ${pairings.id} AND i.status = 'planned')`,
      doing: sql<number>`(SELECT count(*)::int FROM ${pairingPlanItems} i WHERE i.pairing_id = ${pairings.id} AND i.status = 'doing')`,
      done: sql<number>`(SELECT count(*)::int FROM ${pairingPlanItems} i WHERE i.pairing_id = ${pairings.id} AND i.status = 'done')`,
      dropped: sql<number>`(SELECT count(*)::int FROM ${pairingPlanItems} i WHERE i.pairing_id = ${pairings.id} AND i.status = 'dropped')`,
      activities: sql<number>`(SELECT count(*)::int FROM ${activities} a WHERE a.subject_kind = 'pairing' AND a.subject_id = ${pairings.id}::text)`,
      lastActivityOn: sql<
        string | null
      >`(SELECT max(a.occurred_on)::text FROM ${activities} a WHERE a.subject_kind = 'pairing' AND a.subject_id = ${pairings.id}::text)`,
    })
    .from(pairings)
    .innerJoin(units, eq(units.id, pairings.unitId))
    .innerJoin(regions, eq(regions.code, pairings.villageCode))
    .leftJoin(leader, eq(leader.id, pairings.leaderPersonId));
}

/** 结对共建 the caller sees (policy.ts), by village: unit, village, 组长, plan items, activities. */
export async function listPairings(ctx: Ctx, q: ListPairingsQuery): Promise<Page<PairingListItem>> {
  const where = and(
    visiblePairings(requireActor(ctx)),
    q.region ? withinRegion(pairings.regionCode, q.region) : undefined,
    q.unit ? eq(pairings.unitId, q.unit) : undefined,
  );
  const [total] = await ctx.db.select({ n: count() }).from(pairings).where(where);
  const rows = await headQuery(ctx)
    .where(where)
    .orderBy(asc(pairings.villageCode), asc(units.name), asc(pairings.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return {
    items: rows.map((r) => ({
      ...headView(r),
      planItems: { planned: r.planned, doing: r.doing, done: r.done, dropped: r.dropped },
      activities: r.activities,
      lastActivityOn: r.lastActivityOn,
    })),
    total: total?.n ?? 0,
  };
}

/**
 * One pairing: its head, the work plan by part with each item's progress from its activities,
 * the unit's 1+1+N pairs in the village with each household's last visit, the recent activities
 * and what the caller may do. Not the caller's to see: 404.
 */
export async function getPairing(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const subject = authorizeRead(actor, await loadSubject(ctx, 'pairing', id));
  const [row] = await headQuery(ctx).where(eq(pairings.id, subject.id));
  if (!row) throw new Error(`pairing ${id} vanished`);
  const items = await planItemsOf(ctx, subject.id);
  const recent = await listActivities(ctx, {
    subjectKind: 'pairing',
    subjectId: subject.id,
    page: 1,
    pageSize: RECENT,
  });
  return {
    ...headView(row),
    plan: planByPart(items).map(({ part, items: partItems }) => ({
      part: part.code,
      name: part.name,
      fullName: part.fullName,
      items: partItems,
    })),
    contacts: await contactsOf(ctx, row.unitId, row.villageCode),
    recentActivities: recent.items,
    abilities: {
      editPlan: mayPlan(actor, subject),
      record: mayRecord(actor, subject, row.villageCode),
    },
    personId: actor.personId ?? null,
  };
}

const ruralMember = alias(persons, 'rural_member');

/** The unit's 1+1+N pairs in the village, each household with its last visit by either member. */
async function contactsOf(ctx: Ctx, unitId: string, village: string) {
  const pairs = await ctx.db
    .select({
      id: contactPairs.id,
      unitMemberId: contactPairs.unitMemberId,
      unitMemberName: persons.name,
      ruralMemberId: contactPairs.ruralMemberId,
      ruralMemberName: ruralMember.name,
      householdIds: contactPairs.householdIds,
      heads: sql<{ id: string; name: string }[]>`coalesce((
        SELECT json_agg(json_build_object('id', h.id, 'name', hp.name))
        FROM households h JOIN persons hp ON hp.id = h.head_id
        WHERE h.id = ANY(${contactPairs.householdIds})), '[]'::json)`,
    })
    .from(contactPairs)
    .leftJoin(persons, eq(persons.id, contactPairs.unitMemberId))
    .leftJoin(ruralMember, eq(ruralMember.id, contactPairs.ruralMemberId))
    .where(and(eq(contactPairs.unitId, unitId), eq(contactPairs.regionCode, village)))
    .orderBy(asc(persons.nameSort), asc(contactPairs.id));
  const householdIds = [...new Set(pairs.flatMap((p) => p.householdIds))];
  const headOf = new Map(pairs.flatMap((p) => p.heads.map((h) => [h.id, h.name] as const)));
  const visits = await lastVisits(
    ctx,
    householdIds,
    pairs.flatMap((p) => [p.unitMemberId, p.ruralMemberId]),
  );
  const named = (id: string, name: string | null) => (name === null ? null : { id, name });
  return pairs.map((p) => ({
    id: p.id,
    unitMember: named(p.unitMemberId, p.unitMemberName),
    ruralMember: named(p.ruralMemberId, p.ruralMemberName),
    households: p.householdIds.map((h) => {
      const days = [p.unitMemberId, p.ruralMemberId]
        .map((m) => visits.get(`${h}|${m}`))
        .filter((d): d is string => d !== undefined)
        .sort();
      return { id: h, headName: headOf.get(h) ?? null, lastVisitOn: days.at(-1) ?? null };
    }),
  }));
}
