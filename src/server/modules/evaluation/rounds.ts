import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { evaluateSubject } from '../../../domain/evaluation/evaluate.ts';
import type { SchemeDefinition } from '../../../domain/evaluation/scheme.ts';
import { currentStep } from '../../../domain/evaluation/workflow.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import {
  evaluationObjections,
  evaluationRounds,
  evaluations,
  evaluationSchemes,
  evaluationVetoes,
  regions,
} from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { getRegion } from '../regions/service.ts';
import { schemeRow } from './schemes.ts';
import { subjectsFor } from './subjects.ts';
import { type EvaluationRow } from './access.ts';
import { inCallersGroup } from './groupRule.ts';
import { authorizeRoundDocuments, roundVisible, waitingAction } from './policy.ts';
import { readableEvaluations } from './fromEvaluations.ts';

export async function openRound(
  ctx: Ctx,
  body: {
    schemeId: string;
    regionCode: string;
    period: string;
    name?: string | undefined;
    subjectIds?: string[] | undefined;
  },
) {
  return transaction(ctx, async (tx) => {
    const scheme = await schemeRow(tx, body.schemeId);
    if (scheme.supersededAt)
      throw new AppError('CONFLICT', {
        zh: '该方案版本已被取代，请使用最新版本',
        en: 'This scheme version was replaced; use the current one',
      });
    const region = await getRegion(tx, body.regionCode, 'evaluation.manage');
    await refuseIfExists(
      tx,
      evaluationRounds,
      and(
        eq(evaluationRounds.schemeId, scheme.id),
        eq(evaluationRounds.regionCode, region.code),
        eq(evaluationRounds.period, body.period),
      ),
      {
        zh: '该地区本期已开启此方案的评星',
        en: 'This region already has a round of this scheme for the period',
      },
    );
    const subjects = await subjectsFor(tx, scheme.definition, region.code, body.subjectIds);
    const now = tx.clock();
    const round = {
      ...newRow(now, region.code),
      schemeId: scheme.id,
      name: body.name ?? `${region.name}${body.period}年度${scheme.name}`,
      period: body.period,
      noticeDays: scheme.definition.noticeDays,
      status: 'open' as const,
      createdAt: now,
      updatedAt: now,
    };
    await tx.db.insert(evaluationRounds).values(round);
    const rows = subjects.map((s) => ({
      ...newRow(now, s.regionCode),
      roundId: round.id,
      subjectType: scheme.subjectType,
      subjectId: s.id,
      subjectName: s.name,
      stage: 'claiming' as const,
      stepIndex: 0,
      claim: null,
      grantedStars: [],
      heldStars: [],
      level: 0,
      noticeStartsAt: null,
      noticeEndsAt: null,
      awardedAt: null,
      createdAt: now,
      updatedAt: now,
    }));
    for (let i = 0; i < rows.length; i += 1000)
      await tx.db.insert(evaluations).values(rows.slice(i, i + 1000));
    await appendAudit(tx, {
      action: 'evaluation.round.open',
      objectType: 'evaluation_round',
      objectId: round.id,
      regionCode: round.regionCode,
      after: { ...round, subjects: rows.length },
    });
    return { ...round, subjects: rows.length };
  });
}

export async function listRounds(
  ctx: Ctx,
  q: { region?: string | undefined; scheme?: string | undefined },
) {
  const filters = [];
  if (q.region) {
    const { low, high } = scopeRange(q.region);
    filters.push(sql`${evaluationRounds.regionCode} BETWEEN ${low} AND ${high}`);
  }
  if (q.scheme) filters.push(eq(evaluationSchemes.key, q.scheme));
  const rows = await ctx.db
    .select({
      round: evaluationRounds,
      schemeKey: evaluationSchemes.key,
      schemeName: evaluationSchemes.name,
      regionName: regions.name,
      subjects: sql<number>`(SELECT count(*)::int FROM evaluations e WHERE e.round_id = "evaluation_rounds"."id")`,
      awarded: sql<number>`(SELECT count(*)::int FROM evaluations e WHERE e.round_id = "evaluation_rounds"."id" AND e.stage = 'awarded')`,
    })
    .from(evaluationRounds)
    .innerJoin(evaluationSchemes, eq(evaluationSchemes.id, evaluationRounds.schemeId))
    .leftJoin(regions, eq(regions.code, evaluationRounds.regionCode))
    .where(and(roundVisible(ctx, evaluationRounds.regionCode), ...filters))
    .orderBy(desc(evaluationRounds.createdAt));
  return {
    items: rows.map((r) => ({
      ...r.round,
      schemeKey: r.schemeKey,
      schemeName: r.schemeName,
      regionName: r.regionName,
      subjects: Number(r.subjects),
      awarded: Number(r.awarded),
    })),
  };
}

/** The round board: every subject with its stage and level, and what waits for the actor. */
/** The board behind a round's documents (通报, .xlsx, plaque list): policy's one rule first. */
export async function roundDocumentsBoard(ctx: Ctx, id: string) {
  const board = await roundBoard(ctx, id);
  authorizeRoundDocuments(requireActor(ctx), board.round);
  return board;
}

export async function roundBoard(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const [row] = await ctx.db
    .select({ round: evaluationRounds, scheme: evaluationSchemes, regionName: regions.name })
    .from(evaluationRounds)
    .innerJoin(evaluationSchemes, eq(evaluationSchemes.id, evaluationRounds.schemeId))
    .leftJoin(regions, eq(regions.code, evaluationRounds.regionCode))
    .where(and(roundVisible(ctx, evaluationRounds.regionCode), eq(evaluationRounds.id, id)));
  if (!row) throw notFound();
  const scheme = row.scheme.definition;
  const rows = await ctx.db
    .select({
      e: evaluations,
      regionName: regions.name,
      openObjections: sql<number>`(SELECT count(*)::int FROM ${evaluationObjections} o WHERE o.evaluation_id = "evaluations"."id" AND o.status = 'open')`,
      proposedVetoes: sql<number>`(SELECT count(*)::int FROM ${evaluationVetoes} v WHERE v.evaluation_id = "evaluations"."id" AND v.status = 'proposed')`,
      inGroup: await inCallersGroup(ctx, actor),
    })
    .from(evaluations)
    .leftJoin(regions, eq(regions.code, evaluations.regionCode))
    .where(readableEvaluations(actor, eq(evaluations.roundId, id)))
    .orderBy(asc(evaluations.regionCode), asc(evaluations.subjectName))
    .limit(5000);
  const now = ctx.clock();
  const items = rows.map(({ e, regionName, openObjections, proposedVetoes, inGroup }) => ({
    id: e.id,
    subjectName: e.subjectName,
    subjectType: e.subjectType,
    regionCode: e.regionCode,
    regionName,
    stage: e.stage,
    step:
      e.stage === 'review' ? (currentStep(scheme, e.grantedStars, e.stepIndex)?.key ?? null) : null,
    claimedStars: e.claim?.stars ?? [],
    grantedStars: e.grantedStars,
    heldStars: e.heldStars,
    level: e.level,
    noticeEndsAt: e.noticeEndsAt,
    openObjections: Number(openObjections),
    waiting: waitingAction(
      actor,
      scheme,
      { ...e, inGroup: Boolean(inGroup) },
      now,
      Number(openObjections),
      Number(proposedVetoes),
    ),
  }));
  return {
    round: {
      ...row.round,
      regionName: row.regionName,
      schemeKey: row.scheme.key,
      schemeName: row.scheme.name,
      total: items.length,
    },
    scheme,
    items,
  };
}

/** The evaluator's advice on a claim: what the criteria say, before a reviewer decides. */
export function adviceFor(
  scheme: SchemeDefinition,
  e: EvaluationRow,
  metrics: Record<string, number | null>,
  vetoes: string[],
) {
  const answers = Object.fromEntries(
    Object.entries(e.claim?.answers ?? {}).map(([k, a]) => [
      k,
      { done: a.done, evidence: a.evidenceIds.length > 0 },
    ]),
  );
  return evaluateSubject(scheme, { metrics, answers, vetoes });
}
