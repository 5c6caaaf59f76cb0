import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { updateAudited } from '../../platform/auditedWrite.ts';
import { economyContracts, economyPayments } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError, type ValidationIssue } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { getContract } from './contracts.ts';
import { postIncome } from './income.ts';
import { findContract, type ContractRow } from './contractViews.ts';
import { authorizeEconomyWrite, mayReadEconomy } from './policy.ts';
import type { PaymentBody } from './schema.ts';
import type { ContractView } from './views.ts';

/**
 * Writes a payment and posts its fee to the income ledger (inside the caller's transaction): the
 * ledger is never typed, so the payment is the one entry. Shared by the API and the demo seed.
 */
export async function postPayment(
  tx: Pick<Ctx, 'db' | 'clock'>,
  contract: Pick<ContractRow, 'id' | 'regionCode' | 'countyCode'>,
  payment: { paidOn: string; amountFen: number; note: string | null; recordedBy: string },
) {
  const now = tx.clock();
  const tenant = { regionCode: contract.regionCode, countyCode: contract.countyCode };
  const row = {
    id: uuidv7(now.getTime()),
    ...tenant,
    contractId: contract.id,
    ...payment,
    createdAt: now,
  };
  await tx.db.insert(economyPayments).values(row);
  await postIncome(tx, {
    ...tenant,
    source: 'contract',
    recordKind: 'payment',
    recordId: row.id,
    postedOn: payment.paidOn,
    amountFen: payment.amountFen,
  });
  return row;
}

/** A village cadre records money paid on an active contract of their village. */
export async function recordPayment(
  ctx: Ctx,
  id: string,
  body: PaymentBody,
): Promise<ContractView> {
  const actor = requireActor(ctx);
  return transaction(ctx, async (tx) => {
    const contract = await findContract(tx, id);
    if (!contract || !mayReadEconomy(actor, contract.regionCode)) throw notFound();
    authorizeEconomyWrite(actor, contract.regionCode);
    const today = shanghaiDate(tx.clock());
    const problems: ValidationIssue[] = [
      ...(contract.status === 'terminated'
        ? [
            {
              path: 'params.id',
              message: `the contract was terminated on ${contract.terminatedOn ?? ''}`,
            },
          ]
        : []),
      ...(Number.isInteger(body.amountFen) && body.amountFen > 0
        ? []
        : [{ path: 'body.amountFen', message: 'must be whole 分, above 0' }]),
      ...(body.paidOn > today
        ? [{ path: 'body.paidOn', message: 'must not be in the future' }]
        : []),
      ...(body.paidOn < contract.startsOn
        ? [{ path: 'body.paidOn', message: 'before the contract starts' }]
        : []),
    ];
    if (problems.length > 0) throw validationError(problems);
    const row = await postPayment(tx, contract, {
      paidOn: body.paidOn,
      amountFen: body.amountFen,
      note: body.note ?? null,
      recordedBy: actor.accountId,
    });
    await updateAudited(
      tx,
      economyContracts,
      contract,
      { updatedAt: tx.clock() },
      { action: 'economy.contract.payment', objectType: 'economyContract', after: row },
    );
    return getContract(tx, id);
  });
}
