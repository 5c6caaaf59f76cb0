import { and, eq, inArray, sql } from 'drizzle-orm';
import { PRESET_SCHEMES } from '../../../domain/evaluation/presets/index.ts';
import type { TargetDefinition } from '../../../domain/evaluation/scheme.ts';
import { targetsForLevel } from '../../../domain/evaluation/targets.ts';
import { parseRegionCode, scopeRange } from '../../../domain/region/regionCode.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import {
  evaluationRounds,
  evaluations,
  evaluationSchemes,
  evaluationSettings,
  evaluationTargets,
  regions,
} from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import { getRegion } from '../regions/service.ts';
import { warnings } from './warnings.ts';
import { fromEvaluations, readableEvaluations } from './fromEvaluations.ts';
import { percent } from '../../../domain/insights/percent.ts';

interface LevelCounts {
  subjects: number;
  byLevel: number[];
}
const atLeast = (c: LevelCounts, level: number) =>
  c.byLevel.slice(level).reduce((a, b) => a + b, 0);
const share = (c: LevelCounts, level: number) => percent(atLeast(c, level), c.subjects) ?? 0;

/**
 * Targets, progress, rankings (of townships or villages, never of persons) and warnings for a
 * scheme in a region and period. A subject counts at the level it holds (awarded), else 0.
 */
export async function progress(ctx: Ctx, q: { region: string; scheme: string; period: string }) {
  const actor = requireActor(ctx);
  const region = await getRegion(ctx, q.region, 'evaluation.read');
  const { low, high } = scopeRange(region.code);
  const parsed = parseRegionCode(region.code);
  // Rank the level below the region: townships of a county, villages of a township.
  const childLength =
    parsed.ok && parsed.info.level === 'township'
      ? 12
      : parsed.ok && parsed.info.level === 'county'
        ? 9
        : 6;
  const rows = await fromEvaluations(
    ctx.db.select({
      child: sql<string>`substring(${evaluations.regionCode} from 1 for ${sql.raw(String(childLength))})`,
      level: evaluations.level,
      stage: evaluations.stage,
      n: sql<number>`count(*)::int`,
    }),
  )
    .where(
      readableEvaluations(
        actor,
        sql`${evaluations.regionCode} BETWEEN ${low} AND ${high}`,
        eq(evaluationSchemes.key, q.scheme),
        eq(evaluationRounds.period, q.period),
      ),
    )
    .groupBy(sql`1`, evaluations.level, evaluations.stage);
  const total: LevelCounts = { subjects: 0, byLevel: Array(13).fill(0) as number[] };
  const children = new Map<string, LevelCounts>();
  for (const r of rows) {
    const level = r.stage === 'awarded' ? r.level : 0;
    const n = Number(r.n);
    const child = children.get(r.child) ?? { subjects: 0, byLevel: Array(13).fill(0) as number[] };
    for (const c of [total, child]) {
      c.subjects += n;
      c.byLevel[level] = (c.byLevel[level] ?? 0) + n;
    }
    children.set(r.child, child);
  }
  const targets = await regionTargets(ctx, region.code, q.scheme, q.period);
  const targetProgress = targets.map((t) => {
    const actual =
      t.measure === 'shareAtLeast'
        ? share(total, t.level)
        : t.level >= 12
          ? 0
          : (total.byLevel[t.level] ?? 0);
    return { ...t, actual, met: actual >= t.value };
  });
  const childNames = new Map(
    (
      await ctx.db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(
          sql`${regions.code} BETWEEN ${low} AND ${high} AND ${regions.parentCode} = ${region.code}`,
        )
    ).map((r) => [r.code.slice(0, childLength), r.name]),
  );
  const { rankingsEnabled, rankings, unranked } = await rank(
    ctx,
    region.code,
    children,
    childNames,
  );
  return {
    region: { code: region.code, name: region.name },
    scheme: q.scheme,
    period: q.period,
    subjects: total.subjects,
    byLevel: total.byLevel,
    share3: share(total, 3),
    targets: targetProgress,
    rankingsEnabled,
    rankings,
    unranked,
    warnings: await warnings(ctx, region.code, q),
  };
}

export type RegionTarget = TargetDefinition & { source: 'region' | 'preset' };

/**
 * The targets that hold for a region, scheme and period: the region's own (evaluation_targets),
 * else the preset's at the region's level (a county never reads the city's counts).
 */
export async function regionTargets(
  ctx: Ctx,
  regionCode: string,
  scheme: string,
  period: string,
): Promise<RegionTarget[]> {
  const stored = await ctx.db
    .select()
    .from(evaluationTargets)
    .where(
      and(
        eq(evaluationTargets.regionCode, regionCode),
        eq(evaluationTargets.schemeKey, scheme),
        eq(evaluationTargets.period, period),
      ),
    );
  if (stored.length > 0)
    return stored.map((t) => ({
      label: t.measure === 'shareAtLeast' ? `${t.level}星以上占比` : `${t.level}星数量`,
      measure: t.measure,
      level: t.level,
      value: t.value,
      source: 'region',
    }));
  const parsed = parseRegionCode(regionCode);
  return targetsForLevel(
    PRESET_SCHEMES.find((s) => s.key === scheme)?.defaultTargets ?? [],
    parsed.ok ? parsed.info.level : 'province',
  ).map(({ setFor: _setFor, ...t }) => ({ ...t, source: 'preset' }));
}

/**
 * Rankings of the regions below: within a county (its townships, a township's villages) the
 * county's own switch decides; above a county (a city ranking its counties) each county's switch
 * decides for that county, which is then left out of the ranking and listed as unranked.
 */
async function rank(
  ctx: Ctx,
  regionCode: string,
  children: Map<string, LevelCounts>,
  childNames: Map<string, string>,
) {
  const rows = [...children.entries()].map(([code, c]) => ({
    code,
    name: childNames.get(code) ?? code,
    subjects: c.subjects,
    atLeast3: atLeast(c, 3),
    share3: share(c, 3),
    five: c.byLevel[5] ?? 0,
    four: c.byLevel[4] ?? 0,
  }));
  const unranked: { code: string; name: string; reason: 'rankingsOff' }[] = [];
  if (isWithinCounty(regionCode)) {
    const [setting] = await ctx.db
      .select()
      .from(evaluationSettings)
      .where(eq(evaluationSettings.countyCode, regionCode.slice(0, 6)));
    const enabled = setting?.rankingsEnabled ?? true;
    return { rankingsEnabled: enabled, rankings: enabled ? sortRanking(rows) : null, unranked };
  }
  // Above a county the rows are counties (6-digit codes, as evaluation_settings keys them).
  const settings =
    rows.length === 0
      ? []
      : await ctx.db
          .select()
          .from(evaluationSettings)
          .where(
            inArray(
              evaluationSettings.countyCode,
              rows.map((r) => r.code),
            ),
          );
  const off = new Set(settings.filter((s) => !s.rankingsEnabled).map((s) => s.countyCode));
  for (const r of rows)
    if (off.has(r.code)) unranked.push({ code: r.code, name: r.name, reason: 'rankingsOff' });
  return {
    rankingsEnabled: true,
    rankings: sortRanking(rows.filter((r) => !off.has(r.code))),
    unranked: unranked.sort((a, b) => a.code.localeCompare(b.code)),
  };
}

const sortRanking = <R extends { share3: number; five: number; code: string }>(rows: R[]) =>
  rows.sort((a, b) => b.share3 - a.share3 || b.five - a.five || a.code.localeCompare(b.code));

/** A county, township or village code (the county's own switch governs rankings inside it). */
function isWithinCounty(code: string): boolean {
  const parsed = parseRegionCode(code);
  return (
    parsed.ok &&
    (parsed.info.level === 'county' ||
      parsed.info.level === 'township' ||
      parsed.info.level === 'village')
  );
}

export async function setTarget(
  ctx: Ctx,
  body: {
    regionCode: string;
    schemeKey: string;
    period: string;
    measure: 'shareAtLeast' | 'countAtLeast';
    level: number;
    value: number;
  },
) {
  if (body.measure === 'shareAtLeast' && body.value > 100)
    throw validationError([{ path: 'body.value', message: 'a share is at most 100' }]);
  return transaction(ctx, async (tx) => {
    const region = await getRegion(tx, body.regionCode, 'evaluation.manage');
    const now = tx.clock();
    const row = {
      ...newRow(now, region.code),
      schemeKey: body.schemeKey,
      period: body.period,
      measure: body.measure,
      level: body.level,
      value: body.value,
      updatedAt: now,
    };
    await tx.db
      .insert(evaluationTargets)
      .values(row)
      .onConflictDoUpdate({
        target: [
          evaluationTargets.regionCode,
          evaluationTargets.schemeKey,
          evaluationTargets.period,
          evaluationTargets.measure,
          evaluationTargets.level,
        ],
        set: { value: body.value, updatedAt: now },
      });
    await appendAudit(tx, {
      action: 'evaluation.target.set',
      objectType: 'evaluation_target',
      objectId: null,
      regionCode: region.code,
      after: body,
    });
    return { ...body };
  });
}

export async function setSettings(
  ctx: Ctx,
  body: { countyCode: string; rankingsEnabled: boolean },
) {
  const parsed = parseRegionCode(body.countyCode);
  if (!parsed.ok || parsed.info.level !== 'county')
    throw validationError([{ path: 'body.countyCode', message: 'a county region code' }]);
  return transaction(ctx, async (tx) => {
    const region = await getRegion(tx, body.countyCode, 'evaluation.manage');
    const now = tx.clock();
    await tx.db
      .insert(evaluationSettings)
      .values({
        countyCode: region.code.slice(0, 6),
        regionCode: region.code,
        rankingsEnabled: body.rankingsEnabled,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: evaluationSettings.countyCode,
        set: { rankingsEnabled: body.rankingsEnabled, updatedAt: now },
      });
    await appendAudit(tx, {
      action: 'evaluation.settings.set',
      objectType: 'evaluation_settings',
      objectId: null,
      regionCode: region.code,
      after: body,
    });
    return body;
  });
}
