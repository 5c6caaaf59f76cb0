import { sql } from 'drizzle-orm';
import { copyInTransaction } from '../db/copyInTransaction.ts';
import { auditEvents } from '../db/schema/index.ts';
import type { Ctx } from '../platform/context.ts';
import {
  writeAudit,
  writeAuditOf,
  type AuditEntry,
  type AuditRow,
  type AuditSql,
  type AuditWho,
} from './auditWriter.ts';

export type { AuditEntry } from './auditWriter.ts';

const INSERT_CHUNK = 500;

/** The writer's statements on a Drizzle transaction; rows inserted by `insert`. */
function drizzleSql(ctx: Ctx, insert: (rows: readonly AuditRow[]) => Promise<void>): AuditSql {
  return {
    seal: ctx.cipher,
    async query(text, params) {
      // $1, $2… → bound parameters of a Drizzle sql template.
      const parts = text.split(/\$(\d+)/);
      const chunks = parts.map((part, i) =>
        i % 2 === 0 ? sql.raw(part) : sql`${params[Number(part) - 1]}`,
      );
      const result = (await ctx.db.execute(sql.join(chunks, sql``))) as unknown as {
        rows: Record<string, unknown>[];
      };
      return result.rows;
    },
    insert,
  };
}

function requireTransaction(ctx: Ctx, what: string): void {
  if (!ctx.inTransaction) throw new Error(`${what} must run inside the transaction of the change`);
}

const who = (ctx: Ctx): AuditWho => ({
  actor: ctx.actor,
  requestId: ctx.requestId,
  now: ctx.clock(),
});

const insertRows = (ctx: Ctx) => async (rows: readonly AuditRow[]) => {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await ctx.db.insert(auditEvents).values(rows.slice(i, i + INSERT_CHUNK));
};

type Queued = { entry: AuditEntry; who: AuditWho }[];
// The entries each open transaction has queued, keyed by its before-commit list.
const queues = new WeakMap<object, Queued>();

/**
 * Appends one audit event inside the caller's transaction (DESIGN.md §2.7). In a transaction
 * opened by `transaction()` the event is written last, just before the commit, with the actor and
 * time of this call: the county's chain stays locked only for those statements and the commit.
 */
export async function appendAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  requireTransaction(ctx, 'appendAudit');
  const beforeCommit = ctx.beforeCommit;
  if (!beforeCommit) {
    await writeAudit(drizzleSql(ctx, insertRows(ctx)), [entry], who(ctx));
    return;
  }
  let queued = queues.get(beforeCommit);
  if (!queued) {
    const items: Queued = [];
    queued = items;
    queues.set(beforeCommit, items);
    beforeCommit.push(() => writeAuditOf(drizzleSql(ctx, insertRows(ctx)), items));
  }
  queued.push({ entry, who: who(ctx) });
}

/** Many events of one change (an import of tens of thousands of rows), written by COPY. */
export async function appendAuditCopy(ctx: Ctx, entries: readonly AuditEntry[]): Promise<void> {
  requireTransaction(ctx, 'appendAuditCopy');
  await writeAudit(
    drizzleSql(ctx, (rows) => copyInTransaction(ctx, auditEvents, rows)),
    entries,
    who(ctx),
  );
}
