import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  evaluationRounds,
  evaluations,
  evaluationSchemes,
  households,
  memberships,
} from '../../db/schema/index.ts';
import { registerMetric, type MetricValue } from './metricRegistry.ts';
// The modules' own providers, registered with these.
import '../tasks/metrics.ts';
import '../projects/metrics.ts';
import '../economy/metrics.ts';
import '../cases/metrics.ts';
import '../zero/metrics.ts';
import { fromEvaluations } from './fromEvaluations.ts';
import { percent } from '../../../domain/insights/percent.ts';

// Metrics the directory and the evaluation records already hold (enter once): registered here
// until their own modules take them over. The rest of the catalog is entered with evidence.

// Households with a contact party member (五级联包 level 4). The edge lookup names target_kind so
// that responsibility_edges_by_target (target_kind, target_id) serves it: without it each household
// scanned every edge (≈ 0.3–1.3 s per village on the full demo county, measured on PGlite).
registerMetric('contactCoverage', async (ctx, subjects) => {
  const regionsOf = [...new Set(subjects.map((s) => s.regionCode))];
  const rows = await ctx.db
    .select({
      region: households.regionCode,
      total: sql<number>`count(*)::int`,
      covered: sql<number>`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM responsibility_edges r WHERE r.target_kind = 'household' AND r.target_id = "households"."id"::text AND r.level = 4))::int`,
    })
    .from(households)
    .where(inArray(households.regionCode, regionsOf))
    .groupBy(households.regionCode);
  const byRegion = new Map(rows.map((r) => [r.region, r]));
  return new Map(
    subjects.map((s): [string, MetricValue] => {
      const r = byRegion.get(s.regionCode);
      return [
        s.id,
        {
          value: percent(Number(r?.covered ?? 0), Number(r?.total ?? 0)),
          sources: [
            {
              kind: 'responsibilityCoverage',
              id: s.regionCode,
              label: `五级联包：${Number(r?.covered ?? 0)}/${Number(r?.total ?? 0)} 户有联系党员`,
            },
          ],
        },
      ];
    }),
  );
});

registerMetric('partyMembers', async (ctx, subjects) => {
  const ids = subjects.map((s) => s.id);
  const rows = await ctx.db
    .select({ org: memberships.orgId, n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(inArray(memberships.orgId, ids))
    .groupBy(memberships.orgId);
  const byOrg = new Map(rows.map((r) => [r.org, Number(r.n)]));
  return new Map(
    subjects.map((s): [string, MetricValue] => [
      s.id,
      {
        value: byOrg.get(s.id) ?? 0,
        sources: [{ kind: 'partyOrg', id: s.id, label: `党员名册：${byOrg.get(s.id) ?? 0} 人` }],
      },
    ]),
  );
});

// 八星以上文明户占比: from the latest awarded 十星级文明户 results of the subject's village.
registerMetric('householdStarShare', async (ctx, subjects) => {
  const regionsOf = [...new Set(subjects.map((s) => s.regionCode))];
  const rows = await fromEvaluations(
    ctx.db.select({
      region: evaluations.regionCode,
      round: evaluations.roundId,
      awarded: sql<number>`count(*)::int`,
      high: sql<number>`count(*) FILTER (WHERE ${evaluations.level} >= 8)::int`,
    }),
  )
    .where(
      and(
        inArray(evaluations.regionCode, regionsOf),
        eq(evaluationSchemes.subjectType, 'household'),
        eq(evaluations.stage, 'awarded'),
      ),
    )
    .groupBy(evaluations.regionCode, evaluations.roundId, evaluationRounds.createdAt)
    .orderBy(sql`${evaluationRounds.createdAt} DESC`);
  const totals = await ctx.db
    .select({ region: households.regionCode, n: sql<number>`count(*)::int` })
    .from(households)
    .where(inArray(households.regionCode, regionsOf))
    .groupBy(households.regionCode);
  const totalOf = new Map(totals.map((t) => [t.region, Number(t.n)]));
  const latest = new Map<string, { round: string; high: number }>();
  for (const r of rows)
    if (!latest.has(r.region)) latest.set(r.region, { round: r.round, high: Number(r.high) });
  return new Map(
    subjects.map((s): [string, MetricValue] => {
      const l = latest.get(s.regionCode);
      const total = totalOf.get(s.regionCode) ?? 0;
      return [
        s.id,
        l
          ? {
              value: percent(l.high, total),
              sources: [
                {
                  kind: 'evaluationRound',
                  id: l.round,
                  label: `十星级文明户：${l.high}/${total} 户八星以上`,
                },
              ],
            }
          : { value: null, sources: [] },
      ];
    }),
  );
});
