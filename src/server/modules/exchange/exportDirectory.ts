import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CellValue } from '../../../domain/directory/exchange/cells.ts';
import { TARGET_KINDS } from '../../../domain/directory/exchange/targetKinds.ts';
import { GRID_KINDS } from '../../../domain/directory/gridKinds.ts';
import { MEMBERSHIP_KINDS } from '../../../domain/directory/membershipKinds.ts';
import { ORG_KINDS, PARTY_ORG_TYPES } from '../../../domain/directory/orgTypes.ts';
import { POSITIONS } from '../../../domain/directory/positions.ts';
import { CAPABILITY_TAGS, UNIT_KINDS } from '../../../domain/directory/unitKinds.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { mask } from '../../../domain/privacy/mask.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import {
  contactPairs,
  grids,
  households,
  memberships,
  partyOrgs,
  persons,
  positions,
  regions,
  responsibilityEdges,
  units,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { scoped } from '../../platform/scope.ts';
import { getRegion } from '../regions/service.ts';
import { EXPORT_MAX_ROWS, exportScope, nameLike, tagFilter } from './exportFilters.ts';
import { inChunks } from './importer.ts';
import type { ExportQuery } from './schema.ts';

/** Rows in the sheet's columns plus, after them, extra columns (names next to masked ID numbers). */
export interface ExportRows {
  rows: CellValue[][];
  extraHeaders?: string[];
}

const maskedId = (ctx: Ctx, cipher: string | null | undefined) =>
  cipher ? mask('idNumber', ctx.cipher.decrypt(cipher)) : null;
const parentOrg = alias(partyOrgs, 'parent_org');
const groupOrg = alias(partyOrgs, 'group_org');
/** What an export shows of a person: the ID number (to mask) and the name. */
const personCells = { idCipher: persons.idCipher, name: persons.name };

/** The heads of these households (cipher of the ID number and name), by household id. */
async function headsOf(ctx: Ctx, householdIds: readonly string[]) {
  const rows = await inChunks(householdIds, (c) =>
    ctx.db
      .select({ id: households.id, ...personCells })
      .from(households)
      .innerJoin(persons, eq(persons.id, households.headId))
      .where(inArray(households.id, c)),
  );
  return new Map(rows.map((h) => [h.id, h]));
}

/** 区划: the subtree of `region` (or all regions in scope) in code order. */
export async function exportRegions(ctx: Ctx, q: ExportQuery): Promise<ExportRows> {
  const filters: (SQL | undefined)[] = [nameLike(regions.name, q.q)];
  if (q.region) {
    await getRegion(ctx, q.region, 'regions.read');
    const { low, high } = scopeRange(q.region);
    filters.push(sql`${regions.code} BETWEEN ${low} AND ${high}`);
  }
  const rows = await ctx.db
    .select()
    .from(regions)
    .where(scoped(requireActor(ctx), 'regions.read', regions.regionCode, ...filters))
    .orderBy(asc(regions.code))
    .limit(EXPORT_MAX_ROWS);
  return {
    rows: rows.map((r) => [
      r.code,
      r.name,
      r.urbanRuralClass,
      r.lat,
      r.lng,
      r.population,
      r.households,
    ]),
  };
}

/** 党组织 with their parent (region + name) and unit, as the import reads them. */
export async function exportOrgs(ctx: Ctx, q: ExportQuery): Promise<ExportRows> {
  const inScope = await exportScope(ctx, partyOrgs.regionCode, q.region);
  const filters = [nameLike(partyOrgs.name, q.q)];
  const rows = await ctx.db
    .select({
      o: partyOrgs,
      parentRegion: parentOrg.regionCode,
      parentName: parentOrg.name,
      unitName: units.name,
    })
    .from(partyOrgs)
    .leftJoin(parentOrg, eq(parentOrg.id, partyOrgs.parentId))
    .leftJoin(units, eq(units.id, partyOrgs.unitId))
    .where(inScope(...filters))
    .orderBy(asc(partyOrgs.regionCode), asc(partyOrgs.name))
    .limit(EXPORT_MAX_ROWS);
  return {
    rows: rows.map(({ o, parentRegion, parentName, unitName }) => [
      o.name,
      labelOf(PARTY_ORG_TYPES, o.type),
      labelOf(ORG_KINDS, o.kind),
      o.regionCode,
      parentRegion,
      parentName,
      unitName,
    ]),
  };
}

export async function exportUnits(ctx: Ctx, q: ExportQuery): Promise<ExportRows> {
  const inScope = await exportScope(ctx, units.regionCode, q.region);
  const filters = [
    nameLike(units.name, q.q),
    tagFilter(CAPABILITY_TAGS, units.capabilities, q.capability),
  ];
  const rows = await ctx.db
    .select()
    .from(units)
    .where(inScope(...filters))
    .orderBy(asc(units.name))
    .limit(EXPORT_MAX_ROWS);
  return {
    rows: rows.map((u) => [
      u.name,
      labelOf(UNIT_KINDS, u.kind),
      u.regionCode,
      u.capabilities.map((c) => labelOf(CAPABILITY_TAGS, c)).join('、'),
    ]),
  };
}

/** 党员: ID numbers masked; the member's name follows as an extra column. */
export async function exportMemberships(ctx: Ctx, q: ExportQuery): Promise<ExportRows> {
  const inScope = await exportScope(ctx, memberships.regionCode, q.region);
  const filters: (SQL | undefined)[] = [];
  if (q.kind) filters.push(eq(memberships.kind, q.kind));
  if (q.org) filters.push(or(eq(memberships.orgId, q.org), eq(memberships.groupId, q.org)));
  const rows = await ctx.db
    .select({
      m: memberships,
      ...personCells,
      orgName: partyOrgs.name,
      groupName: groupOrg.name,
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .innerJoin(partyOrgs, eq(partyOrgs.id, memberships.orgId))
    .leftJoin(groupOrg, eq(groupOrg.id, memberships.groupId))
    .where(inScope(...filters))
    .orderBy(asc(memberships.regionCode), asc(persons.nameSort), asc(memberships.personId))
    .limit(EXPORT_MAX_ROWS);
  return {
    rows: rows.map(({ m, idCipher, name, orgName, groupName }) => [
      maskedId(ctx, idCipher),
      m.regionCode,
      orgName,
      labelOf(MEMBERSHIP_KINDS, m.kind),
      m.joinDate,
      groupName,
      name,
    ]),
    extraHeaders: ['姓名'],
  };
}

/** 职务, current and past; ID numbers masked, the holder's name as an extra column. */
export async function exportPositions(ctx: Ctx, q: ExportQuery): Promise<ExportRows> {
  const inScope = await exportScope(ctx, positions.regionCode, q.region);
  const filters: (SQL | undefined)[] = [];
  if (q.code) filters.push(eq(positions.code, q.code as typeof positions.$inferSelect.code));
  const today = shanghaiDate(ctx.clock());
  const held = sql`(${positions.startDate} <= ${today} AND (${positions.endDate} IS NULL OR ${positions.endDate} >= ${today}))`;
  if (q.current) filters.push(q.current === 'true' ? held : sql`NOT ${held}`);
  const rows = await ctx.db
    .select({
      p: positions,
      ...personCells,
      orgName: partyOrgs.name,
      gridName: grids.name,
      unitName: sql<
        string | null
      >`(SELECT u.name FROM units u WHERE u.id::text = "positions"."details"->>'dispatchingUnitId')`,
    })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .leftJoin(partyOrgs, eq(partyOrgs.id, positions.orgId))
    .leftJoin(grids, eq(grids.id, positions.gridId))
    .where(inScope(...filters))
    .orderBy(
      asc(positions.regionCode),
      asc(positions.code),
      asc(positions.startDate),
      asc(positions.id),
    )
    .limit(EXPORT_MAX_ROWS);
  return {
    rows: rows.map(({ p, idCipher, name, orgName, gridName, unitName }) => [
      maskedId(ctx, idCipher),
      labelOf(POSITIONS, p.code),
      p.regionCode,
      orgName,
      gridName,
      unitName,
      p.details.termEndDate ?? null,
      p.startDate,
      p.endDate,
      p.details.goldMediator ? '是' : null,
      name,
    ]),
    extraHeaders: ['姓名'],
  };
}

/**
 * 五级联包: targets as the import names them — a village by its code; a station, unit or party
 * group by its name; people and households by (masked) ID numbers, names as extra columns.
 */
export async function exportEdges(ctx: Ctx, q: ExportQuery): Promise<ExportRows> {
  const inScope = await exportScope(ctx, responsibilityEdges.regionCode, q.region);
  const filters: (SQL | undefined)[] = [];
  if (q.level) filters.push(eq(responsibilityEdges.level, q.level));
  const rows = await ctx.db
    .select({ e: responsibilityEdges, ...personCells })
    .from(responsibilityEdges)
    .innerJoin(persons, eq(persons.id, responsibilityEdges.responsibleId))
    .where(inScope(...filters))
    .orderBy(
      asc(responsibilityEdges.regionCode),
      asc(responsibilityEdges.level),
      asc(persons.nameSort),
      asc(responsibilityEdges.id),
    )
    .limit(EXPORT_MAX_ROWS);
  // Everything an edge points at, fetched once per kind.
  const uuids = (pick: (e: typeof responsibilityEdges.$inferSelect) => (string | null)[]) => [
    ...new Set(
      rows
        .flatMap(({ e }) => pick(e))
        .filter((x): x is string => x !== null && /^[0-9a-f-]{36}$/i.test(x)),
    ),
  ];
  const personIds = uuids((e) =>
    e.targetKind === 'partyMember' || e.targetKind === 'familyMember' ? [e.targetId] : [],
  );
  const householdIds = uuids((e) => [
    e.targetKind === 'household' ? e.targetId : null,
    e.level === 5 ? e.withinId : null,
  ]);
  const otherIds = uuids((e) => [
    ['street', 'enterprise', 'team'].includes(e.targetKind) ? e.targetId : null,
    e.level === 2 || e.level === 3 ? e.withinId : null,
  ]);
  const people = new Map(
    (
      await inChunks(personIds, (c) =>
        ctx.db
          .select({ id: persons.id, ...personCells })
          .from(persons)
          .where(inArray(persons.id, c)),
      )
    ).map((p) => [p.id, p]),
  );
  const heads = await headsOf(ctx, householdIds);
  const names = new Map<string, string>();
  for (const table of [grids, units, partyOrgs] as const) {
    for (const r of await inChunks(otherIds, (c) =>
      ctx.db
        .select({ id: table.id, name: table.name })
        .from(table)
        .where(and(inArray(table.id, c))),
    ))
      names.set(r.id, r.name);
  }
  const villageNames = new Map(
    (
      await inChunks(
        rows
          .flatMap(({ e }) => [e.targetKind === 'village' ? e.targetId : '', e.withinId ?? ''])
          .filter((c) => /^\d{12}$/.test(c)),
        (c) =>
          ctx.db
            .select({ code: regions.code, name: regions.name })
            .from(regions)
            .where(inArray(regions.code, c)),
      )
    ).map((r) => [r.code, r.name]),
  );
  const cellOf = (
    kind: 'person' | 'household' | 'named',
    id: string | null,
  ): { cell: CellValue; name: string | null } => {
    if (id === null) return { cell: null, name: null };
    if (/^\d{12}$/.test(id)) return { cell: id, name: villageNames.get(id) ?? null };
    if (kind === 'person')
      return { cell: maskedId(ctx, people.get(id)?.idCipher), name: people.get(id)?.name ?? null };
    if (kind === 'household')
      return { cell: maskedId(ctx, heads.get(id)?.idCipher), name: heads.get(id)?.name ?? null };
    return { cell: names.get(id) ?? null, name: names.get(id) ?? null };
  };
  return {
    rows: rows.map(({ e, idCipher, name }) => {
      const target = cellOf(
        e.targetKind === 'household'
          ? 'household'
          : e.targetKind === 'partyMember' || e.targetKind === 'familyMember'
            ? 'person'
            : 'named',
        e.targetId,
      );
      const within = cellOf(e.level === 5 ? 'household' : 'named', e.withinId);
      return [
        e.level,
        maskedId(ctx, idCipher),
        labelOf(TARGET_KINDS, e.targetKind),
        target.cell,
        e.regionCode,
        within.cell,
        name,
        target.name,
      ];
    }),
    extraHeaders: ['责任人姓名', '联系对象名称'],
  };
}

/** 网格 of the villages in scope, by village and order. */
export async function exportGrids(ctx: Ctx, q: ExportQuery): Promise<ExportRows> {
  const inScope = await exportScope(ctx, grids.regionCode, q.region);
  const filters: (SQL | undefined)[] = [nameLike(grids.name, q.q)];
  if (q.kind) filters.push(eq(grids.kind, q.kind));
  const rows = await ctx.db
    .select()
    .from(grids)
    .where(inScope(...filters))
    .orderBy(asc(grids.regionCode), asc(grids.seq), asc(grids.name))
    .limit(EXPORT_MAX_ROWS);
  return { rows: rows.map((g) => [g.regionCode, g.name, labelOf(GRID_KINDS, g.kind), g.seq]) };
}

/** 1+1+N pairs: the two members by (masked) ID numbers, the households by their heads'; names as extra columns. */
export async function exportPairs(ctx: Ctx, q: ExportQuery): Promise<ExportRows> {
  const unitMember = alias(persons, 'unit_member');
  const inScope = await exportScope(ctx, contactPairs.regionCode, q.region);
  const filters: (SQL | undefined)[] = [];
  const rows = await ctx.db
    .select({
      p: contactPairs,
      unitName: units.name,
      unitMemberCipher: unitMember.idCipher,
      unitMemberName: unitMember.name,
      ruralCipher: persons.idCipher,
      ruralName: persons.name,
    })
    .from(contactPairs)
    .leftJoin(units, eq(units.id, contactPairs.unitId))
    .leftJoin(unitMember, eq(unitMember.id, contactPairs.unitMemberId))
    .leftJoin(persons, eq(persons.id, contactPairs.ruralMemberId))
    .where(inScope(...filters))
    .orderBy(asc(contactPairs.regionCode), asc(units.name), asc(contactPairs.id))
    .limit(EXPORT_MAX_ROWS);
  const householdIds = [...new Set(rows.flatMap((r) => r.p.householdIds))];
  const heads = await headsOf(ctx, householdIds);
  return {
    rows: rows.map((r) => [
      r.unitName,
      maskedId(ctx, r.unitMemberCipher),
      maskedId(ctx, r.ruralCipher),
      r.p.regionCode,
      r.p.householdIds.map((h) => maskedId(ctx, heads.get(h)?.idCipher) ?? '').join('、'),
      r.unitMemberName,
      r.ruralName,
      r.p.householdIds.map((h) => heads.get(h)?.name ?? '').join('、'),
    ]),
    extraHeaders: ['单位党员姓名', '村党员姓名', '联系户户主'],
  };
}
