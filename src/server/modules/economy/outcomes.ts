import { updateAudited } from '../../platform/auditedWrite.ts';
import { economyContracts } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError } from '../../platform/errors.ts';
import { setAssetStatus } from './assets.ts';
import { getContract } from './contracts.ts';
import { findContract } from './contractViews.ts';
import { authorizeEconomyWrite, mayReadEconomy } from './policy.ts';
import type { OutcomeBody } from './schema.ts';
import type { ContractView } from './views.ts';

/**
 * Records a contract's 清化收 outcome with the yearly income it added: 规范 and 重签 keep it
 * running (a 重签 contract's new terms are a contract of their own), 收回 ends it and frees the asset.
 */
export async function setOutcome(ctx: Ctx, id: string, body: OutcomeBody): Promise<ContractView> {
  const actor = requireActor(ctx);
  return transaction(ctx, async (tx) => {
    const contract = await findContract(tx, id);
    if (!contract || !mayReadEconomy(actor, contract.regionCode)) throw notFound();
    authorizeEconomyWrite(actor, contract.regionCode);
    if (!(Number.isInteger(body.incomeAddedFen) && body.incomeAddedFen >= 0))
      throw validationError([
        { path: 'body.incomeAddedFen', message: 'must be whole 分, not negative' },
      ]);
    if (body.on < contract.startsOn)
      throw validationError([{ path: 'body.on', message: 'before the contract starts' }]);
    const now = tx.clock();
    const change = {
      outcome: body.outcome,
      outcomeOn: body.on,
      outcomeNote: body.note ?? null,
      incomeAddedFen: body.incomeAddedFen,
      ...(body.outcome === 'recovered' ? { status: 'terminated', terminatedOn: body.on } : {}),
      updatedAt: now,
    };
    await updateAudited(tx, economyContracts, contract, change, {
      action: 'economy.contract.outcome',
      objectType: 'economyContract',
      before: contract,
      after: change,
    });
    if (body.outcome === 'recovered') await setAssetStatus(tx, contract.assetId, 'idle', now);
    return getContract(tx, id);
  });
}
