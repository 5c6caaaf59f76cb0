import type { Actor } from '../../domain/access/policy.ts';
import { isWithinScope, parseRegionCode } from '../../domain/region/regionCode.ts';
import type { AuditSeal } from '../crypto/fieldCipher.ts';
import { canonicalJson, sm3Hex } from '../crypto/sm3.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { chainHash, GENESIS_HASH, type LinkedFields } from './chainHash.ts';

/**
 * The one place audit rows are chained. Each county has its own hash chain (`chain` = its county
 * code) and the platform one more for events with no county (`platform`), so writes in different
 * counties never wait on each other: a writer locks only its chain (an advisory lock keyed by the
 * chain's name), reads that chain's head and links its rows after it. Rows written before chains
 * existed stay in the `legacy` chain, verified as they always were. The three ways in — one row in a
 * Drizzle transaction, many rows by COPY, a driver transaction of a bulk load — differ only in how
 * they run SQL (`AuditSql`).
 */
export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
  /** For events without a session actor (a failed login names the attempted username). */
  actorUsername?: string;
}

export interface AuditWho {
  actor: Actor | null;
  requestId: string;
  now: Date;
}

/** A row as stored: its place in the table (`seq`), its chain link and hash, and the hash's seal. */
export type AuditRow = LinkedFields & {
  seq: number;
  prevHash: string;
  hash: string;
  seal: string | null;
  sealKey: string | null;
};

/** How a caller runs the writer's few statements inside its own open transaction. */
export interface AuditSql {
  query(text: string, params: unknown[]): Promise<Record<string, unknown>[]>;
  insert(rows: readonly AuditRow[]): Promise<void>;
  /** Seals each row's hash with the key kept outside the database. */
  seal: AuditSeal;
}

export const PLATFORM_CHAIN = 'platform';
export const LEGACY_CHAIN = 'legacy';
export const chainOf = (countyCode: string | null): string => countyCode ?? PLATFORM_CHAIN;

type Unlinked = Omit<LinkedFields, 'chainSeq'>;

function describe(entry: AuditEntry, who: AuditWho): Unlinked {
  const { actor } = who;
  const target = entry.regionCode;
  // The grant under which the actor acted: the one whose scope holds the object.
  const grant =
    actor && target
      ? actor.grants.find((g) => isWithinScope(target, g.regionCode))
      : actor?.grants[0];
  const region = target ? parseRegionCode(target) : null;
  const countyCode = region?.ok ? region.info.countyCode : null;
  return {
    chain: chainOf(countyCode),
    id: uuidv7(who.now.getTime()),
    occurredAt: who.now,
    actorId: actor?.accountId ?? null,
    actorUsername: actor?.username ?? entry.actorUsername ?? null,
    role: grant?.role ?? null,
    scope: grant?.scope ?? null,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    regionCode: target ?? null,
    countyCode,
    beforeDigest: entry.before === undefined ? null : sm3Hex(canonicalJson(entry.before)),
    afterDigest: entry.after === undefined ? null : sm3Hex(canonicalJson(entry.after)),
    detail: entry.detail ?? null,
    requestId: who.requestId,
  };
}

/**
 * Appends `entries` in order inside the caller's transaction. Chains are locked in name order, so
 * two writers that touch the same two counties cannot deadlock.
 */
export function writeAudit(
  db: AuditSql,
  entries: readonly AuditEntry[],
  who: AuditWho,
): Promise<void> {
  return writeAuditOf(
    db,
    entries.map((entry) => ({ entry, who })),
  );
}

// Advisory locks in their own key space: (space, hashtext(chain)).
const AUDIT_LOCK_SPACE = 7_243_001;

/** As `writeAudit`, each entry with its own actor and time (entries queued over a transaction). */
export async function writeAuditOf(
  db: AuditSql,
  items: readonly { entry: AuditEntry; who: AuditWho }[],
): Promise<void> {
  if (items.length === 0) return;
  const described = items.map(({ entry, who }) => describe(entry, who));
  const seqs = await db.query(
    `SELECT nextval('audit_events_seq')::bigint AS seq FROM generate_series(1, $1::int)`,
    [described.length],
  );
  const rows: AuditRow[] = [];
  const chains = [...new Set(described.map((d) => d.chain))].sort();
  const links = new Map<string, { chainSeq: number; hash: string }>();
  for (const chain of chains) {
    await db.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2::text))', [
      AUDIT_LOCK_SPACE,
      chain,
    ]);
    const [head] = await db.query(
      'SELECT chain_seq, hash FROM audit_events WHERE chain = $1 ORDER BY chain_seq DESC LIMIT 1',
      [chain],
    );
    links.set(
      chain,
      head
        ? { chainSeq: Number(head.chain_seq), hash: String(head.hash) }
        : { chainSeq: 0, hash: GENESIS_HASH },
    );
  }
  described.forEach((fields, i) => {
    const last = links.get(fields.chain)!;
    const linked: LinkedFields = { ...fields, chainSeq: last.chainSeq + 1 };
    const hash = chainHash(last.hash, linked);
    rows.push({
      ...linked,
      seq: Number(seqs[i]!.seq),
      prevHash: last.hash,
      hash,
      seal: db.seal.seal(hash),
      sealKey: db.seal.keyId,
    });
    links.set(fields.chain, { chainSeq: linked.chainSeq, hash });
  });
  await db.insert(rows);
}

/** The columns of audit_events in the order the raw INSERT and COPY write them. */
export const AUDIT_COLUMNS = [
  'seq',
  'chain',
  'chain_seq',
  'id',
  'occurred_at',
  'actor_id',
  'actor_username',
  'role',
  'scope',
  'action',
  'object_type',
  'object_id',
  'region_code',
  'county_code',
  'before_digest',
  'after_digest',
  'detail',
  'request_id',
  'prev_hash',
  'hash',
  'seal',
  'seal_key',
] as const;

export function auditValues(r: AuditRow): unknown[] {
  return [
    r.seq,
    r.chain,
    r.chainSeq,
    r.id,
    r.occurredAt,
    r.actorId,
    r.actorUsername,
    r.role,
    r.scope,
    r.action,
    r.objectType,
    r.objectId,
    r.regionCode,
    r.countyCode,
    r.beforeDigest,
    r.afterDigest,
    r.detail === null ? null : JSON.stringify(r.detail),
    r.requestId,
    r.prevHash,
    r.hash,
    r.seal,
    r.sealKey,
  ];
}

/** For code that holds a driver transaction instead of a Drizzle one (bulk COPY loads). */
export function rawAuditSql(
  query: (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>,
  seal: AuditSeal,
): AuditSql {
  return {
    seal,
    query: async (text, params) => (await query(text, params)).rows,
    async insert(rows) {
      for (const r of rows) {
        const values = auditValues(r);
        await query(
          `INSERT INTO audit_events (${AUDIT_COLUMNS.join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`,
          values,
        );
      }
    },
  };
}
