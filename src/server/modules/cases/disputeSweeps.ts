import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import { disputeSweeps } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { authorizeInRegion } from './policy.ts';

// 矛盾纠纷排查: the sweeps a village records (people out, disputes found), read with the cases by the statistics.
export async function recordSweep(
  ctx: Ctx,
  body: {
    regionCode: string;
    sweptOn: string;
    personTimes: number;
    found: number;
    resolved?: number | undefined;
    note?: string | undefined;
  },
) {
  const actor = requireActor(ctx);
  authorizeInRegion(actor, 'staff', body.regionCode);
  if (body.sweptOn > shanghaiDate(ctx.clock()))
    throw validationError([{ path: 'body.sweptOn', message: 'a sweep cannot lie in the future' }]);
  const resolved = body.resolved ?? 0;
  if (resolved > body.found)
    throw validationError([
      { path: 'body.resolved', message: 'cannot resolve more disputes than the sweep found' },
    ]);
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const id = uuidv7(now.getTime());
    const row = {
      id,
      regionCode: body.regionCode,
      countyCode: body.regionCode.slice(0, 6),
      sweptOn: body.sweptOn,
      personTimes: body.personTimes,
      found: body.found,
      resolved,
      note: body.note ?? null,
      createdBy: actor.accountId,
      createdAt: now,
    };
    await insertAudited(tx, disputeSweeps, row, {
      action: 'cases.sweep',
      objectType: 'dispute_sweep',
      after: { sweptOn: body.sweptOn, personTimes: body.personTimes, found: body.found, resolved },
    });
    return {
      id,
      regionCode: row.regionCode,
      sweptOn: row.sweptOn,
      personTimes: row.personTimes,
      found: row.found,
      resolved: row.resolved,
      note: row.note,
    };
  });
}
