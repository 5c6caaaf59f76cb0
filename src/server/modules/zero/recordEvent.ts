import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import { zeroEvents } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import type { ZeroEventKind } from '../../../domain/zero/events.ts';
import { authorizeRecord } from './policy.ts';
import { requireUnitInRegion } from './unitInRegion.ts';

/** Records a 三零 event (越级上访, 安全事故, 刑事案件) where the caller is staff; never in the future. */
export async function recordZeroEvent(
  ctx: Ctx,
  body: {
    regionCode: string;
    unitId?: string | undefined;
    kind: ZeroEventKind;
    occurredOn: string;
    description: string;
  },
) {
  const actor = requireActor(ctx);
  authorizeRecord(actor, body.regionCode);
  if (body.occurredOn > shanghaiDate(ctx.clock()))
    throw validationError([
      { path: 'body.occurredOn', message: 'an event cannot lie in the future' },
    ]);
  return transaction(ctx, async (tx) => {
    // The unit must lie in the record's region: one the caller cannot see is reported as missing.
    await requireUnitInRegion(tx, body.unitId, body.regionCode);
    const now = tx.clock();
    const row = {
      ...newRow(now, body.regionCode),
      unitId: body.unitId ?? null,
      kind: body.kind,
      occurredOn: body.occurredOn,
      description: body.description,
      createdBy: actor.accountId,
      createdAt: now,
    };
    await insertAudited(tx, zeroEvents, row, {
      action: 'zero.event',
      objectType: 'zero_event',
      after: { kind: row.kind, occurredOn: row.occurredOn, unitId: row.unitId },
    });
    return {
      id: row.id,
      regionCode: row.regionCode,
      unitId: row.unitId,
      kind: row.kind,
      occurredOn: row.occurredOn,
      description: row.description,
    };
  });
}
