import { and, eq } from 'drizzle-orm';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { acceptanceBlocker, noEvents } from '../../../domain/zero/events.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import { zeroAcceptances } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { authorizeAccept } from './policy.ts';
import { requireUnitInRegion } from './unitInRegion.ts';
import { subjectKey, zeroTally } from './tally.ts';

/**
 * 评定验收: the county decides a village's (or unit's) 三零 year, on the record with the counts it
 * saw. Passing a year with a recorded event is refused (409); a year is decided once.
 */
export async function acceptZeroYear(
  ctx: Ctx,
  body: {
    regionCode: string;
    unitId?: string | undefined;
    year: number;
    accepted: boolean;
    comment: string;
  },
) {
  const actor = requireActor(ctx);
  authorizeAccept(actor, body.regionCode);
  if (body.year > Number(shanghaiDate(ctx.clock()).slice(0, 4)))
    throw validationError([{ path: 'body.year', message: 'a year not begun cannot be accepted' }]);
  return transaction(ctx, async (tx) => {
    // The unit must lie in the record's region: one the caller cannot see is reported as missing.
    await requireUnitInRegion(tx, body.unitId, body.regionCode);
    const subject = subjectKey(body.regionCode, body.unitId);
    const counts = (await zeroTally(tx, body.regionCode, body.year)).get(subject) ?? noEvents();
    const blocker = acceptanceBlocker(counts);
    if (body.accepted && blocker)
      throw new AppError('CONFLICT', {
        zh: `不能验收通过：${blocker}`,
        en: 'A year with a recorded petition, accident or criminal case cannot pass',
      });
    await refuseIfExists(
      tx,
      zeroAcceptances,
      and(eq(zeroAcceptances.subject, subject), eq(zeroAcceptances.year, body.year)),
      {
        zh: '该年度已评定验收',
        en: 'This year has been decided already',
      },
    );
    const now = tx.clock();
    const row = {
      ...newRow(now, body.regionCode),
      subject,
      unitId: body.unitId ?? null,
      year: body.year,
      accepted: body.accepted,
      comment: body.comment,
      counts,
      decidedBy: actor.accountId,
      decidedAt: now,
    };
    await insertAudited(tx, zeroAcceptances, row, {
      action: 'zero.accept',
      objectType: 'zero_acceptance',
      after: { subject, year: row.year, accepted: row.accepted, counts },
    });
    return {
      id: row.id,
      subject,
      regionCode: row.regionCode,
      unitId: row.unitId,
      year: row.year,
      accepted: row.accepted,
      comment: row.comment,
      counts,
      decidedAt: now.toISOString(),
    };
  });
}
