import { desc, sql } from 'drizzle-orm';
import { copyInTransaction } from '../db/copyInTransaction.ts';
import { auditEvents } from '../db/schema/index.ts';
import type { Ctx } from '../platform/context.ts';
import { AUDIT_CHAIN_LOCK, nextAuditRow, type AuditEntry, type AuditRow } from './appendAudit.ts';

/**
 * appendAuditBatch for imports of tens of thousands of rows: the same chain (one lock, one read of
 * the head, rows hashed in order), written by COPY in the caller's transaction.
 */
export async function appendAuditCopy(ctx: Ctx, entries: readonly AuditEntry[]): Promise<void> {
  if (!ctx.inTransaction) throw new Error('appendAuditCopy must run inside the transaction of the change');
  if (entries.length === 0) return;
  await ctx.db.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  let [last] = await ctx.db.select({ seq: auditEvents.seq, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  const who = { actor: ctx.actor, requestId: ctx.requestId, now: ctx.clock() };
  const rows: AuditRow[] = [];
  for (const entry of entries) {
    const row = nextAuditRow(last, entry, who);
    rows.push(row);
    last = row;
  }
  await copyInTransaction(ctx, auditEvents, rows);
}
