import { count, desc, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Ctx } from './context.ts';
import { offsetOf } from './pagination.ts';

type Stamped = PgTable & { id: AnyPgColumn; createdAt: AnyPgColumn };

/**
 * A queue's page (referrals, reveal requests): the rows of `table` under `where`, newest first
 * (by creation, then id), and the count of all of them.
 */
export async function newestFirstPage<T extends Stamped>(
  ctx: Pick<Ctx, 'db'>,
  table: T,
  where: SQL | undefined,
  q: { page: number; pageSize: number },
): Promise<{ rows: T['$inferSelect'][]; total: number }> {
  const rows = await ctx.db
    .select()
    .from(table as PgTable)
    .where(where)
    .orderBy(desc(table.createdAt), desc(table.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [total] = await ctx.db
    .select({ n: count() })
    .from(table as PgTable)
    .where(where);
  return { rows: rows as T['$inferSelect'][], total: total?.n ?? 0 };
}
