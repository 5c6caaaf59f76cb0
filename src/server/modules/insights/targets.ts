import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import { PRESET_SCHEMES } from '../../../domain/evaluation/presets/index.ts';
import type { SchemeDefinition } from '../../../domain/evaluation/scheme.ts';
import { indicatorValue } from '../../../domain/insights/indicators.ts';
import { ancestorsOf } from '../../../domain/region/regionCode.ts';
import {
  cases,
  disputeSweeps,
  evaluationRounds,
  evaluations,
  evaluationSchemes,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { scopeWhere, withinRegion } from '../../platform/scope.ts';
import { disputeTally } from '../cases/disputeRate.ts';
import { regionTargets } from '../evaluation/progress.ts';
import { yearAndDay } from '../obligations/compliance.ts';
import { regionCompliance } from '../obligations/regionCompliance.ts';
import { dashboardRegion, rollupsOf } from './overview.ts';
import type { TargetGauge, TargetsView } from './views.ts';
import { fromEvaluations, readableEvaluations } from '../evaluation/fromEvaluations.ts';
import { percent } from '../../../domain/insights/percent.ts';

/** The 五星支部 schemes whose ≥3-star share the county is measured by (安阳: rural 79 %, community 76 %). */
const STAR_SCHEMES = ['five-star-branch-rural', 'five-star-branch-community'] as const;

/**
 * The threshold a scheme's metric rule sets (矛盾纠纷化解率 ≥ 95 %): a county that edits its scheme
 * moves its dashboard's target with it. Null when the scheme has no such rule.
 */
function ruleThreshold(definition: SchemeDefinition | undefined, metric: string): number | null {
  const thresholds = (definition?.stars ?? []).flatMap((star) =>
    star.criteria.flatMap((c) =>
      c.kind === 'metric' && c.metric === metric && (c.comparison === '>=' || c.comparison === '>')
        ? [c.threshold]
        : [],
    ),
  );
  return thresholds.length > 0 ? Math.max(...thresholds) : null;
}

/**
 * The round of a scheme that covers the region in the period — opened at the region, above it
 * (a county's round seen from a township) or below it — with the scheme version it runs.
 */
async function roundsCovering(ctx: Ctx, code: string, period: string) {
  const rows = await ctx.db
    .select({
      id: evaluationRounds.id,
      key: evaluationSchemes.key,
      definition: evaluationSchemes.definition,
    })
    .from(evaluationRounds)
    .innerJoin(evaluationSchemes, eq(evaluationSchemes.id, evaluationRounds.schemeId))
    .where(
      and(
        inArray(evaluationSchemes.key, [...STAR_SCHEMES]),
        eq(evaluationRounds.period, period),
        or(
          inArray(
            evaluationRounds.regionCode,
            ancestorsOf(code).map((a) => a.code),
          ),
          withinRegion(evaluationRounds.regionCode, code),
        ),
      ),
    )
    .orderBy(desc(evaluationRounds.createdAt));
  const byKey = new Map<string, { id: string; definition: SchemeDefinition }>();
  for (const r of rows) if (!byKey.has(r.key)) byKey.set(r.key, r);
  return byKey;
}

/**
 * 目标进度: where a region stands against the targets the platform holds — the ≥3-star share of
 * each 五星 scheme against the region's target (or the preset's), the dispute resolution rate and
 * obligation compliance against the scheme's own metric rules, 办结率 and 满意率 as measured (no
 * configuration holds a target for them yet: `target` is null). Each gauge carries its counts.
 */
export async function targetGauges(
  ctx: Ctx,
  q: { region?: string | undefined; year?: string | undefined },
): Promise<TargetsView> {
  const actor = requireActor(ctx);
  const { region, year } = await dashboardRegion(ctx, q);
  const code = region.code;
  const rounds = await roundsCovering(ctx, code, year);
  const presetOf = (key: string) => PRESET_SCHEMES.find((s) => s.key === key);
  const rural = rounds.get(STAR_SCHEMES[0])?.definition ?? presetOf(STAR_SCHEMES[0]);

  const levels = await fromEvaluations(
    ctx.db.select({
      key: evaluationSchemes.key,
      atLeast3: sql<number>`(count(*) FILTER (WHERE ${evaluations.stage} = 'awarded' AND ${evaluations.level} >= 3))::int`,
      subjects: sql<number>`count(*)::int`,
    }),
  )
    .where(
      readableEvaluations(
        actor,
        withinRegion(evaluations.regionCode, code),
        inArray(evaluationSchemes.key, [...STAR_SCHEMES]),
        eq(evaluationRounds.period, year),
      ),
    )
    .groupBy(evaluationSchemes.key);

  const gauges: TargetGauge[] = [];
  for (const key of STAR_SCHEMES) {
    const counted = levels.find((l) => l.key === key);
    // The community scheme shows where the region has community branches in it.
    if (!counted && key !== STAR_SCHEMES[0]) continue;
    const target = (await regionTargets(ctx, code, key, year)).find(
      (t) => t.measure === 'shareAtLeast' && t.level === 3,
    );
    const part = Number(counted?.atLeast3 ?? 0);
    const whole = Number(counted?.subjects ?? 0);
    gauges.push({
      key: 'threeStarShare',
      scheme: key,
      actual: percent(part, whole),
      part,
      whole,
      target: target?.value ?? null,
      targetSource: target?.source ?? null,
      roundId: rounds.get(key)?.id ?? null,
    });
  }

  const disputes = await disputeTally(
    ctx,
    { region: code, from: `${year}-01-01`, to: `${year}-12-31` },
    {
      cases: scopeWhere(actor, 'evaluation.read', cases.regionCode),
      sweeps: scopeWhere(actor, 'evaluation.read', disputeSweeps.regionCode),
    },
  );
  const disputeTarget = ruleThreshold(rural, 'disputeResolutionRate');
  gauges.push({
    key: 'disputeResolutionRate',
    scheme: null,
    actual: disputes.rate === null ? null : Math.round(disputes.rate * 10) / 10,
    part: disputes.resolved,
    whole: disputes.found,
    target: disputeTarget,
    targetSource: disputeTarget === null ? null : 'scheme',
    roundId: null,
  });

  // 办结率 and 满意率 from the roll-ups, as the rest of the dashboard reads them.
  const totals = (await rollupsOf(ctx, [code], [year])).get(code)?.get(year) ?? {};
  for (const [key, part, whole] of [
    ['resolutionRate', 'cases_resolved', 'cases_received'],
    ['satisfactionRate', 'cases_satisfied', 'cases_rated'],
  ] as const)
    gauges.push({
      key,
      scheme: null,
      actual: indicatorValue(key, totals),
      part: totals[part] ?? 0,
      whole: totals[whole] ?? 0,
      target: null,
      targetSource: null,
      roundId: null,
    });

  if (can(actor, 'obligations.read', code)) {
    const judged = yearAndDay(ctx, Number(year));
    const compliance = await regionCompliance(ctx, actor, code, judged.year, judged.asOf);
    const complianceTarget = ruleThreshold(rural, 'obligationCompliance');
    gauges.push({
      key: 'obligationCompliance',
      scheme: null,
      actual: compliance.rate,
      part: compliance.met,
      whole: compliance.due,
      target: complianceTarget,
      targetSource: complianceTarget === null ? null : 'scheme',
      roundId: null,
    });
  }
  return { region: { code, name: region.name, level: region.level }, year, gauges };
}
