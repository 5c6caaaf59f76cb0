import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';
import { chainHash, GENESIS_HASH } from './chainHash.ts';

export type VerifyResult =
  | { ok: true; rows: number; head: string }
  | { ok: false; rows: number; brokenSeq: number; reason: string };

/** Walks the whole chain in order; the first row whose link or hash does not hold is named. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const batch = await db.select().from(auditEvents).where(gt(auditEvents.seq, expectedSeq - 1)).orderBy(asc(auditEvents.seq)).limit(batchSize);
    if (batch.length === 0) return { ok: true, rows, head: prevHash };
    for (const row of batch) {
      if (row.seq !== expectedSeq) return { ok: false, rows, brokenSeq: expectedSeq, reason: `row ${expectedSeq} is missing (next present is ${row.seq})` };
      if (row.prevHash !== prevHash) return { ok: false, rows, brokenSeq: row.seq, reason: 'prev_hash does not match the previous row' };
      const { prevHash: _p, hash, ...fields } = row;
      if (chainHash(prevHash, fields) !== hash) return { ok: false, rows, brokenSeq: row.seq, reason: 'row content does not match its hash' };
      prevHash = hash;
      expectedSeq++;
      rows++;
    }
  }
}
