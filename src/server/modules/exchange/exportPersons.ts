import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  EDUCATION_LEVELS,
  HOUSEHOLD_RELATIONS,
} from '../../../domain/directory/personAttributes.ts';
import type { CellValue } from '../../../domain/directory/exchange/cells.ts';
import { HOUSEHOLD_TAGS, PERSON_TAGS } from '../../../domain/directory/tags.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { mask } from '../../../domain/privacy/mask.ts';
import { grids, households, persons } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { personSearchCondition } from '../directory/nameSearch.ts';
import { EXPORT_MAX_ROWS, exportScope, tagFilter } from './exportFilters.ts';
import type { ExportQuery } from './schema.ts';

const head = alias(persons, 'head');
const labels = (entries: Parameters<typeof labelOf>[0], codes: readonly string[]) =>
  codes.map((c) => labelOf(entries, c)).join('、');

/** 人员 as the sheet's columns; ID numbers and phones masked (reveal stays its own audited action). */
export async function exportPersons(ctx: Ctx, q: ExportQuery): Promise<CellValue[][]> {
  const inScope = await exportScope(ctx, persons.regionCode, q.region);
  const filters: (SQL | undefined)[] = [
    q.q ? personSearchCondition(q.q, ctx.cipher) : undefined,
    tagFilter(PERSON_TAGS, persons.tags, q.tag),
  ];
  const member = sql`EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = ${persons.id})`;
  if (q.partyMember) filters.push(q.partyMember === 'true' ? member : sql`NOT ${member}`);
  const rows = await ctx.db
    .select({ p: persons, headId: head.idCipher })
    .from(persons)
    .leftJoin(households, eq(households.id, persons.householdId))
    .leftJoin(head, eq(head.id, households.headId))
    .where(inScope(...filters))
    .orderBy(asc(persons.regionCode), asc(persons.nameSort), asc(persons.id))
    .limit(EXPORT_MAX_ROWS);
  return rows.map(({ p, headId }) => [
    p.name,
    mask('idNumber', ctx.cipher.decrypt(p.idCipher)),
    p.phoneCipher ? mask('phone', ctx.cipher.decrypt(p.phoneCipher)) : null,
    p.regionCode,
    p.education ? labelOf(EDUCATION_LEVELS, p.education) : null,
    labels(PERSON_TAGS, p.tags),
    headId ? mask('idNumber', ctx.cipher.decrypt(headId)) : null,
    p.relationToHead ? labelOf(HOUSEHOLD_RELATIONS, p.relationToHead) : null,
  ]);
}

/** 户 as the sheet's columns, the head's ID number masked. */
export async function exportHouseholds(ctx: Ctx, q: ExportQuery): Promise<CellValue[][]> {
  const inScope = await exportScope(ctx, households.regionCode, q.region);
  const filters: (SQL | undefined)[] = [tagFilter(HOUSEHOLD_TAGS, households.tags, q.tag)];
  if (q.q) {
    const match = personSearchCondition(q.q, ctx.cipher);
    if (match)
      filters.push(
        sql`${households.headId} IN (SELECT ${persons.id} FROM ${persons} WHERE ${match})`,
      );
  }
  const rows = await ctx.db
    .select({ h: households, headId: head.idCipher, gridName: grids.name })
    .from(households)
    .innerJoin(head, eq(head.id, households.headId))
    .leftJoin(grids, eq(grids.id, households.gridId))
    .where(inScope(...filters))
    .orderBy(asc(households.regionCode), asc(head.nameSort))
    .limit(EXPORT_MAX_ROWS);
  return rows.map(({ h, headId, gridName }) => [
    mask('idNumber', ctx.cipher.decrypt(headId)),
    h.regionCode,
    gridName,
    labels(HOUSEHOLD_TAGS, h.tags),
  ]);
}
