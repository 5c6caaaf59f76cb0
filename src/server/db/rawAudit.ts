import type { Actor } from '../../domain/access/policy.ts';
import { AUDIT_CHAIN_LOCK, nextAuditRow, type AuditEntry } from '../audit/appendAudit.ts';

export type RawQuery = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** appendAudit for code that holds a driver transaction instead of a Drizzle one (bulk COPY loads). */
export async function appendAuditRaw(query: RawQuery, entry: AuditEntry, who: { actor: Actor | null; requestId: string; now: Date }): Promise<void> {
  await query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const { rows } = await query('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1', []);
  const last = rows[0] ? { seq: Number(rows[0].seq), hash: String(rows[0].hash) } : undefined;
  const r = nextAuditRow(last, entry, who);
  await query(
    `INSERT INTO audit_events (seq, id, occurred_at, actor_id, actor_username, role, scope, action, object_type, object_id, region_code, county_code, before_digest, after_digest, detail, request_id, prev_hash, hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)`,
    [r.seq, r.id, r.occurredAt, r.actorId, r.actorUsername, r.role, r.scope, r.action, r.objectType, r.objectId, r.regionCode, r.countyCode, r.beforeDigest, r.afterDigest, r.detail === null ? null : JSON.stringify(r.detail), r.requestId, r.prevHash, r.hash],
  );
}
