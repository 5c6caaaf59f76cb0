import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { reveal } from '../privacy/service.ts';
import { loadVisible, me } from './access.ts';
import { authorizeCase } from './policy.ts';

/**
 * 一键拨号: the handler of a case reads the requester's phone to call them. The case policy decides
 * who may (the `call` deed: the case's handlers); the number is revealed like any other — audited
 * as privacy.reveal with the case named, under the same per-minute rate and daily approval.
 */
export async function callRequester(ctx: Ctx, caseId: string): Promise<{ phone: string | null }> {
  const m = await me(ctx);
  const row = await loadVisible(ctx, m, caseId);
  authorizeCase(m, row, 'call');
  if (!row.requesterPersonId)
    throw new AppError('CONFLICT', {
      zh: '该事项的反映人不在人员名册中，无法拨号',
      en: 'The requester is not in the directory: there is no number to call',
    });
  const { value } = await reveal(
    ctx,
    {
      objectType: 'person',
      objectId: row.requesterPersonId,
      field: 'phone',
      purpose: 'contact_person',
    },
    `case:${caseId}`,
  );
  return { phone: value };
}
