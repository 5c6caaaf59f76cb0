import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SchemeDefinition } from '../../../domain/evaluation/scheme.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import {
  grids,
  households,
  partyOrgs,
  persons,
  positions,
  regions,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';

export interface Subject {
  id: string;
  name: string;
  regionCode: string;
}

const villageLevel = (column: unknown) => sql`substring(${column} from 10 for 3) <> '000'`;

/**
 * The subjects of a round from the directory: each village's own party organization (not its
 * sub-branches), households (all, or the nominated ones of a selection), street service stations,
 * 小区, villages, or persons (the current secretaries of the villages' own organizations, or the
 * nominated persons of a selection).
 */
export async function subjectsFor(
  ctx: Ctx,
  scheme: SchemeDefinition,
  region: string,
  nominated: string[] | undefined,
): Promise<Subject[]> {
  const { low, high } = scopeRange(region);
  const within = (column: unknown) => sql`${column} BETWEEN ${low} AND ${high}`;
  switch (scheme.subjectType) {
    case 'party_org': {
      const rows = await ctx.db
        .select({ id: partyOrgs.id, name: partyOrgs.name, regionCode: partyOrgs.regionCode })
        .from(partyOrgs)
        .where(
          and(
            within(partyOrgs.regionCode),
            villageLevel(partyOrgs.regionCode),
            inArray(partyOrgs.type, ['branch', 'generalBranch', 'committee']),
            scheme.orgKind ? eq(partyOrgs.kind, scheme.orgKind) : undefined,
            sql`NOT EXISTS (SELECT 1 FROM party_orgs p WHERE p.id = ${partyOrgs.parentId} AND p.region_code = ${partyOrgs.regionCode})`,
          ),
        );
      return rows;
    }
    case 'household': {
      // A selection (十大文明家庭) names its households; a rating (十星级文明户) takes them all.
      const named = nominated && nominated.length > 0;
      const rows = await ctx.db
        .select({
          id: households.id,
          name: sql<string>`${persons.name} || '户'`,
          regionCode: households.regionCode,
        })
        .from(households)
        .innerJoin(persons, eq(persons.id, households.headId))
        .where(
          and(within(households.regionCode), named ? inArray(households.id, nominated) : undefined),
        );
      if (named) mustAllBeFound(rows, nominated, 'household');
      return rows;
    }
    case 'station':
      return gridsOfKind(ctx, within, 'street');
    case 'compound':
      return gridsOfKind(ctx, within, 'residentialCompound');
    case 'village': {
      // Villages have no uuid of their own: the region's top party organization stands for it.
      const rows = await ctx.db
        .select({ id: partyOrgs.id, name: regions.name, regionCode: regions.code })
        .from(regions)
        .innerJoin(
          partyOrgs,
          and(
            eq(partyOrgs.regionCode, regions.code),
            sql`NOT EXISTS (SELECT 1 FROM party_orgs p WHERE p.id = ${partyOrgs.parentId} AND p.region_code = ${partyOrgs.regionCode})`,
          ),
        )
        .where(and(within(regions.code), eq(regions.level, 'village')));
      return rows;
    }
    case 'person': {
      if (nominated && nominated.length > 0) {
        const rows = await ctx.db
          .select({ id: persons.id, name: persons.name, regionCode: persons.regionCode })
          .from(persons)
          .where(and(within(persons.regionCode), inArray(persons.id, nominated)));
        mustAllBeFound(rows, nominated, 'person');
        return rows;
      }
      return ctx.db
        .selectDistinctOn([persons.id], {
          id: persons.id,
          name: persons.name,
          regionCode: positions.regionCode,
        })
        .from(positions)
        .innerJoin(persons, eq(persons.id, positions.personId))
        .innerJoin(partyOrgs, eq(partyOrgs.id, positions.orgId))
        .where(
          and(
            within(positions.regionCode),
            villageLevel(positions.regionCode),
            eq(positions.code, 'secretary'),
            sql`${positions.endDate} IS NULL`,
            // 村党组织书记: the secretary of the village's own organization, not of its sub-branches
            sql`NOT EXISTS (SELECT 1 FROM party_orgs p WHERE p.id = ${partyOrgs.parentId} AND p.region_code = ${partyOrgs.regionCode})`,
          ),
        );
    }
  }
}

/** 400 unless every nominated subject was found in the round's region. */
function mustAllBeFound(rows: readonly Subject[], nominated: string[], what: string): void {
  if (rows.length !== new Set(nominated).size)
    throw validationError([
      {
        path: 'body.subjectIds',
        message: `every nominated ${what} must live in the round’s region`,
      },
    ]);
}

/** Grids of one kind in the region: street service stations, or 小区 (residential compounds). */
function gridsOfKind(
  ctx: Ctx,
  within: (column: unknown) => SQL,
  kind: 'street' | 'residentialCompound',
): Promise<Subject[]> {
  return ctx.db
    .select({ id: grids.id, name: grids.name, regionCode: grids.regionCode })
    .from(grids)
    .where(and(within(grids.regionCode), eq(grids.kind, kind)));
}
