import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { PlanningInputError } from '../../../domain/planning/inputError.ts';
import type { PlanningVillage } from '../../../domain/planning/village.ts';
import { regions, villageProfiles } from '../../db/schema/index.ts';
import { type Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { getRegion } from '../regions/service.ts';

export type { PlanningVillage };

export interface RegionVillages {
  region: string;
  villages: PlanningVillage[];
  /** Villages without position or population: the planners cannot place them. */
  skipped: { code: string; name: string; reason: string }[];
}

/**
 * The villages of kind 村 in `region` (codes x200 and up; 居委会/communities are left out), by
 * code, with position, population and profile: what both planners start from.
 */
export async function regionVillages(ctx: Ctx, region: string) {
  const { low, high } = scopeRange(region);
  return ctx.db
    .select({
      code: regions.code,
      name: regions.name,
      lat: regions.lat,
      lng: regions.lng,
      population: regions.population,
      industries: villageProfiles.industries,
      strength: villageProfiles.strength,
    })
    .from(regions)
    .leftJoin(villageProfiles, eq(villageProfiles.regionCode, regions.code))
    .where(
      and(
        eq(regions.level, 'village'),
        sql`${regions.code} BETWEEN ${low} AND ${high}`,
        gte(sql`substr(${regions.code}, 10, 3)`, '200'),
      ),
    )
    .orderBy(asc(regions.code));
}

/**
 * The county or township to plan in, inside the actor's planning scope (else 404), and its
 * villages of kind 村 (codes x200 and up; 居委会/communities are left out) with their profile.
 */
export async function loadRegionVillages(ctx: Ctx, region: string): Promise<RegionVillages> {
  const info = await getRegion(ctx, region, 'planning.run');
  if (info.level !== 'county' && info.level !== 'township') {
    throw new AppError(
      'VALIDATION',
      { zh: '只能在县或乡镇范围内规划', en: 'Plan within a county or a township' },
      { issues: [{ path: 'body.region', message: `a ${info.level} cannot be planned` }] },
    );
  }
  const rows = await regionVillages(ctx, region);
  const villages: PlanningVillage[] = [];
  const skipped: RegionVillages['skipped'] = [];
  for (const r of rows) {
    if (r.lat === null || r.lng === null || r.population === null) {
      skipped.push({ code: r.code, name: r.name, reason: 'no position or population' });
      continue;
    }
    villages.push({
      code: r.code,
      name: r.name,
      lat: r.lat,
      lng: r.lng,
      population: r.population,
      industry: r.industries?.[0] ?? 'none',
      strength: r.strength ?? 0,
      township: `${r.code.slice(0, 9)}000`,
    });
  }
  if (villages.length === 0) {
    throw new AppError(
      'VALIDATION',
      {
        zh: '该区域没有可规划的村（需有位置和人口）',
        en: 'No village in this region has a position and population to plan with',
      },
      { issues: [{ path: 'body.region', message: 'no villages to plan' }] },
    );
  }
  return { region, villages, skipped };
}

/** A planner's complaint about its input, as a 400 naming the record. */
export function planningInputError(error: PlanningInputError): AppError {
  return new AppError(
    'VALIDATION',
    { zh: `规划输入有误：${error.message}`, en: `Bad planning input: ${error.message}` },
    { issues: [{ path: error.record ? `body.${error.record}` : 'body', message: error.message }] },
  );
}

/** Runs `parse`, turning a PlanningInputError into a 400. */
export function parsePlanningInput<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof PlanningInputError) throw planningInputError(error);
    throw error;
  }
}
