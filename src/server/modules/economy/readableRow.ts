import { eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../domain/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { mayReadEconomy } from './policy.ts';

type VillageRecord = PgTable & { id: AnyPgColumn; regionCode: AnyPgColumn };

/** The record of `table` with this id if the actor reads its village's books, else 404. */
export async function readableRow<T extends VillageRecord>(
  tx: Pick<Ctx, 'db'>,
  actor: Actor,
  table: T,
  id: string,
): Promise<T['$inferSelect']> {
  const [row] = (await tx.db
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))) as (T['$inferSelect'] & { regionCode: string })[];
  if (!row || !mayReadEconomy(actor, row.regionCode)) throw notFound();
  return row;
}
