import { eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { grids, households, partyOrgs, persons, units } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { scoped } from '../../platform/scope.ts';

// A record a write refers to must be visible to the writer (directory.read); one outside the
// scope is reported exactly like one that does not exist, so nothing leaks about other villages.

async function visible<T extends PgTable & { id: AnyPgColumn; regionCode: AnyPgColumn }>(
  ctx: Ctx,
  table: T,
  id: string,
  path: string,
  what: string,
): Promise<T['$inferSelect']> {
  const rows = (await ctx.db
    .select()
    .from(table as PgTable)
    .where(
      scoped(requireActor(ctx), 'directory.read', table.regionCode, eq(table.id, id)),
    )) as T['$inferSelect'][];
  const row = rows[0];
  if (!row) throw validationError([{ path, message: `no such ${what}` }]);
  return row;
}

export const visiblePerson = (ctx: Ctx, id: string, path: string) =>
  visible(ctx, persons, id, path, 'person');
export const visibleOrg = (ctx: Ctx, id: string, path: string) =>
  visible(ctx, partyOrgs, id, path, 'organization');
export const visibleGrid = (ctx: Ctx, id: string, path: string) =>
  visible(ctx, grids, id, path, 'grid');
export const visibleUnit = (ctx: Ctx, id: string, path: string) =>
  visible(ctx, units, id, path, 'unit');
export const visibleHousehold = (ctx: Ctx, id: string, path: string) =>
  visible(ctx, households, id, path, 'household');
