import { desc, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/access/policy.ts';
import { isWithinScope, parseRegionCode } from '../../domain/region/regionCode.ts';
import type { Ctx } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { canonicalJson, sm3Hex } from '../crypto/sm3.ts';
import { auditEvents } from '../db/schema/index.ts';
import { chainHash, GENESIS_HASH, type ChainedFields } from './chainHash.ts';

// One chain for the whole database: the advisory lock orders concurrent writers.
export const AUDIT_CHAIN_LOCK = 7_243_001;

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

export type AuditRow = ChainedFields & { prevHash: string; hash: string };

/** The next chained row after `last` (undefined for the first row of the chain). */
export function nextAuditRow(last: { seq: number; hash: string } | undefined, entry: AuditEntry, who: { actor: Actor | null; requestId: string; now: Date }): AuditRow {
  const { actor } = who;
  const target = entry.regionCode;
  // The grant under which the actor acted: the one whose scope holds the object.
  const grant = actor && target ? actor.grants.find((g) => isWithinScope(target, g.regionCode)) : actor?.grants[0];
  const region = target ? parseRegionCode(target) : null;
  const fields: ChainedFields = {
    seq: (last?.seq ?? 0) + 1,
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
    countyCode: region?.ok ? region.info.countyCode : null,
    beforeDigest: entry.before === undefined ? null : sm3Hex(canonicalJson(entry.before)),
    afterDigest: entry.after === undefined ? null : sm3Hex(canonicalJson(entry.after)),
    detail: entry.detail ?? null,
    requestId: who.requestId,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  return { ...fields, prevHash, hash: chainHash(prevHash, fields) };
}

/** Appends one audit event inside the caller's transaction (DESIGN.md §2.7). */
export async function appendAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  if (!ctx.inTransaction) throw new Error('appendAudit must run inside the transaction of the change');
  await ctx.db.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await ctx.db.select({ seq: auditEvents.seq, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  await ctx.db.insert(auditEvents).values(nextAuditRow(last, entry, { actor: ctx.actor, requestId: ctx.requestId, now: ctx.clock() }));
}
