import { desc, sql } from 'drizzle-orm';
import type { Ctx } from '../platform/context.ts';
import { auditEvents } from '../db/schema/index.ts';
import { AUDIT_CHAIN_LOCK, nextAuditRow, type AuditEntry, type AuditRow } from './appendAudit.ts';

const INSERT_CHUNK = 500;

/**
 * Appends many audit events inside the caller's transaction, chained in order: one lock and one
 * read of the chain's head for a whole import instead of one per row.
 */
export async function appendAuditBatch(ctx: Ctx, entries: readonly AuditEntry[]): Promise<void> {
  if (!ctx.inTransaction) throw new Error('appendAuditBatch must run inside the transaction of the change');
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
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await ctx.db.insert(auditEvents).values(rows.slice(i, i + INSERT_CHUNK));
}
