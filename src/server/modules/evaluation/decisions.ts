import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { levelOf } from '../../../domain/evaluation/evaluate.ts';
import { afterApproval, currentStep } from '../../../domain/evaluation/workflow.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import {
  evaluationDecisions,
  evaluationEvidence,
  evaluationObjections,
  evaluationRounds,
  evaluations,
  type StarVerdict,
} from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import { actorName, loadEvaluation, recordEvent, type Loaded } from './access.ts';
import { metricSnapshot } from './metricRegistry.ts';
import { authorizeGroupStep } from './groupRule.ts';
import { authorizeFinal, authorizeStep } from './policy.ts';

const DAY_MS = 86_400_000;

export interface DecisionInput {
  step: string;
  outcome: 'approve' | 'sendBack';
  stars: StarVerdict[];
  comment: string;
}

/**
 * 十大 selections name ten per title: a star whose quota the round's notices and awards already
 * fill is refused (409). The round row is locked so two last decisions cannot both take the last place.
 */
async function checkQuota(tx: Ctx, l: Loaded, granted: string[]): Promise<void> {
  const quota = l.scheme.starQuota;
  if (quota === undefined) return;
  await tx.db
    .select({ id: evaluationRounds.id })
    .from(evaluationRounds)
    .where(eq(evaluationRounds.id, l.round.id))
    .for('update');
  for (const star of granted) {
    const [taken] = await tx.db
      .select({ n: count() })
      .from(evaluations)
      .where(
        and(
          eq(evaluations.roundId, l.round.id),
          ne(evaluations.id, l.evaluation.id),
          inArray(evaluations.stage, ['notice', 'awarded']),
          sql`${evaluations.grantedStars} @> ARRAY[${star}]::text[]`,
        ),
      );
    if ((taken?.n ?? 0) >= quota) {
      const name = l.scheme.stars.find((s) => s.key === star)?.name ?? star;
      throw new AppError(
        'CONFLICT',
        {
          zh: `“${name}”本轮名额（${quota} 名）已满`,
          en: `The round's ${quota} places for ${star} are taken`,
        },
        { star, quota },
      );
    }
  }
}

/**
 * A step decides star by star (评星 / 定星 / 审核 / 认定), in the scheme's order and by its role;
 * the metric values are frozen with their sources. The last step opens the public notice.
 */
export async function decide(ctx: Ctx, evaluationId: string, body: DecisionInput) {
  return transaction(ctx, async (tx) => {
    const l = await loadEvaluation(tx, evaluationId, 'evaluation.review', true);
    const { evaluation: e, scheme } = l;
    if (!scheme.steps.some((s) => s.key === body.step))
      throw validationError([
        { path: 'body.step', message: `no step ${body.step} in this scheme` },
      ]);
    const step = e.stage === 'review' ? currentStep(scheme, e.grantedStars, e.stepIndex) : null;
    if (!step || step.key !== body.step)
      throw new AppError(
        'CONFLICT',
        {
          zh: `当前不在“${scheme.steps.find((s) => s.key === body.step)?.name ?? body.step}”环节`,
          en: `The evaluation is not at step ${body.step}`,
        },
        { stage: e.stage, step: step?.key ?? null },
      );
    authorizeStep(requireActor(tx), step, e.regionCode);
    await authorizeGroupStep(tx, requireActor(tx), step, e.id);
    const now = tx.clock();
    let granted = e.grantedStars;
    if (body.outcome === 'approve') {
      const verdicts = new Map(body.stars.map((v) => [v.key, v]));
      const missing = e.grantedStars.find((k) => !verdicts.has(k));
      if (missing)
        throw validationError([
          { path: 'body.stars', message: `decide every standing star; ${missing} has no verdict` },
        ]);
      const extra = body.stars.find((v) => !e.grantedStars.includes(v.key));
      if (extra)
        throw validationError([
          {
            path: 'body.stars',
            message: `${extra.key} is not claimed or was refused at an earlier step`,
          },
        ]);
      granted = e.grantedStars.filter((k) => verdicts.get(k)?.granted === true);
    } else if (body.comment.length === 0)
      throw validationError([{ path: 'body.comment', message: 'say why the claim goes back' }]);
    const evidence = await tx.db
      .select({ id: evaluationEvidence.id, name: evaluationEvidence.name })
      .from(evaluationEvidence)
      .where(eq(evaluationEvidence.evaluationId, e.id));
    const metrics = await metricSnapshot(
      tx,
      scheme,
      { id: e.subjectId, subjectType: e.subjectType, regionCode: e.regionCode },
      e.claim,
      new Map(evidence.map((x) => [x.id, x.name])),
      l.round.period,
    );
    const decision = {
      ...newRow(now, e.regionCode),
      evaluationId: e.id,
      stepKey: step.key,
      role: step.role,
      actorId: requireActor(tx).accountId,
      actorName: await actorName(tx),
      outcome: body.outcome,
      stars: body.stars,
      comment: body.comment,
      metrics,
      level: levelOf(scheme, granted),
      createdAt: now,
    };
    await tx.db.insert(evaluationDecisions).values(decision);
    let update: Partial<typeof evaluations.$inferInsert>;
    if (body.outcome === 'sendBack')
      update = { stage: 'claiming', stepIndex: 0, grantedStars: [], level: 0 };
    else {
      const next = afterApproval(scheme, granted, e.stepIndex);
      if (next.stage === 'notice') await checkQuota(tx, l, granted);
      update = {
        stage: next.stage,
        stepIndex: next.stepIndex,
        grantedStars: next.granted,
        level: next.level,
      };
      if (next.stage === 'notice')
        Object.assign(update, {
          noticeStartsAt: now,
          noticeEndsAt: new Date(now.getTime() + l.round.noticeDays * DAY_MS),
        });
    }
    await tx.db
      .update(evaluations)
      .set({ ...update, updatedAt: now })
      .where(eq(evaluations.id, e.id));
    await recordEvent(
      tx,
      e,
      body.outcome === 'sendBack' ? 'sendBack' : 'decision',
      decision.actorName,
      { step: step.key, granted, comment: body.comment },
    );
    await appendAudit(tx, {
      action: `evaluation.decision.${body.outcome}`,
      objectType: 'evaluation',
      objectId: e.id,
      regionCode: e.regionCode,
      after: { step: step.key, stars: body.stars, level: decision.level },
    });
    return {
      id: e.id,
      decisionId: decision.id,
      stage: update.stage,
      level: update.level,
      grantedStars: update.grantedStars,
      noticeEndsAt: update.noticeEndsAt ?? null,
    };
  });
}

/** 亮星/挂星: after the notice closed without an open objection, by the scheme's deciding role. */
export async function award(ctx: Ctx, evaluationId: string) {
  return transaction(ctx, async (tx) => {
    const { evaluation: e, scheme } = await loadEvaluation(
      tx,
      evaluationId,
      'evaluation.review',
      true,
    );
    if (e.stage !== 'notice')
      throw new AppError('CONFLICT', {
        zh: '只有公示中的对象可以授星',
        en: 'Only an evaluation under public notice is awarded',
      });
    authorizeFinal(requireActor(tx), scheme, e.regionCode, 'award');
    const now = tx.clock();
    if (!e.noticeEndsAt || e.noticeEndsAt > now)
      throw new AppError(
        'CONFLICT',
        { zh: '公示期未满，不能授星', en: 'The public notice has not ended yet' },
        { noticeEndsAt: e.noticeEndsAt },
      );
    const [open] = await tx.db
      .select({ id: evaluationObjections.id })
      .from(evaluationObjections)
      .where(
        and(eq(evaluationObjections.evaluationId, e.id), eq(evaluationObjections.status, 'open')),
      );
    if (open)
      throw new AppError('CONFLICT', {
        zh: '有未答复的异议，答复后才能授星',
        en: 'An objection is still open; answer it before the award',
      });
    await tx.db
      .update(evaluations)
      .set({
        stage: 'awarded',
        heldStars: e.grantedStars,
        level: levelOf(scheme, e.grantedStars),
        awardedAt: now,
        updatedAt: now,
      })
      .where(eq(evaluations.id, e.id));
    await recordEvent(tx, e, 'award', await actorName(tx), { stars: e.grantedStars });
    await appendAudit(tx, {
      action: 'evaluation.award',
      objectType: 'evaluation',
      objectId: e.id,
      regionCode: e.regionCode,
      after: { stars: e.grantedStars },
    });
    return {
      id: e.id,
      stage: 'awarded',
      heldStars: e.grantedStars,
      level: levelOf(scheme, e.grantedStars),
    };
  });
}
