import { effectiveRules } from './rules.ts';
import { refreshStandings } from './standings.ts';
import { and, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { activityType } from '../../../domain/obligations/activityTypes.ts';
import { isWithinScope } from '../../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { activities, households, persons } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError } from '../../platform/errors.ts';
import { offsetOf } from '../../platform/pagination.ts';
import { pageTotal, totalKey } from '../../platform/pageTotal.ts';
import { withinRegion } from '../../platform/scope.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { checkServedItem } from './planItems.ts';
import { checkServedProject } from '../projects/servedProject.ts';
import { authorizeRecord, visibleActivities } from './policy.ts';
import type { ListActivitiesQuery, RecordActivityBody } from './schema.ts';
import { loadSubject } from './subjects.ts';

export interface ActivityView {
  id: string;
  subjectKind: string;
  subjectId: string;
  activityType: string;
  regionCode: string;
  occurredOn: string;
  title: string;
  place: string | null;
  outcome: string | null;
  participants: { id: string; name: string }[];
  households: { id: string; headName: string }[];
  planItemId: string | null;
  projectId: string | null;
  createdAt: string;
  evidence: { id: string; name: string; contentType: string; size: number }[];
}

const invalid = (path: string, message: string) => validationError([{ path, message }]);

/**
 * Records one thing done (DESIGN.md §3 "Activity"): for a subject the caller may record for
 * (policy.ts), in one of its villages, on a day not in the future and inside the subject's
 * period; participants are people of the county, households visited are of that village.
 * One row, one audit entry: every obligation, contact and history it counts for reads it.
 */
export async function recordActivity(ctx: Ctx, body: RecordActivityBody): Promise<ActivityView> {
  const actor = requireActor(ctx);
  const subject = await loadSubject(ctx, body.subjectKind, body.subjectId);
  const village =
    body.villageCode ??
    (subject && subject.villages.length === 1 ? subject.villages[0] : undefined);
  authorizeRecord(actor, subject, village ?? subject?.regionCode ?? '');
  if (!subject) throw notFound();
  if (!village) throw invalid('body.villageCode', 'name the member village it happened in');
  if (!subject.villages.includes(village))
    throw invalid('body.villageCode', `${village} is not a village of this ${subject.kind}`);
  const type = activityType(body.activityType);
  if (!type) throw invalid('body.activityType', 'unknown activity type');
  const today = shanghaiDate(ctx.clock());
  if (body.occurredOn > today) throw invalid('body.occurredOn', 'must not be in the future');
  if (
    body.occurredOn < subject.activeFrom ||
    (subject.activeTo !== null && body.occurredOn > subject.activeTo)
  )
    throw invalid(
      'body.occurredOn',
      `outside the ${subject.kind}'s period ${subject.activeFrom} – ${subject.activeTo ?? ''}`,
    );
  if (body.householdIds.length > 0 && !type.visitsHouseholds)
    throw invalid('body.householdIds', `a ${type.name} lists no households`);
  const planItemId = await checkServedItem(ctx, subject, body.planItemId);
  const projectId = await checkServedProject(ctx, village, body.projectId);
  const participantIds = [...new Set(body.participantIds)];
  const householdIds = [...new Set(body.householdIds)];
  return transaction(ctx, async (tx) => {
    // One statement at a time: a transaction's client runs one query at once.
    const people =
      participantIds.length === 0
        ? []
        : await tx.db
            .select({ id: persons.id, regionCode: persons.regionCode })
            .from(persons)
            .where(inArray(persons.id, participantIds));
    const homes =
      householdIds.length === 0
        ? []
        : await tx.db
            .select({ id: households.id, regionCode: households.regionCode })
            .from(households)
            .where(inArray(households.id, householdIds));
    const county = village.slice(0, 6);
    const strangers = participantIds.filter(
      (id) => !people.some((p) => p.id === id && p.regionCode.startsWith(county)),
    );
    if (strangers.length > 0)
      throw invalid('body.participantIds', `not people of this county: ${strangers.join(', ')}`);
    const elsewhere = householdIds.filter(
      (id) => !homes.some((h) => h.id === id && isWithinScope(h.regionCode, village)),
    );
    if (elsewhere.length > 0)
      throw invalid('body.householdIds', `not households of ${village}: ${elsewhere.join(', ')}`);
    const now = tx.clock();
    const row = {
      id: uuidv7(now.getTime()),
      regionCode: village,
      countyCode: county,
      subjectKind: subject.kind,
      subjectId: subject.id,
      activityType: type.code,
      occurredOn: body.occurredOn,
      title: body.title,
      place: body.place ?? null,
      outcome: body.outcome ?? null,
      participantIds,
      householdIds,
      planItemId,
      projectId,
      recordedBy: actor.accountId,
      createdAt: now,
    };
    await tx.db.insert(activities).values(row);
    const year = Number(row.occurredOn.slice(0, 4));
    const rules = await effectiveRules(tx, county);
    await refreshStandings(tx, county, subject.kind, year, [subject.id], rules);
    await appendAudit(tx, {
      action: 'obligations.record_activity',
      objectType: 'activity',
      objectId: row.id,
      regionCode: village,
      after: row,
    });
    const [view] = await viewsOf(tx, [row.id]);
    if (!view) throw notFound();
    return view;
  });
}

/** Names of participants and household heads, one statement for a page of activities. */
async function viewsOf(ctx: Ctx, ids: string[], where?: SQL): Promise<ActivityView[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .select({
      id: activities.id,
      subjectKind: activities.subjectKind,
      subjectId: activities.subjectId,
      activityType: activities.activityType,
      regionCode: activities.regionCode,
      occurredOn: activities.occurredOn,
      title: activities.title,
      place: activities.place,
      outcome: activities.outcome,
      planItemId: activities.planItemId,
      projectId: activities.projectId,
      createdAt: activities.createdAt,
      participants: sql<{ id: string; name: string }[]>`coalesce((
        SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name_sort)
        FROM persons p WHERE p.id = ANY("activities"."participant_ids")), '[]'::json)`,
      households: sql<{ id: string; headName: string }[]>`coalesce((
        SELECT json_agg(json_build_object('id', h.id, 'headName', p.name) ORDER BY p.name_sort)
        FROM households h JOIN persons p ON p.id = h.head_id
        WHERE h.id = ANY("activities"."household_ids")), '[]'::json)`,
      evidence: sql<ActivityView['evidence']>`coalesce((
        SELECT json_agg(json_build_object('id', e.id, 'name', e.name,
          'contentType', e.content_type, 'size', e.size) ORDER BY e.created_at, e.id)
        FROM activity_evidence e WHERE e.activity_id = "activities"."id"), '[]'::json)`,
    })
    .from(activities)
    .where(and(inArray(activities.id, ids), where))
    .orderBy(desc(activities.occurredOn), desc(activities.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function getActivity(ctx: Ctx, id: string): Promise<ActivityView> {
  const [view] = await viewsOf(ctx, [id], visibleActivities(requireActor(ctx)));
  if (!view) throw notFound();
  return view;
}

/** Activities the caller may read, newest first: by region, subject, household, type and dates. */
export async function listActivities(
  ctx: Ctx,
  q: ListActivitiesQuery,
): Promise<{ items: ActivityView[]; total: number }> {
  const actor = requireActor(ctx);
  const where = and(
    visibleActivities(actor),
    q.region ? withinRegion(activities.regionCode, q.region) : undefined,
    q.subjectKind ? eq(activities.subjectKind, q.subjectKind) : undefined,
    q.subjectId ? eq(activities.subjectId, q.subjectId) : undefined,
    q.household ? sql`${activities.householdIds} @> ARRAY[${q.household}]::uuid[]` : undefined,
    q.type ? eq(activities.activityType, q.type) : undefined,
    q.from ? gte(activities.occurredOn, q.from) : undefined,
    q.to ? lte(activities.occurredOn, q.to) : undefined,
  );
  const page = await ctx.db
    .select({ id: activities.id })
    .from(activities)
    .where(where)
    .orderBy(desc(activities.occurredOn), desc(activities.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const { page: _p, pageSize: _s, ...filters } = q;
  const total = await pageTotal(totalKey('activities', actor.grants, filters), async () => {
    const [row] = await ctx.db.select({ n: count() }).from(activities).where(where);
    return row?.n ?? 0;
  });
  return {
    items: await viewsOf(
      ctx,
      page.map((r) => r.id),
    ),
    total,
  };
}
