import { getTableColumns, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { orgKey } from '../../../domain/directory/exchange/orgsSheet.ts';
import {
  grids,
  households,
  memberships,
  partyOrgs,
  persons,
  units,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { inChunks } from './importer.ts';

/** The references importers resolve against the database, each by what a sheet names it by. */

/** The stored rows of `table` whose column `field` is one of `values`. */
export function storedRows<T extends PgTable>(
  tx: Ctx,
  table: T,
  field: keyof T['_']['columns'] & string,
  values: readonly unknown[],
): Promise<T['$inferSelect'][]> {
  const column = getTableColumns(table)[field] as PgColumn;
  return inChunks(
    values,
    (chunk) =>
      tx.db
        .select()
        .from(table as PgTable)
        .where(inArray(column, chunk)) as Promise<T['$inferSelect'][]>,
  );
}

/** The stored rows an import matches its sheet's rows against, by `keyOf` (what a row is named by). */
export async function storedBy<T extends PgTable>(
  tx: Ctx,
  table: T,
  field: keyof T['_']['columns'] & string,
  values: readonly unknown[],
  keyOf: (row: T['$inferSelect']) => string,
): Promise<Map<string, T['$inferSelect']>> {
  return new Map((await storedRows(tx, table, field, values)).map((row) => [keyOf(row), row]));
}

/** Registered persons by the blind index of their ID number. */
export async function personsByIdIndex(tx: Ctx, indexes: readonly string[]) {
  const rows = await inChunks(indexes, (chunk) =>
    tx.db
      .select({
        id: persons.id,
        idIndex: persons.idIndex,
        regionCode: persons.regionCode,
        birthDate: persons.birthDate,
        householdId: persons.householdId,
        relationToHead: persons.relationToHead,
        unitId: persons.unitId,
      })
      .from(persons)
      .where(inArray(persons.idIndex, chunk)),
  );
  return new Map(rows.map((p) => [p.idIndex, p]));
}

/** Registered persons by (normalized) ID number, found by its blind index. */
export async function personsByIdNumber(tx: Ctx, idNumbers: Iterable<string>) {
  const indexOf = new Map([...idNumbers].map((id) => [id, tx.cipher.blindIndex(id)]));
  const people = await personsByIdIndex(tx, [...indexOf.values()]);
  return {
    personIds: [...people.values()].map((p) => p.id),
    personOf: (idNumber: string) => people.get(indexOf.get(idNumber) ?? ''),
  };
}

/** The party memberships of these persons, by person id. */
export async function membershipsOf(tx: Ctx, personIds: readonly string[]) {
  const rows = await inChunks(personIds, (chunk) =>
    tx.db
      .select({ personId: memberships.personId, groupId: memberships.groupId })
      .from(memberships)
      .where(inArray(memberships.personId, chunk)),
  );
  return new Map(rows.map((m) => [m.personId, m]));
}

/** The households these persons head, by head id. */
export async function householdsOfHeads(tx: Ctx, headIds: readonly string[]) {
  const rows = await inChunks(headIds, (chunk) =>
    tx.db
      .select({ id: households.id, headId: households.headId, regionCode: households.regionCode })
      .from(households)
      .where(inArray(households.headId, chunk)),
  );
  return new Map(rows.map((h) => [h.headId, h]));
}

/** Unit ids by `county/name` (a unit's name is unique in its county). */
export async function unitIdsByName(tx: Ctx, names: readonly string[]) {
  const rows = await inChunks(names, (chunk) =>
    tx.db
      .select({ id: units.id, name: units.name, countyCode: units.countyCode })
      .from(units)
      .where(inArray(units.name, chunk)),
  );
  return new Map(rows.map((u) => [`${u.countyCode}/${u.name}`, u.id]));
}

/** Grid ids of these villages by `village/name`. */
export async function gridIdsByName(tx: Ctx, regionCodes: readonly string[]) {
  const rows = await inChunks(regionCodes, (chunk) =>
    tx.db
      .select({ id: grids.id, regionCode: grids.regionCode, name: grids.name })
      .from(grids)
      .where(inArray(grids.regionCode, chunk)),
  );
  return new Map(rows.map((g) => [`${g.regionCode}/${g.name}`, g.id]));
}

/** The party organizations of these regions, and the same by `orgKey(region, name)`. */
export async function orgsInRegions(tx: Ctx, regionCodes: readonly string[]) {
  const list = await inChunks(regionCodes, (chunk) =>
    tx.db
      .select({
        id: partyOrgs.id,
        regionCode: partyOrgs.regionCode,
        name: partyOrgs.name,
        parentId: partyOrgs.parentId,
      })
      .from(partyOrgs)
      .where(inArray(partyOrgs.regionCode, chunk)),
  );
  return { list, byKey: new Map(list.map((o) => [orgKey(o.regionCode, o.name), o])) };
}
