import { can } from '../../../domain/access/policy.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError } from '../../platform/errors.ts';
import { REVEALABLE } from './revealRegistry.ts';

export interface RevealRequest {
  objectType: string;
  objectId: string;
  field: string;
  purpose: string;
}

/** Shows one sensitive value in clear, to a holder of privacy.reveal over the object, and audits it. */
export async function reveal(ctx: Ctx, request: RevealRequest): Promise<{ value: string | null }> {
  const loader = REVEALABLE[request.objectType]?.[request.field];
  if (!loader)
    throw validationError([
      {
        path: 'body.field',
        message: `${request.objectType}.${request.field} is not a revealable field`,
      },
    ]);
  const actor = requireActor(ctx);
  return transaction(ctx, async (tx) => {
    const target = await loader(tx.db, request.objectId);
    if (!target || !can(actor, 'privacy.reveal', target.regionCode)) throw notFound();
    await appendAudit(tx, {
      action: 'privacy.reveal',
      objectType: request.objectType,
      objectId: request.objectId,
      regionCode: target.regionCode,
      detail: { field: request.field, purpose: request.purpose },
    });
    return { value: target.cipherText ? ctx.cipher.decrypt(target.cipherText) : null };
  });
}
