import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import {
  evaluationRounds,
  evaluations,
  evaluationSchemes,
  evaluationVetoes,
  persons,
  positions,
  regions,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { scoped } from '../../platform/scope.ts';
import { yearEventsIn } from '../zero/queries.ts';
import { PRESET_REGION } from './presets.ts';
import { fromEvaluations, readableEvaluations } from './fromEvaluations.ts';

/**
 * Warnings for a scheme in a region and period: subjects awarded below three stars, veto events,
 * and first secretaries in the last year of their term whose village is below the scheme's
 * `firstSecretaryTarget` (安阳: 3). A scheme without that target raises no first-secretary warning.
 */
export async function warnings(
  ctx: Ctx,
  regionCode: string,
  q: { scheme: string; period: string },
) {
  const actor = requireActor(ctx);
  const { low, high } = scopeRange(regionCode);
  // the region's evaluations in the scheme's round of the period
  const ofTheRound = [
    sql`${evaluations.regionCode} BETWEEN ${low} AND ${high}`,
    eq(evaluationSchemes.key, q.scheme),
    eq(evaluationRounds.period, q.period),
  ];
  const base = fromEvaluations(
    ctx.db.select({
      id: evaluations.id,
      roundId: evaluations.roundId,
      name: evaluations.subjectName,
      regionCode: evaluations.regionCode,
      level: evaluations.level,
    }),
  );
  const below = await base
    .where(
      readableEvaluations(
        actor,
        ...ofTheRound,
        eq(evaluations.stage, 'awarded'),
        sql`${evaluations.level} < 3`,
      ),
    )
    .orderBy(asc(evaluations.regionCode))
    .limit(200);
  const vetoed = await ctx.db
    .select({
      id: evaluations.id,
      roundId: evaluations.roundId,
      name: evaluations.subjectName,
      regionCode: evaluations.regionCode,
      veto: evaluationVetoes.vetoKey,
      status: evaluationVetoes.status,
    })
    .from(evaluationVetoes)
    .innerJoin(evaluations, eq(evaluations.id, evaluationVetoes.evaluationId))
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluations.roundId))
    .innerJoin(evaluationSchemes, eq(evaluationSchemes.id, evaluationRounds.schemeId))
    .where(readableEvaluations(actor, ...ofTheRound))
    .limit(200);
  return {
    belowThreshold: below,
    vetoes: vetoed,
    firstSecretaries: await firstSecretaries(ctx, low, high, q.scheme),
    zeroEvents: await zeroEventsOf(ctx, regionCode, q.period),
  };
}

/**
 * 三零 分析预警: the petitions, accidents and criminal cases recorded in the region during the
 * period's year, newest first — each one breaks a village's zero as soon as it is recorded.
 */
async function zeroEventsOf(ctx: Ctx, regionCode: string, period: string) {
  const year = /^\d{4}/.exec(period)?.[0];
  if (!year) return [];
  return (await yearEventsIn(ctx, regionCode, Number(year))).map(
    ({ id, regionCode: code, regionName, kind, occurredOn }) => ({
      id,
      regionCode: code,
      regionName,
      kind,
      occurredOn,
    }),
  );
}

/**
 * The target of the queried scheme as the secretary's county has it: its own current version of
 * the key, else the preset's. Keys are unique across a county and the presets.
 */
const targetOf = (scheme: string) =>
  sql<
    number | null
  >`(SELECT (s.definition->>'firstSecretaryTarget')::int FROM evaluation_schemes s WHERE s.key = ${scheme} AND s.superseded_at IS NULL AND s.region_code IN (substring(${positions.regionCode} from 1 for 6) || '000000', ${PRESET_REGION}) ORDER BY s.is_preset LIMIT 1)`;

/**
 * The village stands at the level of its latest awarded evaluation (after any 摘星, not its best
 * one) under any scheme that sets a first-secretary target: the rural and community 五星 presets
 * and every county copy or scheme of its own that keeps the target.
 */
const latestLevel = sql<
  number | null
>`(SELECT e.level FROM evaluations e JOIN evaluation_rounds r ON r.id = e.round_id JOIN evaluation_schemes s ON s.id = r.scheme_id WHERE e.region_code = ${positions.regionCode} AND s.definition->>'firstSecretaryTarget' IS NOT NULL AND e.stage = 'awarded' ORDER BY e.awarded_at DESC LIMIT 1)`;

async function firstSecretaries(ctx: Ctx, low: string, high: string, scheme: string) {
  const actor = requireActor(ctx);
  const target = targetOf(scheme);
  const inAYear = new Date(ctx.clock().getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  const rows = await ctx.db
    .select({
      name: persons.name,
      regionCode: positions.regionCode,
      regionName: regions.name,
      termEnd: sql<string>`${positions.details}->>'termEndDate'`,
      level: latestLevel,
      target,
    })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .leftJoin(regions, eq(regions.code, positions.regionCode))
    .where(
      and(
        scoped(
          actor,
          'evaluation.read',
          positions.regionCode,
          sql`${positions.regionCode} BETWEEN ${low} AND ${high}`,
          eq(positions.code, 'firstSecretary'),
          isNull(positions.endDate),
        ),
        sql`${positions.details}->>'termEndDate' <= ${inAYear}`,
        sql`${target} IS NOT NULL AND coalesce(${latestLevel}, 0) < ${target}`,
      ),
    )
    .limit(200);
  return rows.map((s) => ({
    name: s.name,
    regionCode: s.regionCode,
    regionName: s.regionName,
    termEndDate: s.termEnd,
    level: s.level === null ? null : Number(s.level),
    target: Number(s.target),
  }));
}
