import type { AnyPgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { AuditEntry } from '../audit/appendAudit.ts';
import { updateAudited } from './auditedWrite.ts';
import type { Ctx } from './context.ts';
import { AppError, type Message } from './errors.ts';

/**
 * A record moving on in its life (a draft approved, a sign-up withdrawn, a record voided): the
 * check that it stands where the move starts, and the move itself with its audit event.
 */
type Moving = { id: string; regionCode: string; status: string };

/** Refuses the move (409 with `message`) unless the row is in status `from`. */
export function refuseUnlessStatus(row: { status: string }, from: string, message: Message): void {
  if (row.status !== from) throw new AppError('CONFLICT', message);
}

/**
 * Sets `set` — the new `status` and the fields that go with it — on `row` of `table`, and appends
 * the event: before the old status, after the new one followed by `audit.after`'s fields.
 */
export async function moveStatusAudited<T extends PgTable & { id: AnyPgColumn }>(
  tx: Ctx,
  table: T,
  row: Moving,
  set: PgUpdateSetSource<T> & { status: string },
  audit: Pick<AuditEntry, 'action' | 'objectType' | 'detail'> & {
    after?: Record<string, unknown>;
  },
): Promise<void> {
  await updateAudited(tx, table, row, set, {
    ...audit,
    before: { status: row.status },
    after: { status: set.status, ...audit.after },
  });
}
