import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../audit/appendAudit.ts';
import { revealRequests } from '../../db/schema/index.ts';
import { newestFirstPage } from '../../platform/newestFirstPage.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import type { RevealRequestView } from './schema.ts';

type Row = typeof revealRequests.$inferSelect;

const view = (row: Row): RevealRequestView => ({
  id: row.id,
  requesterUsername: row.requesterUsername,
  objectType: row.objectType,
  objectId: row.objectId,
  field: row.field,
  regionCode: row.regionCode,
  purpose: row.purpose,
  note: row.note,
  status: row.status,
  decidedBy: row.decidedBy,
  decidedAt: row.decidedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/** Reveal requests in the approver's scope, newest first. */
export async function listRevealRequests(
  ctx: Ctx,
  q: { status?: Row['status'] | undefined; page: number; pageSize: number },
): Promise<Page<RevealRequestView>> {
  const where = scoped(
    requireActor(ctx),
    'privacy.approve',
    revealRequests.regionCode,
    q.status ? eq(revealRequests.status, q.status) : undefined,
  );
  const { rows, total } = await newestFirstPage(ctx, revealRequests, where, q);
  return { items: rows.map(view), total };
}

/** Approves or denies a pending request (the county admin), audited; a decided one is a conflict. */
export async function decideRevealRequest(
  ctx: Ctx,
  id: string,
  decision: 'approve' | 'deny',
): Promise<RevealRequestView> {
  const actor = requireActor(ctx);
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(revealRequests)
      .where(scoped(actor, 'privacy.approve', revealRequests.regionCode, eq(revealRequests.id, id)))
      .for('update');
    if (!row) throw notFound();
    if (row.status !== 'pending')
      throw new AppError(
        'CONFLICT',
        { zh: '该申请已处理', en: 'This request has already been decided' },
        { status: row.status },
      );
    const now = tx.clock();
    const [updated] = await tx.db
      .update(revealRequests)
      .set({
        status: decision === 'approve' ? 'approved' : 'denied',
        decidedBy: actor.username,
        decidedAt: now,
        updatedAt: now,
      })
      .where(and(eq(revealRequests.id, id), eq(revealRequests.status, 'pending')))
      .returning();
    if (!updated) throw notFound();
    await appendAudit(tx, {
      action: decision === 'approve' ? 'privacy.reveal_approved' : 'privacy.reveal_denied',
      objectType: 'reveal_request',
      objectId: id,
      regionCode: row.regionCode,
      detail: { requester: row.requesterUsername, field: row.field },
    });
    return view(updated);
  });
}
