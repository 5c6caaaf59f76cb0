import { and, asc, count, desc, eq, gte, like, lt, or, type SQL } from 'drizzle-orm';
import { auditEvents, regions } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { offsetOf } from '../../platform/pagination.ts';
import { scoped, withinRegion } from '../../platform/scope.ts';
import type { ListAuditQuery } from './schema.ts';

const DAY_MS = 86_400_000;

/** The filters of the audit log, inside the actor's audit scope. */
function auditWhere(ctx: Ctx, q: ListAuditQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    scoped(requireActor(ctx), 'audit.read', auditEvents.regionCode),
  ];
  if (q.actor) conditions.push(eq(auditEvents.actorUsername, q.actor));
  if (q.action) {
    conditions.push(
      or(eq(auditEvents.action, q.action), like(auditEvents.action, `${q.action}.%`)),
    );
  }
  if (q.objectType) conditions.push(eq(auditEvents.objectType, q.objectType));
  if (q.objectId) conditions.push(eq(auditEvents.objectId, q.objectId));
  if (q.region) conditions.push(withinRegion(auditEvents.regionCode, q.region));
  // days in China Standard Time, as the log shows its times (DESIGN §5)
  if (q.from) conditions.push(gte(auditEvents.occurredAt, new Date(`${q.from}T00:00:00+08:00`)));
  if (q.to) {
    conditions.push(
      lt(auditEvents.occurredAt, new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + DAY_MS)),
    );
  }
  return and(...conditions);
}

/** Audit events of objects inside the actor's audit scope, filtered, newest first by default. */
export async function listAuditEvents(ctx: Ctx, q: ListAuditQuery) {
  const where = auditWhere(ctx, q);
  const [total] = await ctx.db.select({ n: count() }).from(auditEvents).where(where);
  const rows = await ctx.db
    .select({
      seq: auditEvents.seq,
      occurredAt: auditEvents.occurredAt,
      actorUsername: auditEvents.actorUsername,
      role: auditEvents.role,
      action: auditEvents.action,
      objectType: auditEvents.objectType,
      objectId: auditEvents.objectId,
      regionCode: auditEvents.regionCode,
      regionName: regions.name,
      requestId: auditEvents.requestId,
    })
    .from(auditEvents)
    .leftJoin(regions, eq(regions.code, auditEvents.regionCode))
    .where(where)
    .orderBy(q.order === 'asc' ? asc(auditEvents.seq) : desc(auditEvents.seq))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return {
    items: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })),
    total: total?.n ?? 0,
  };
}
