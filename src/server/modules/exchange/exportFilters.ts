import { like, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { isCodeOf, type VocabularyEntry } from '../../../domain/directory/vocabulary.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { scoped } from '../../platform/scope.ts';
import { getRegion } from '../regions/service.ts';

/** An export is one workbook in memory: larger lists are cut here (and say so in the file name). */
export const EXPORT_MAX_ROWS = 200_000;

/** A name containing `q` (LIKE wildcards in it taken literally); no filter without `q`. */
export const nameLike = (column: AnyPgColumn, q: string | undefined) =>
  q ? like(column, `%${q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`) : undefined;

/** The subtree of `region`; a region outside the caller's scope answers 404 like the list routes' detail. */
async function regionFilter(
  ctx: Ctx,
  column: AnyPgColumn,
  region: string | undefined,
): Promise<SQL | undefined> {
  if (!region) return undefined;
  await getRegion(ctx, region, 'directory.read');
  const { low, high } = scopeRange(region);
  return sql`${column} BETWEEN ${low} AND ${high}`;
}

/**
 * The rows a directory export may hold: the caller's directory scope and, when asked, the subtree
 * of `region` (checked first: outside the scope, 404). The answer adds an export's own filters.
 */
export async function exportScope(
  ctx: Ctx,
  column: AnyPgColumn,
  region: string | undefined,
): Promise<(...filters: (SQL | undefined)[]) => SQL> {
  const inRegion = await regionFilter(ctx, column, region);
  const actor = requireActor(ctx);
  return (...filters) => scoped(actor, 'directory.read', column, inRegion, ...filters);
}

export function tagFilter(
  entries: readonly VocabularyEntry[],
  column: AnyPgColumn,
  tag: string | undefined,
): SQL | undefined {
  if (!tag) return undefined;
  if (!isCodeOf(entries, tag))
    throw validationError([{ path: 'query.tag', message: `unknown tag ${tag}` }]);
  return sql`${tag} = ANY(${column})`;
}
