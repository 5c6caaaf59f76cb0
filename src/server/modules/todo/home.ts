import { and, count, desc, eq, gt, inArray, notInArray, or, sql } from 'drizzle-orm';
import {
  accounts,
  cases,
  evaluationRounds,
  evaluations,
  evaluationSchemes,
  households,
  persons,
  regions,
  responsibilityEdges,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import type { ResidentHomeView } from './homeSchema.ts';
import { fromEvaluations } from '../evaluation/fromEvaluations.ts';

/** States after which a request no longer waits on anyone. */
const SETTLED = ['confirmed', 'auto_confirmed', 'closed'];
const SHOWN = 5;
/** L4 of the 五级联包 tree: a party member answers for households (联户). */
const CONTACT_LEVEL = 4;

/**
 * The households the caller may look at on their phone: their own (我家) and, for a party member,
 * the households they answer for (联户). Nothing else — not their village's, not their grid's.
 */
async function householdsOfCaller(ctx: Ctx) {
  const actor = requireActor(ctx);
  const [me] = await ctx.db
    .select({ id: persons.id, name: persons.name, householdId: persons.householdId })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .where(eq(accounts.id, actor.accountId));
  if (!me) return { me: null, own: null, contacts: [] as string[] };
  const edges = await ctx.db
    .select({ targetId: responsibilityEdges.targetId })
    .from(responsibilityEdges)
    .where(
      and(
        eq(responsibilityEdges.level, CONTACT_LEVEL),
        eq(responsibilityEdges.targetKind, 'household'),
        eq(responsibilityEdges.responsibleId, me.id),
      ),
    );
  const contacts = [...new Set(edges.map((e) => e.targetId))].filter((id) => id !== me.householdId);
  return { me, own: me.householdId, contacts };
}

/** Each household's latest award (its 星级) from the evaluation records, newest first. */
async function latestStars(ctx: Ctx, ids: string[]) {
  if (ids.length === 0) return new Map<string, ResidentHomeView['households'][number]['stars']>();
  const rows = await fromEvaluations(
    ctx.db.select({
      subjectId: evaluations.subjectId,
      evaluationId: evaluations.id,
      level: evaluations.level,
      stars: evaluations.heldStars,
      awardedAt: evaluations.awardedAt,
      roundName: evaluationRounds.name,
      period: evaluationRounds.period,
      schemeName: evaluationSchemes.name,
    }),
  )
    .where(and(inArray(evaluations.subjectId, ids), eq(evaluations.stage, 'awarded')))
    .orderBy(desc(evaluations.awardedAt));
  const out = new Map<string, ResidentHomeView['households'][number]['stars']>();
  for (const r of rows)
    if (!out.has(r.subjectId) && r.awardedAt)
      out.set(r.subjectId, {
        evaluationId: r.evaluationId,
        level: r.level,
        stars: r.stars,
        roundName: r.roundName,
        period: r.period,
        schemeName: r.schemeName,
        awardedAt: r.awardedAt.toISOString(),
      });
  return out;
}

/** The party members who answer for the caller's own household (我家的联户党员). */
async function contactsOf(ctx: Ctx, householdId: string) {
  return ctx.db
    .select({ id: persons.id, name: persons.name })
    .from(responsibilityEdges)
    .innerJoin(persons, eq(persons.id, responsibilityEdges.responsibleId))
    .where(
      and(
        eq(responsibilityEdges.level, CONTACT_LEVEL),
        eq(responsibilityEdges.targetKind, 'household'),
        eq(responsibilityEdges.targetId, householdId),
      ),
    )
    .orderBy(persons.nameSort);
}

/** The caller's own requests that still wait on someone (handled, or answered and to confirm). */
async function myOpenCases(ctx: Ctx, personId: string) {
  const actor = requireActor(ctx);
  const mine = and(
    or(eq(cases.requesterAccountId, actor.accountId), eq(cases.requesterPersonId, personId)),
    notInArray(cases.state, SETTLED),
  );
  const [total] = await ctx.db.select({ n: count() }).from(cases).where(mine);
  const [toConfirm] = await ctx.db
    .select({ n: count() })
    .from(cases)
    .where(and(mine, eq(cases.state, 'resolved')));
  const items = await ctx.db
    .select({ id: cases.id, title: cases.title, state: cases.state, dueAt: cases.dueAt })
    .from(cases)
    .where(mine)
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(SHOWN);
  return {
    open: Number(total?.n ?? 0),
    toConfirm: Number(toConfirm?.n ?? 0),
    items: items.map((c) => ({ ...c, dueAt: c.dueAt?.toISOString() ?? null })),
  };
}

/** 公示 under way in the villages of the caller's households: one line per round and village. */
async function openNotices(ctx: Ctx, villages: string[]) {
  if (villages.length === 0) return [];
  const now = ctx.clock();
  const rows = await ctx.db
    .select({
      roundId: evaluations.roundId,
      roundName: evaluationRounds.name,
      villageCode: evaluations.regionCode,
      villageName: regions.name,
      subjects: sql<number>`count(*)::int`,
      endsAt: sql<Date>`max(${evaluations.noticeEndsAt})`,
    })
    .from(evaluations)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluations.roundId))
    .leftJoin(regions, eq(regions.code, evaluations.regionCode))
    .where(
      and(
        inArray(evaluations.regionCode, villages),
        eq(evaluations.stage, 'notice'),
        gt(evaluations.noticeEndsAt, now),
      ),
    )
    .groupBy(evaluations.roundId, evaluationRounds.name, evaluations.regionCode, regions.name)
    .orderBy(sql`max(${evaluations.noticeEndsAt})`);
  return rows.map((r) => ({
    ...r,
    subjects: Number(r.subjects),
    endsAt: new Date(r.endsAt).toISOString(),
  }));
}

/**
 * 居民手机首页: what concerns a villager or a party member — their households (我家, and a member's
 * 联户) with each one's stars from the evaluation records, the party members who answer for their
 * own household, their requests still waiting, and the 公示 open in their villages. `household`
 * narrows to one of those households; any other is not found.
 */
export async function residentHome(ctx: Ctx, q: { household?: string | undefined }) {
  const { me, own, contacts } = await householdsOfCaller(ctx);
  if (!me) {
    if (q.household) throw notFound();
    return { person: null, households: [], contacts: [], cases: null, notices: [] };
  }
  const allowed = [...(own ? [own] : []), ...contacts];
  if (q.household && !allowed.includes(q.household)) throw notFound();
  const ids = q.household ? [q.household] : allowed;
  const rows =
    ids.length === 0
      ? []
      : await ctx.db
          .select({
            id: households.id,
            regionCode: households.regionCode,
            villageName: regions.name,
            headName: persons.name,
            members: sql<number>`(SELECT count(*)::int FROM ${persons} m WHERE m.household_id = ${households.id})`,
          })
          .from(households)
          .innerJoin(persons, eq(persons.id, households.headId))
          .leftJoin(regions, eq(regions.code, households.regionCode))
          .where(inArray(households.id, ids))
          .orderBy(persons.nameSort);
  const stars = await latestStars(ctx, ids);
  const list = rows
    .map((h) => ({
      id: h.id,
      relation: h.id === own ? ('own' as const) : ('contact' as const),
      headName: h.headName,
      regionCode: h.regionCode,
      villageName: h.villageName,
      members: Number(h.members),
      stars: stars.get(h.id) ?? null,
    }))
    // 我家 first, then the 联户 by name
    .sort((a, b) => (a.relation === b.relation ? 0 : a.relation === 'own' ? -1 : 1));
  return {
    person: { name: me.name },
    households: list,
    contacts: own && (!q.household || q.household === own) ? await contactsOf(ctx, own) : [],
    cases: await myOpenCases(ctx, me.id),
    notices: await openNotices(ctx, [...new Set(list.map((h) => h.regionCode))]),
  };
}
