import { asc, count, desc } from 'drizzle-orm';
import { auditEvents } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { offsetOf } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';

/** Audit events of objects inside the actor's audit scope, newest first by default. */
export async function listAuditEvents(
  ctx: Ctx,
  q: { order: 'asc' | 'desc'; page: number; pageSize: number },
) {
  const where = scoped(requireActor(ctx), 'audit.read', auditEvents.regionCode);
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
      requestId: auditEvents.requestId,
    })
    .from(auditEvents)
    .where(where)
    .orderBy(q.order === 'asc' ? asc(auditEvents.seq) : desc(auditEvents.seq))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return {
    items: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })),
    total: total?.n ?? 0,
  };
}
