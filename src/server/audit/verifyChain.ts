import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';
import type { AuditSeal } from '../crypto/fieldCipher.ts';
import { LEGACY_CHAIN } from './auditWriter.ts';
import { chainHash, GENESIS_HASH } from './chainHash.ts';
import {
  checkpointHolds,
  compareWithCheckpoint,
  type Checkpoint,
  type CheckpointFinding,
} from './checkpoints.ts';

export type ChainResult =
  | {
      chain: string;
      ok: true;
      rows: number;
      head: string;
      /** Rows checked by their hash link only: written before sealing, or under a former key. */
      unsealed: number;
    }
  | {
      chain: string;
      ok: false;
      rows: number;
      brokenSeq: number;
      brokenChainSeq: number | null;
      reason: string;
    };

export type CheckpointResult =
  | { state: 'none' }
  | { state: 'checked'; at: string; findings: CheckpointFinding[] }
  | { state: 'refused'; reason: string };

export interface VerifyResult {
  ok: boolean;
  rows: number;
  chains: ChainResult[];
  checkpoint: CheckpointResult;
}

export interface VerifyOptions {
  /** The running key's seal: rows sealed with it are checked, and once one is, every later one must be. */
  seal?: AuditSeal;
  /** The latest checkpoint from outside the database. */
  checkpoint?: Checkpoint | null;
  batchSize?: number;
}

type Row = typeof auditEvents.$inferSelect;

/**
 * Walks one chain in order: the legacy chain by seq (as every row was linked before chains
 * existed), the others by chain_seq. The first row whose place, link or hash does not hold is named.
 */
async function verifyOne(
  db: Db,
  chain: string,
  batchSize: number,
  seal: AuditSeal | undefined,
): Promise<ChainResult> {
  const legacy = chain === LEGACY_CHAIN;
  const place = legacy ? auditEvents.seq : auditEvents.chainSeq;
  let prevHash = GENESIS_HASH;
  let expected = 1;
  let rows = 0;
  // Rows the running key cannot check form a prefix (before sealing, or before a rotation): a
  // rewrite among them changes the hash the first sealed row links to.
  let sealedSeen = false;
  let unsealed = 0;
  for (;;) {
    const batch: Row[] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.chain, chain), gt(place, expected - 1)))
      .orderBy(asc(place))
      .limit(batchSize);
    if (batch.length === 0) return { chain, ok: true, rows, head: prevHash, unsealed };
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
      const {
        prevHash: _p,
        hash,
        chain: _c,
        chainSeq,
        seq,
        seal: rowSeal,
        sealKey,
        ...common
      } = row;
      const fields = legacy ? { seq, ...common } : { chain, chainSeq: chainSeq ?? 0, ...common };
      if (chainHash(prevHash, fields) !== hash)
        return broken('row content does not match its hash');
      if (seal && sealKey === seal.keyId) {
        if (rowSeal !== seal.seal(hash))
          return broken(
            'row seal does not match: the row was rewritten and re-hashed without the key',
          );
        sealedSeen = true;
      } else if (seal && sealedSeen)
        return broken('row is not sealed with the running key, yet rows before it are');
      else unsealed++;
      prevHash = hash;
      expected++;
      rows++;
    }
  }
}

async function checkCheckpoint(
  db: Db,
  checkpoint: Checkpoint | null | undefined,
  seal: AuditSeal | undefined,
): Promise<CheckpointResult> {
  if (!checkpoint) return { state: 'none' };
  if (!seal) return { state: 'refused', reason: 'no key to check the checkpoint with' };
  if (checkpoint.keyId !== seal.keyId)
    return {
      state: 'refused',
      reason: `the latest checkpoint was sealed by key ${checkpoint.keyId}, not the running key ${seal.keyId}`,
    };
  if (!checkpointHolds(checkpoint, seal))
    return { state: 'refused', reason: 'the latest checkpoint was changed after it was sealed' };
  return {
    state: 'checked',
    at: checkpoint.at,
    findings: await compareWithCheckpoint(db, checkpoint),
  };
}

/**
 * Verifies every chain in the log (the legacy one, each county's and the platform's): each row's
 * link and hash, its seal under the running key, and each chain against the latest checkpoint.
 */
export async function verifyAuditChains(
  db: Db,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const found = await db
    .selectDistinct({ chain: auditEvents.chain })
    .from(auditEvents)
    .orderBy(sql`1`);
  const chains: ChainResult[] = [];
  for (const { chain } of found)
    chains.push(await verifyOne(db, chain, options.batchSize ?? 5000, options.seal));
  const checkpoint = await checkCheckpoint(db, options.checkpoint, options.seal);
  const checkpointOk =
    checkpoint.state === 'none' ||
    (checkpoint.state === 'checked' && checkpoint.findings.every((f) => f.ok));
  return {
    ok: chains.every((c) => c.ok) && checkpointOk,
    rows: chains.reduce((n, c) => n + c.rows, 0),
    chains,
    checkpoint,
  };
}
