import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';
import { LEGACY_CHAIN } from './auditWriter.ts';
import { chainHash, GENESIS_HASH } from './chainHash.ts';

export type ChainResult =
  | { chain: string; ok: true; rows: number; head: string }
  | {
      chain: string;
      ok: false;
      rows: number;
      brokenSeq: number;
      brokenChainSeq: number | null;
      reason: string;
    };

export interface VerifyResult {
  ok: boolean;
  rows: number;
  chains: ChainResult[];
}

type Row = typeof auditEvents.$inferSelect;

/**
 * Walks one chain in order: the legacy chain by seq (as every row was linked before chains
 * existed), the others by chain_seq. The first row whose place, link or hash does not hold is named.
 */
async function verifyOne(db: Db, chain: string, batchSize: number): Promise<ChainResult> {
  const legacy = chain === LEGACY_CHAIN;
  const place = legacy ? auditEvents.seq : auditEvents.chainSeq;
  let prevHash = GENESIS_HASH;
  let expected = 1;
  let rows = 0;
  for (;;) {
    const batch: Row[] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.chain, chain), gt(place, expected - 1)))
      .orderBy(asc(place))
      .limit(batchSize);
    if (batch.length === 0) return { chain, ok: true, rows, head: prevHash };
    for (const row of batch) {
      const at = (legacy ? row.seq : row.chainSeq) ?? -1;
      const broken = (reason: string): ChainResult => ({
        chain,
        ok: false,
        rows,
        brokenSeq: row.seq,
        brokenChainSeq: row.chainSeq,
        reason,
      });
      if (at !== expected)
        return {
          chain,
          ok: false,
          rows,
          brokenSeq: legacy ? expected : row.seq,
          brokenChainSeq: legacy ? null : expected,
          reason: `row ${expected} is missing (next present is ${at})`,
        };
      if (row.prevHash !== prevHash) return broken('prev_hash does not match the previous row');
      const { prevHash: _p, hash, chain: _c, chainSeq, seq, ...common } = row;
      const fields = legacy ? { seq, ...common } : { chain, chainSeq: chainSeq ?? 0, ...common };
      if (chainHash(prevHash, fields) !== hash)
        return broken('row content does not match its hash');
      prevHash = hash;
      expected++;
      rows++;
    }
  }
}

/** Verifies every chain in the log: the legacy one, each county's and the platform's. */
export async function verifyAuditChains(db: Db, batchSize = 5000): Promise<VerifyResult> {
  const found = await db
    .selectDistinct({ chain: auditEvents.chain })
    .from(auditEvents)
    .orderBy(sql`1`);
  const chains: ChainResult[] = [];
  for (const { chain } of found) chains.push(await verifyOne(db, chain, batchSize));
  return { ok: chains.every((c) => c.ok), rows: chains.reduce((n, c) => n + c.rows, 0), chains };
}
