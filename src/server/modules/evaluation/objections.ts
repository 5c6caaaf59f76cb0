import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../audit/appendAudit.ts';
import { evaluationObjections, evaluations } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { scoped } from '../../platform/scope.ts';
import { newRow } from '../../platform/newRow.ts';
import { actorName, loadEvaluation, recordEvent } from './access.ts';
import { authorizeFinal } from './policy.ts';

/** A villager's objection during the notice window; their identity is kept for reviewers only. */
export async function fileObjection(ctx: Ctx, evaluationId: string, text: string) {
  return transaction(ctx, async (tx) => {
    const { evaluation: e } = await loadEvaluation(tx, evaluationId, 'evaluation.object', true);
    const now = tx.clock();
    if (e.stage !== 'notice' || !e.noticeEndsAt || e.noticeEndsAt <= now)
      throw new AppError('CONFLICT', {
        zh: '公示期已结束或尚未开始，不能提出异议',
        en: 'The public notice is not open; objections are closed',
      });
    const row = {
      ...newRow(now, e.regionCode),
      evaluationId: e.id,
      accountId: requireActor(tx).accountId,
      filerName: await actorName(tx),
      text,
      status: 'open' as const,
      upheld: null,
      answer: null,
      answeredBy: null,
      answeredAt: null,
      createdAt: now,
    };
    await tx.db.insert(evaluationObjections).values(row);
    // The history shows that an objection came in, not who filed it.
    await recordEvent(tx, e, 'objection', '—', {});
    await appendAudit(tx, {
      action: 'evaluation.objection.file',
      objectType: 'evaluation_objection',
      objectId: row.id,
      regionCode: e.regionCode,
      after: { evaluationId: e.id, text },
    });
    return { id: row.id, status: row.status, createdAt: now };
  });
}

/** The deciding role answers; an upheld objection sends the claim back to the subject. */
export async function answerObjection(
  ctx: Ctx,
  objectionId: string,
  body: { answer: string; upheld: boolean },
) {
  return transaction(ctx, async (tx) => {
    const [o] = await tx.db
      .select()
      .from(evaluationObjections)
      .where(
        scoped(
          requireActor(tx),
          'evaluation.review',
          evaluationObjections.regionCode,
          eq(evaluationObjections.id, objectionId),
        ),
      )
      .for('update');
    if (!o) throw notFound();
    const { evaluation: e, scheme } = await loadEvaluation(
      tx,
      o.evaluationId,
      'evaluation.review',
      true,
    );
    authorizeFinal(requireActor(tx), scheme, e.regionCode, 'objection');
    if (o.status !== 'open')
      throw new AppError('CONFLICT', {
        zh: '该异议已答复',
        en: 'This objection was already answered',
      });
    const now = tx.clock();
    const name = await actorName(tx);
    await tx.db
      .update(evaluationObjections)
      .set({
        status: 'answered',
        answer: body.answer,
        upheld: body.upheld,
        answeredBy: name,
        answeredAt: now,
      })
      .where(eq(evaluationObjections.id, o.id));
    if (body.upheld) {
      await tx.db
        .update(evaluations)
        .set({
          stage: 'claiming',
          stepIndex: 0,
          grantedStars: [],
          level: 0,
          noticeStartsAt: null,
          noticeEndsAt: null,
          updatedAt: now,
        })
        .where(and(eq(evaluations.id, e.id)));
    }
    await recordEvent(tx, e, body.upheld ? 'objectionUpheld' : 'objectionAnswered', name, {
      answer: body.answer,
    });
    await appendAudit(tx, {
      action: 'evaluation.objection.answer',
      objectType: 'evaluation_objection',
      objectId: o.id,
      regionCode: o.regionCode,
      after: body,
    });
    return { id: o.id, status: 'answered', upheld: body.upheld };
  });
}
