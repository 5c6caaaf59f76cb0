import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { AuditSeal } from '../crypto/fieldCipher.ts';
import { canonicalJson } from '../crypto/sm3.ts';
import type { Db } from '../db/client.ts';
import { LEGACY_CHAIN } from './auditWriter.ts';

/**
 * Checkpoints of the audit chains, kept outside the database (issue 16 finding 1): each records
 * every chain's head — its place (chain_seq; seq for the legacy chain) and hash — sealed with the
 * key outside the database. Whoever holds the database can cut a chain's tail or re-hash a rewrite
 * so the chain links again; the last checkpoint still names the head that was there, and
 * `audit verify` finds the row gone or changed.
 */
export interface ChainHead {
  chain: string;
  place: number;
  hash: string;
}

export interface Checkpoint {
  v: 1;
  at: string;
  keyId: string;
  chains: ChainHead[];
  seal: string;
}

const unsealed = (cp: Omit<Checkpoint, 'seal'>) =>
  canonicalJson({ v: cp.v, at: cp.at, keyId: cp.keyId, chains: cp.chains });

export function sealCheckpoint(heads: ChainHead[], at: Date, seal: AuditSeal): Checkpoint {
  const body = { v: 1 as const, at: at.toISOString(), keyId: seal.keyId, chains: heads };
  return { ...body, seal: seal.seal(unsealed(body)) };
}

/** Whether the checkpoint was sealed by this key and is unchanged since. */
export function checkpointHolds(cp: Checkpoint, seal: AuditSeal): boolean {
  return cp.keyId === seal.keyId && cp.seal === seal.seal(unsealed(cp));
}

type Rows = { rows: Record<string, unknown>[] };

/** Each chain's last row, found through the (chain, chain_seq) index without reading the log. */
export async function readChainHeads(db: Db): Promise<ChainHead[]> {
  const found = (await db.execute(sql`
    WITH RECURSIVE c AS (
      SELECT min(chain) AS chain FROM audit_events
      UNION ALL
      SELECT (SELECT min(chain) FROM audit_events WHERE chain > c.chain) FROM c WHERE c.chain IS NOT NULL
    )
    SELECT chain FROM c WHERE chain IS NOT NULL`)) as unknown as Rows;
  const heads: ChainHead[] = [];
  for (const { chain } of found.rows) {
    const name = String(chain);
    const place = name === LEGACY_CHAIN ? sql`seq` : sql`chain_seq`;
    const head = (await db.execute(
      sql`SELECT ${place} AS place, hash FROM audit_events WHERE chain = ${name} ORDER BY ${place} DESC LIMIT 1`,
    )) as unknown as Rows;
    const row = head.rows[0];
    if (row) heads.push({ chain: name, place: Number(row.place), hash: String(row.hash) });
  }
  return heads;
}

/** Appends one checkpoint as a line of JSON and flushes it to the disk before returning. */
export function appendCheckpoint(file: string, cp: Checkpoint): void {
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(cp)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The file's last checkpoint (null when there is none yet); a line that does not parse is refused. */
export function latestCheckpoint(file: string): Checkpoint | null {
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const last = lines.at(-1);
  if (!last) return null;
  const parsed = JSON.parse(last) as Checkpoint;
  if (parsed.v !== 1 || !Array.isArray(parsed.chains))
    throw new Error(`${file}: the last line is not a checkpoint`);
  return parsed;
}

export type CheckpointFinding =
  | { chain: string; ok: true; place: number }
  | { chain: string; ok: false; place: number; reason: string };

/**
 * Each chain the checkpoint saw must still hold the row it saw as its head, with the same hash;
 * rows after it were written since. A chain cut below that row, or a row re-hashed, is named.
 */
export async function compareWithCheckpoint(db: Db, cp: Checkpoint): Promise<CheckpointFinding[]> {
  const findings: CheckpointFinding[] = [];
  for (const head of cp.chains) {
    const place = head.chain === LEGACY_CHAIN ? sql`seq` : sql`chain_seq`;
    const found = (await db.execute(
      sql`SELECT hash FROM audit_events WHERE chain = ${head.chain} AND ${place} = ${head.place}`,
    )) as unknown as Rows;
    const row = found.rows[0];
    if (!row) {
      const last = (await db.execute(
        sql`SELECT max(${place}) AS place FROM audit_events WHERE chain = ${head.chain}`,
      )) as unknown as Rows;
      const end = last.rows[0]?.place;
      findings.push({
        chain: head.chain,
        ok: false,
        place: head.place,
        reason: `truncated: the checkpoint of ${cp.at} saw row ${head.place}; the chain now ${end === null || end === undefined ? 'has no rows' : `ends at row ${String(end)}`}`,
      });
    } else if (String(row.hash) !== head.hash)
      findings.push({
        chain: head.chain,
        ok: false,
        place: head.place,
        reason: `rewritten: row ${head.place} no longer has the hash the checkpoint of ${cp.at} saw`,
      });
    else findings.push({ chain: head.chain, ok: true, place: head.place });
  }
  return findings;
}
