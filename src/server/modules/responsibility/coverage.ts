import { and, eq, inArray, sql } from 'drizzle-orm';
import { coverageReport } from '../../../domain/directory/responsibilityCoverage.ts';
import type { ResponsibilityEdge } from '../../../domain/directory/responsibility.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import {
  contactPairs,
  grids,
  households,
  persons,
  positions,
  regions,
  responsibilityEdges,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { getRegion } from '../regions/service.ts';
import type { CoverageResponse } from './schema.ts';

/**
 * The coverage report of a region's responsibility tree: households nobody contacts, members
 * above the load, villages without a secretary, streets without a station cadre.
 */
export async function coverageOf(
  ctx: Ctx,
  region: string,
  maxHouseholds: number,
): Promise<CoverageResponse> {
  await getRegion(ctx, region, 'regions.read');
  const { low, high } = scopeRange(region);
  const inRegion = (column: Parameters<typeof sql>[1]) => sql`${column} BETWEEN ${low} AND ${high}`;
  const asOf = shanghaiDate(ctx.clock());
  const [villageRows, householdRows, streetRows, positionRows, edgeRows, pairRows] =
    await Promise.all([
      ctx.db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(and(eq(regions.level, 'village'), inRegion(regions.code))),
      ctx.db
        .select({ id: households.id, headName: persons.name, regionCode: households.regionCode })
        .from(households)
        .leftJoin(persons, eq(persons.id, households.headId))
        .where(inRegion(households.regionCode)),
      ctx.db
        .select({ id: grids.id, name: grids.name, regionCode: grids.regionCode })
        .from(grids)
        .where(and(eq(grids.kind, 'street'), inRegion(grids.regionCode))),
      ctx.db
        .select({
          code: positions.code,
          regionCode: positions.regionCode,
          gridId: positions.gridId,
          startDate: positions.startDate,
          endDate: positions.endDate,
        })
        .from(positions)
        .where(
          and(
            inArray(positions.code, ['secretary', 'stationCadre']),
            inRegion(positions.regionCode),
          ),
        ),
      ctx.db
        .select()
        .from(responsibilityEdges)
        .where(and(eq(responsibilityEdges.level, 4), inRegion(responsibilityEdges.regionCode))),
      ctx.db.select().from(contactPairs).where(inRegion(contactPairs.regionCode)),
    ]);
  const edges: ResponsibilityEdge[] = edgeRows.map((e) => ({
    id: e.id,
    level: 4,
    responsibleId: e.responsibleId,
    targetKind: 'household',
    targetId: e.targetId,
    withinId: e.withinId,
    regionCode: e.regionCode,
  }));
  const report = coverageReport(
    {
      asOf,
      villageCodes: villageRows.map((v) => v.code),
      households: householdRows,
      streets: streetRows,
      positions: positionRows,
      edges,
      pairs: pairRows.map((p) => ({
        id: p.id,
        unitId: p.unitId,
        unitMemberId: p.unitMemberId,
        ruralMemberId: p.ruralMemberId,
        regionCode: p.regionCode,
        householdIds: p.householdIds,
      })),
    },
    { maxHouseholdsPerMember: maxHouseholds },
  );
  const householdById = new Map(householdRows.map((h) => [h.id, h]));
  const villageName = new Map(villageRows.map((v) => [v.code, v.name]));
  const streetById = new Map(streetRows.map((s) => [s.id, s]));
  const memberIds = report.overloadedMembers.map((m) => m.personId);
  const memberNames = memberIds.length
    ? new Map(
        (
          await ctx.db
            .select({ id: persons.id, name: persons.name })
            .from(persons)
            .where(inArray(persons.id, memberIds))
        ).map((p) => [p.id, p.name]),
      )
    : new Map<string, string>();
  return {
    asOf,
    region,
    maxHouseholdsPerMember: maxHouseholds,
    totals: {
      households: householdRows.length,
      villages: villageRows.length,
      streets: streetRows.length,
    },
    householdsWithoutContact: report.householdsWithoutContact.map((id) => ({
      id,
      headName: householdById.get(id)?.headName ?? null,
      regionCode: householdById.get(id)?.regionCode ?? '',
    })),
    overloadedMembers: report.overloadedMembers.map((m) => ({
      ...m,
      name: memberNames.get(m.personId) ?? null,
    })),
    villagesWithoutSecretary: report.villagesWithoutSecretary.map((code) => ({
      code,
      name: villageName.get(code) ?? code,
    })),
    streetsWithoutStationCadre: report.streetsWithoutStationCadre.map((id) => ({
      id,
      name: streetById.get(id)?.name ?? id,
      regionCode: streetById.get(id)?.regionCode ?? '',
    })),
  };
}
