import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Ctx } from './context.ts';
import { AppError, type Message } from './errors.ts';

/**
 * The "already there" check of a create, written once: when `table` holds a row that `where`
 * picks (a round of the scheme for the period, a unit of that name in the county, a pending veto
 * on the same key…), the write stops with 409 CONFLICT and `message`. The error's details are
 * `details`, plus the id of the row found when `existingId` is set (a client may open it).
 * Reads through `ctx.db`: inside the caller's transaction when there is one.
 */
export async function refuseIfExists(
  ctx: Ctx,
  table: PgTable & { id: AnyPgColumn },
  where: SQL | undefined,
  message: Message,
  options: { existingId?: boolean; details?: Record<string, unknown> } = {},
): Promise<void> {
  // `and()` of nothing is undefined, which would match any row: a caller's bug, not a conflict.
  if (where === undefined) throw new Error('refuseIfExists needs a condition');
  const [found] = await ctx.db.select({ id: table.id }).from(table).where(where).limit(1);
  if (!found) return;
  const details = options.existingId
    ? { ...options.details, existingId: found.id }
    : options.details;
  throw new AppError('CONFLICT', message, details);
}
