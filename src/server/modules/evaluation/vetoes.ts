import { and, eq } from 'drizzle-orm';
import { levelOf, starsRemovedBy } from '../../../domain/evaluation/evaluate.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { evaluationEvidence, evaluations, evaluationVetoes } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound, validationError } from '../../platform/errors.ts';
import { scoped } from '../../platform/scope.ts';
import { newRow } from '../../platform/newRow.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { actorName, loadEvaluation, recordEvent } from './access.ts';
import { authorizeFinal } from './policy.ts';

/**
 * A veto event recorded after the award (a criminal case, an accident, a 红白事 violation, a
 * 软弱涣散 designation): proposes removing the stars the scheme's veto names (摘星).
 */
export async function recordVeto(
  ctx: Ctx,
  evaluationId: string,
  body: { vetoKey: string; description: string; evidenceId?: string | undefined },
) {
  return transaction(ctx, async (tx) => {
    const { evaluation: e, scheme } = await loadEvaluation(
      tx,
      evaluationId,
      'evaluation.review',
      true,
    );
    if (!scheme.vetoes.some((v) => v.key === body.vetoKey))
      throw validationError([
        { path: 'body.vetoKey', message: `no veto ${body.vetoKey} in this scheme` },
      ]);
    if (e.stage !== 'awarded')
      throw new AppError('CONFLICT', {
        zh: '只有已授星的对象可以登记否决事项',
        en: 'A veto event is recorded against awarded stars',
      });
    const stars = starsRemovedBy(scheme, body.vetoKey).filter((k) => e.heldStars.includes(k));
    if (stars.length === 0)
      throw new AppError('CONFLICT', {
        zh: '该否决事项涉及的星已不在',
        en: 'None of the stars this veto removes is held',
      });
    if (body.evidenceId) {
      const [ev] = await tx.db
        .select({ id: evaluationEvidence.id })
        .from(evaluationEvidence)
        .where(
          and(
            eq(evaluationEvidence.id, body.evidenceId),
            eq(evaluationEvidence.evaluationId, e.id),
          ),
        );
      if (!ev)
        throw validationError([
          { path: 'body.evidenceId', message: 'no such evidence on this evaluation' },
        ]);
    }
    await refuseIfExists(
      tx,
      evaluationVetoes,
      and(
        eq(evaluationVetoes.evaluationId, e.id),
        eq(evaluationVetoes.vetoKey, body.vetoKey),
        eq(evaluationVetoes.status, 'proposed'),
      ),
      {
        zh: '该否决事项已登记，待认定',
        en: 'This veto is already proposed and awaits a decision',
      },
    );
    const now = tx.clock();
    const name = await actorName(tx);
    const row = {
      ...newRow(now, e.regionCode),
      evaluationId: e.id,
      vetoKey: body.vetoKey,
      stars,
      description: body.description,
      evidenceId: body.evidenceId ?? null,
      recordedBy: name,
      status: 'proposed' as const,
      decidedBy: null,
      decidedAt: null,
      comment: null,
      createdAt: now,
    };
    await tx.db.insert(evaluationVetoes).values(row);
    await recordEvent(tx, e, 'vetoProposed', name, { veto: body.vetoKey, stars });
    await appendAudit(tx, {
      action: 'evaluation.veto.record',
      objectType: 'evaluation_veto',
      objectId: row.id,
      regionCode: e.regionCode,
      after: row,
    });
    return { id: row.id, status: row.status, stars };
  });
}

/** The scheme's deciding role confirms (摘星) or rejects the removal. */
export async function decideVeto(
  ctx: Ctx,
  vetoId: string,
  body: { remove: boolean; comment: string },
) {
  return transaction(ctx, async (tx) => {
    const [v] = await tx.db
      .select()
      .from(evaluationVetoes)
      .where(
        scoped(
          requireActor(tx),
          'evaluation.review',
          evaluationVetoes.regionCode,
          eq(evaluationVetoes.id, vetoId),
        ),
      )
      .for('update');
    if (!v) throw notFound();
    const { evaluation: e, scheme } = await loadEvaluation(
      tx,
      v.evaluationId,
      'evaluation.review',
      true,
    );
    authorizeFinal(requireActor(tx), scheme, e.regionCode, 'veto');
    if (v.status !== 'proposed')
      throw new AppError('CONFLICT', {
        zh: '该否决事项已认定',
        en: 'This veto was already decided',
      });
    const now = tx.clock();
    const name = await actorName(tx);
    await tx.db
      .update(evaluationVetoes)
      .set({
        status: body.remove ? 'removed' : 'rejected',
        decidedBy: name,
        decidedAt: now,
        comment: body.comment,
      })
      .where(eq(evaluationVetoes.id, v.id));
    let held = e.heldStars;
    if (body.remove) {
      held = e.heldStars.filter((k) => !v.stars.includes(k));
      await tx.db
        .update(evaluations)
        .set({ heldStars: held, grantedStars: held, level: levelOf(scheme, held), updatedAt: now })
        .where(eq(evaluations.id, e.id));
    }
    await recordEvent(tx, e, body.remove ? 'starsRemoved' : 'vetoRejected', name, {
      veto: v.vetoKey,
      stars: v.stars,
      comment: body.comment,
    });
    await appendAudit(tx, {
      action: 'evaluation.veto.decide',
      objectType: 'evaluation_veto',
      objectId: v.id,
      regionCode: v.regionCode,
      before: { held: e.heldStars },
      after: { held, remove: body.remove },
    });
    return {
      id: v.id,
      status: body.remove ? 'removed' : 'rejected',
      heldStars: held,
      level: levelOf(scheme, held),
    };
  });
}
