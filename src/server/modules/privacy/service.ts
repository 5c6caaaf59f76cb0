import { and, eq } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import { revealRequests } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound, validationError } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import { revealSettingsFromEnv, revealVolume } from './brake.ts';
import { REVEALABLE, type RevealTarget } from './revealRegistry.ts';
import type { RevealPurpose } from './schema.ts';

export interface RevealRequest {
  objectType: string;
  objectId: string;
  field: string;
  purpose: RevealPurpose;
  note?: string | undefined;
}

type Outcome = { ok: true; value: string | null } | { ok: false; error: AppError };

/**
 * Shows one sensitive value in clear, to a holder of privacy.reveal over the object, and audits it;
 * under the brake (brake.ts): past the per-minute rate, 429; past the day's threshold, a request
 * the county admin approves (approvals.ts) — an approved request is used by the next reveal of the
 * same field. The county admin approves and is not held for approval, but the volume is flagged.
 */
export async function reveal(
  ctx: Ctx,
  request: RevealRequest,
  /**
   * Set by a module whose policy already allowed this one reveal (a case's handler calling its
   * requester): the permission check is the module's, the audit and the brake stay the same.
   */
  grantedBy?: string,
): Promise<{ value: string | null }> {
  const loader = REVEALABLE[request.objectType]?.[request.field];
  if (!loader)
    throw validationError([
      {
        path: 'body.field',
        message: `${request.objectType}.${request.field} is not a revealable field`,
      },
    ]);
  const actor = requireActor(ctx);
  const settings = revealSettingsFromEnv();
  const now = ctx.clock();
  // A pending request must be committed even though the reveal is refused: decide inside, throw outside.
  const outcome = await transaction(ctx, async (tx): Promise<Outcome> => {
    const target = await loader(tx.db, request.objectId);
    if (!target || (!grantedBy && !can(actor, 'privacy.reveal', target.regionCode)))
      throw notFound();
    const volume = await revealVolume(tx, actor.accountId, now);
    if (volume.lastMinute >= settings.perMinute) {
      const freesAt = volume.minuteFreesAt?.getTime() ?? now.getTime() + 60_000;
      const seconds = Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000));
      return { ok: false, error: tooFast(seconds) };
    }
    const base = {
      objectType: request.objectType,
      objectId: request.objectId,
      regionCode: target.regionCode,
    };
    let approvalId: string | undefined;
    if (volume.lastDay >= settings.dailyApprovalThreshold) {
      if (!can(actor, 'privacy.approve', target.regionCode)) {
        approvalId = await useApproval(tx, actor.accountId, request);
        if (!approvalId) {
          const pending = await requestApproval(tx, request, target);
          return {
            ok: false,
            error: new AppError('APPROVAL_REQUIRED', undefined, { requestId: pending }),
          };
        }
      }
    }
    if (volume.lastDay + 1 === settings.dailyApprovalThreshold)
      await appendAudit(tx, {
        ...base,
        action: 'privacy.reveal_volume',
        detail: { revealsInDay: volume.lastDay + 1, threshold: settings.dailyApprovalThreshold },
      });
    await appendAudit(tx, {
      ...base,
      action: 'privacy.reveal',
      detail: {
        field: request.field,
        purpose: request.purpose,
        ...(request.note ? { note: request.note } : {}),
        ...(approvalId ? { approvalId } : {}),
        ...(grantedBy ? { grantedBy } : {}),
      },
    });
    return { ok: true, value: target.cipherText ? ctx.cipher.decrypt(target.cipherText) : null };
  });
  if (!outcome.ok) throw outcome.error;
  return { value: outcome.value };
}

function tooFast(retryAfterSeconds: number): AppError {
  return new AppError(
    'RATE_LIMITED',
    {
      zh: `查看过于频繁，请 ${retryAfterSeconds} 秒后再试`,
      en: `Too many reveals; try again in ${retryAfterSeconds} seconds`,
    },
    { retryAfterSeconds },
  );
}

const sameField = (requesterId: string, request: RevealRequest) =>
  and(
    eq(revealRequests.requesterId, requesterId),
    eq(revealRequests.objectType, request.objectType),
    eq(revealRequests.objectId, request.objectId),
    eq(revealRequests.field, request.field),
  );

/** Marks an approved request for this field used; its id, or undefined when there is none. */
async function useApproval(
  tx: Ctx,
  requesterId: string,
  request: RevealRequest,
): Promise<string | undefined> {
  const [used] = await tx.db
    .update(revealRequests)
    .set({ status: 'used', updatedAt: tx.clock() })
    .where(and(sameField(requesterId, request), eq(revealRequests.status, 'approved')))
    .returning({ id: revealRequests.id });
  return used?.id;
}

/** The pending request for this field (one per requester and field), created and audited when new. */
async function requestApproval(
  tx: Ctx,
  request: RevealRequest,
  target: RevealTarget,
): Promise<string> {
  const actor = requireActor(tx);
  const [open] = await tx.db
    .select({ id: revealRequests.id })
    .from(revealRequests)
    .where(and(sameField(actor.accountId, request), eq(revealRequests.status, 'pending')));
  if (open) return open.id;
  const now = tx.clock();
  const row = {
    ...newRow(now, target.regionCode),
    requesterId: actor.accountId,
    requesterUsername: actor.username,
    objectType: request.objectType,
    objectId: request.objectId,
    field: request.field,
    purpose: request.purpose,
    note: request.note ?? null,
    status: 'pending' as const,
    createdAt: now,
    updatedAt: now,
  };
  // no `after`: what is asked stands in the event's detail
  await insertAudited(tx, revealRequests, row, {
    action: 'privacy.reveal_requested',
    objectType: 'reveal_request',
    after: undefined,
    detail: {
      objectType: request.objectType,
      objectId: request.objectId,
      field: request.field,
      purpose: request.purpose,
    },
  });
  return row.id;
}
