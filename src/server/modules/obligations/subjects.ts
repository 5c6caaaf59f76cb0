import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { and, eq, sql } from 'drizzle-orm';
import type { SubjectKind } from '../../../domain/obligations/rules.ts';
import { RESIDENTIAL_COMPOUND } from '../../../domain/obligations/rules.ts';
import { grids, pairings, regions, unions, unionVillages, units } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { fromPairings } from './fromPairings.ts';

/**
 * Whatever obligations bind (DESIGN.md §3): a pairing (结对共建), a union (跨村联建), a village
 * itself or a 小区 of a community, with the villages it acts in and the dates it exists.
 */
export interface SubjectRow {
  kind: SubjectKind;
  id: string;
  name: string;
  /** The region rows about it are scoped by: the pairing's village, the union's region, the village. */
  regionCode: string;
  villages: string[];
  unitId: string | null;
  leaderPersonId: string | null;
  activeFrom: string;
  activeTo: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads one subject, or null when there is none (the caller answers 404). */
export async function loadSubject(
  ctx: Ctx,
  kind: SubjectKind,
  id: string,
): Promise<SubjectRow | null> {
  if (kind === 'pairing') {
    if (!UUID.test(id)) return null;
    const [row] = await fromPairings(
      ctx.db.select({
        id: pairings.id,
        unitId: pairings.unitId,
        unitName: units.name,
        village: pairings.villageCode,
        villageName: regions.name,
        leaderPersonId: pairings.leaderPersonId,
        activeFrom: pairings.periodStart,
        activeTo: pairings.periodEnd,
      }),
    ).where(eq(pairings.id, id));
    if (!row) return null;
    return {
      kind,
      id: row.id,
      name: `${row.unitName} ↔ ${row.villageName}`,
      regionCode: row.village,
      villages: [row.village],
      unitId: row.unitId,
      leaderPersonId: row.leaderPersonId,
      activeFrom: row.activeFrom,
      activeTo: row.activeTo,
    };
  }
  if (kind === 'union') {
    if (!UUID.test(id)) return null;
    const [row] = await ctx.db
      .select({
        id: unions.id,
        name: unions.name,
        regionCode: unions.regionCode,
        createdAt: unions.createdAt,
        villages: sql<
          string[]
        >`(SELECT coalesce(array_agg(${unionVillages.villageCode} ORDER BY ${unionVillages.villageCode}), '{}') FROM ${unionVillages} WHERE ${unionVillages.unionId} = ${unions.id})`,
      })
      .from(unions)
      .where(eq(unions.id, id));
    if (!row) return null;
    return {
      kind,
      id: row.id,
      name: row.name,
      regionCode: row.regionCode,
      villages: row.villages,
      unitId: null,
      leaderPersonId: null,
      activeFrom: shanghaiDate(row.createdAt),
      activeTo: null,
    };
  }
  if (kind === 'compound') {
    if (!UUID.test(id)) return null;
    // A 小区 acts in its community; like a village, it has no start date of its own.
    const [row] = await ctx.db
      .select({ id: grids.id, name: grids.name, community: regions.code, place: regions.name })
      .from(grids)
      .innerJoin(regions, eq(regions.code, grids.regionCode))
      .where(and(eq(grids.id, id), eq(grids.kind, RESIDENTIAL_COMPOUND)));
    if (!row) return null;
    return {
      kind,
      id: row.id,
      name: `${row.place} ${row.name}`,
      regionCode: row.community,
      villages: [row.community],
      unitId: null,
      leaderPersonId: null,
      activeFrom: '2000-01-01',
      activeTo: null,
    };
  }
  const [village] = await ctx.db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.code, id), eq(regions.level, 'village')));
  if (!village) return null;
  return {
    kind,
    id: village.code,
    name: village.name,
    regionCode: village.code,
    villages: [village.code],
    unitId: null,
    leaderPersonId: null,
    activeFrom: '2000-01-01',
    activeTo: null,
  };
}
