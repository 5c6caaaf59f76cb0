import { and, sql } from 'drizzle-orm';
import { resolutionRate } from '../../../domain/cases/kinds.ts';
import { cases, disputeSweeps } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { scopeWhere, withinRegion } from '../../platform/scope.ts';
import { disputeTally, RESOLVED_STATES } from './disputeRate.ts';
import { ownerNameOf } from './queries.ts';
import { authorizeInRegion } from './policy.ts';

// Case statistics for the dashboards.
export async function caseStatistics(
  ctx: Ctx,
  q: { region?: string | undefined; from?: string | undefined; to?: string | undefined },
) {
  const actor = requireActor(ctx);
  if (q.region) authorizeInRegion(actor, 'review', q.region);
  const filters = [scopeWhere(actor, 'cases.read', cases.regionCode)];
  if (q.region) filters.push(withinRegion(cases.regionCode, q.region));
  if (q.from) filters.push(sql`${cases.createdAt} >= ${new Date(`${q.from}T00:00:00+08:00`)}`);
  if (q.to)
    filters.push(
      sql`${cases.createdAt} < ${new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000)}`,
    );
  const where = and(...filters);
  const resolvedStates = RESOLVED_STATES;
  // Subqueries name the outer table: Drizzle leaves single-table columns unqualified.
  const slaEscalated = sql`EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = "cases"."id" AND e.type IN ('escalate','overdue') AND e.data->>'reason' = 'sla')`;
  const measures = {
    total: sql<number>`count(*)::int`,
    resolved: sql<number>`(count(*) FILTER (WHERE ${resolvedStates}))::int`,
    onTime: sql<number>`(count(*) FILTER (WHERE ${cases.firstResolvedAt} IS NOT NULL AND NOT ${slaEscalated}))::int`,
    rated: sql<number>`(count(${cases.rating}))::int`,
    satisfied: sql<number>`(count(*) FILTER (WHERE ${cases.rating} >= 4))::int`,
    avgRating: sql<number | null>`round(avg(${cases.rating})::numeric, 2)::float8`,
    autoConfirmed: sql<number>`(count(*) FILTER (WHERE ${cases.state} = 'auto_confirmed' OR (${cases.state} = 'closed' AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = "cases"."id" AND e.type = 'auto_confirm'))))::int`,
    escalated: sql<number>`(count(*) FILTER (WHERE ${cases.escalations} > 0))::int`,
  };
  const shape = (r: {
    total: number;
    resolved: number;
    onTime: number;
    rated: number;
    satisfied: number;
    avgRating: number | null;
    autoConfirmed: number;
    escalated: number;
  }) => ({
    ...r,
    resolutionRate: resolutionRate(r.total, r.resolved),
    onTimeRate: resolutionRate(r.resolved, r.onTime),
    satisfactionRate: resolutionRate(r.rated, r.satisfied),
  });
  const [overall] = await ctx.db.select(measures).from(cases).where(where);
  const byRegion = await ctx.db
    .select({
      key: cases.regionCode,
      name: sql<string | null>`(SELECT r.name FROM regions r WHERE r.code = "cases"."region_code")`,
      ...measures,
    })
    .from(cases)
    .where(where)
    .groupBy(cases.regionCode)
    .orderBy(cases.regionCode);
  const byCategory = await ctx.db
    .select({ key: cases.typeCode, kind: cases.kind, ...measures })
    .from(cases)
    .where(where)
    .groupBy(cases.typeCode, cases.kind)
    .orderBy(cases.typeCode);
  const byOwnerStep = await ctx.db
    .select({ key: cases.ownerStep, ...measures })
    .from(cases)
    .where(where)
    .groupBy(cases.ownerStep)
    .orderBy(cases.ownerStep);
  // By current owner (a member, a region's staff, a department) for the reviewers' dashboards, never a public ranking.
  const byOwner = await ctx.db
    .select({
      kind: cases.ownerKind,
      id: cases.ownerId,
      step: cases.ownerStep,
      name: ownerNameOf('cases'),
      ...measures,
    })
    .from(cases)
    .where(where)
    .groupBy(cases.ownerKind, cases.ownerId, cases.ownerStep)
    .orderBy(cases.ownerStep, cases.ownerKind, cases.ownerId);
  const escalationRows = await ctx.db.execute(
    sql`SELECT e.owner_step AS step, e.data->>'reason' AS reason, count(*)::int AS n FROM case_events e JOIN cases ON cases.id = e.case_id WHERE e.type = 'escalate' AND ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const disputes = await disputeTally(ctx, q, {
    cases: scopeWhere(actor, 'cases.read', cases.regionCode),
    sweeps: scopeWhere(actor, 'cases.read', disputeSweeps.regionCode),
  });
  const rows = (
    escalationRows as unknown as { rows: { step: string; reason: string | null; n: number }[] }
  ).rows;
  return {
    overall: shape(
      overall ?? {
        total: 0,
        resolved: 0,
        onTime: 0,
        rated: 0,
        satisfied: 0,
        avgRating: null,
        autoConfirmed: 0,
        escalated: 0,
      },
    ),
    byRegion: byRegion.map((r) => ({ ...shape(r), key: r.key, name: r.name })),
    byCategory: byCategory.map((r) => ({ ...shape(r), key: r.key, kind: r.kind })),
    byOwnerStep: byOwnerStep.map((r) => ({ ...shape(r), key: r.key })),
    byOwner: byOwner.map(({ kind, id, step, name, ...r }) => ({
      ...shape(r),
      key: `${kind}:${id}:${step}`,
      owner: { kind, id, step, name },
    })),
    escalationsByLevel: rows.map((r) => ({
      toStep: r.step,
      reason: r.reason ?? 'sla',
      count: Number(r.n),
    })),
    // One definition with the 平安法治星 (disputeRate.ts): sweeps and cases together.
    disputes,
  };
}
