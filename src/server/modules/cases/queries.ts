import { and, asc, count, desc, eq, ilike, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { isOverdue } from '../../../domain/cases/sla.ts';
import { OPEN_FOR_WORK, type CaseState } from '../../../domain/cases/lifecycle.ts';
import { caseEvents, cases } from '../../db/schema/index.ts';
import { notFound } from '../../platform/errors.ts';
import type { Ctx } from '../../platform/context.ts';
import { caseAbilities } from './policy.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scopeWhere, withinRegion } from '../../platform/scope.ts';
import { me, type CaseRow, type Me } from './access.ts';
import { claimableBy, visibleTo, waitingFor } from './policy.ts';

// The owner's id is cast to the key's type, not the key to text: a cast key would read every
// person of the county for each case instead of one through the primary key.
/** The name of a row's current owner (a member, a unit, a region's staff), in SQL over `cases` or `case_events`. */
export function ownerNameOf(table: 'cases' | 'case_events'): SQL<string | null> {
  const t = sql.identifier(table);
  return sql<
    string | null
  >`CASE ${t}."owner_kind" WHEN 'person' THEN (SELECT p.name FROM persons p WHERE p.id = ${t}."owner_id"::uuid) WHEN 'unit' THEN (SELECT u.name FROM units u WHERE u.id = ${t}."owner_id"::uuid) ELSE (SELECT r.name FROM regions r WHERE r.code = ${t}."owner_id") END`;
}

export async function caseDetail(ctx: Ctx, m: Me, id: string) {
  // One statement for the case, its owner's and requester's names and its attachments; one for its
  // steps. Columns are named in full: a one-table select renders its own columns unqualified.
  const [found] = await ctx.db
    .select({
      row: cases,
      ownerName: ownerNameOf('cases'),
      requesterName: sql<
        string | null
      >`(SELECT p.name FROM persons p WHERE p.id = "cases"."requester_person_id")`,
      attachments: sql<
        { id: string; name: string; contentType: string; size: number }[]
      >`(SELECT COALESCE(json_agg(json_build_object('id', a.id, 'name', a.name, 'contentType', a.content_type, 'size', a.size) ORDER BY a.created_at, a.id), '[]'::json) FROM case_attachments a WHERE a.case_id = "cases"."id")`,
    })
    .from(cases)
    .where(and(eq(cases.id, id), visibleTo(m)));
  if (!found) throw notFound();
  const { row, attachments } = found;
  const events = await ctx.db
    .select({
      id: caseEvents.id,
      type: caseEvents.type,
      fromState: caseEvents.fromState,
      toState: caseEvents.toState,
      ownerKind: caseEvents.ownerKind,
      ownerId: caseEvents.ownerId,
      ownerStep: caseEvents.ownerStep,
      note: caseEvents.note,
      data: caseEvents.data,
      at: caseEvents.at,
      ownerName: ownerNameOf('case_events'),
    })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, id))
    .orderBy(asc(caseEvents.n));
  const requesterName = row.requesterPersonId ? found.requesterName : row.requesterName;
  return {
    ...listItem(row, found.ownerName, ctx.clock()),
    description: row.description,
    place: row.place,
    lat: row.lat,
    lng: row.lng,
    fields: row.fields,
    details: row.details,
    requester: { personId: row.requesterPersonId, name: requesterName },
    householdId: row.householdId,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    attachments,
    can: caseAbilities(m, row, ctx.clock()),
  };
}

function listItem(row: CaseRow, ownerDisplay: string | null, now: Date) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    typeCode: row.typeCode,
    kind: row.kind,
    channel: row.channel,
    state: row.state,
    title: row.title,
    owner: { kind: row.ownerKind, id: row.ownerId, step: row.ownerStep, name: ownerDisplay },
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: isOverdue(row.state as CaseState, row.dueAt, now),
    rating: row.rating,
    escalations: row.escalations,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getCase(ctx: Ctx, id: string) {
  return caseDetail(ctx, await me(ctx), id);
}

export async function listCases(
  ctx: Ctx,
  q: {
    view: 'mine' | 'waiting' | 'scope' | 'claimable';
    region?: string | undefined;
    state?: string | undefined;
    kind?: string | undefined;
    typeCode?: string | undefined;
    overdue?: 'true' | 'false' | undefined;
    q?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Page<ReturnType<typeof listItem>>> {
  const m = await me(ctx);
  const filters: (SQL | undefined)[] = [];
  if (q.view === 'mine')
    filters.push(
      and(
        visibleTo(m),
        sql`(${cases.requesterAccountId} = ${m.actor.accountId} OR ${m.personId ? sql`${cases.requesterPersonId} = ${m.personId}` : sql`false`})`,
      ),
    );
  if (q.view === 'waiting') filters.push(and(visibleTo(m), waitingFor(m)));
  if (q.view === 'scope') filters.push(scopeWhere(m.actor, 'cases.read', cases.regionCode));
  // The wall as a unit or a member finds it: open wishes and matters nobody has claimed yet.
  if (q.view === 'claimable')
    filters.push(
      and(
        claimableBy(m),
        inArray(cases.state, [...OPEN_FOR_WORK]),
        sql`${cases.details}->'claimedBy' IS NULL`,
      ),
    );
  if (q.region) filters.push(withinRegion(cases.regionCode, q.region));
  if (q.state) filters.push(eq(cases.state, q.state));
  if (q.kind) filters.push(eq(cases.kind, q.kind));
  if (q.typeCode) filters.push(eq(cases.typeCode, q.typeCode));
  if (q.q) filters.push(ilike(cases.title, `%${q.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`));
  if (q.overdue === 'true')
    filters.push(and(inArray(cases.state, [...OPEN_FOR_WORK]), lt(cases.dueAt, ctx.clock())));
  const where = and(...filters);
  const [total] = await ctx.db.select({ n: count() }).from(cases).where(where);
  const rows = await ctx.db
    .select({ row: cases, ownerDisplay: ownerNameOf('cases') })
    .from(cases)
    .where(where)
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const now = ctx.clock();
  return { items: rows.map((r) => listItem(r.row, r.ownerDisplay, now)), total: total?.n ?? 0 };
}
