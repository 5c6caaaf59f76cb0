import { and, asc, eq } from 'drizzle-orm';
import { starsRemovedBy } from '../../../domain/evaluation/evaluate.ts';
import {
  evaluationDecisions,
  evaluationEvents,
  evaluationEvidence,
  evaluationObjections,
  evaluations,
  evaluationVetoes,
  regions,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { loadEvaluation, type Loaded } from './access.ts';
import { metricSnapshot } from './metricRegistry.ts';
import { inCallersGroupOf } from './groupRule.ts';
import { authorizeEvidence, mayReview, waitingAction } from './policy.ts';
import { ownHouseholdId } from '../households/ownHousehold.ts';
import { adviceFor } from './rounds.ts';

type EvaluationRecords =
  typeof evaluationDecisions | typeof evaluationObjections | typeof evaluationVetoes;

/** One evaluation's decisions, objections or vetoes, oldest first. */
const recordsOf = <T extends EvaluationRecords>(ctx: Ctx, table: T, evaluationId: string) =>
  ctx.db
    .select()
    .from(table as EvaluationRecords)
    .where(eq(table.evaluationId, evaluationId))
    .orderBy(asc(table.createdAt)) as Promise<T['$inferSelect'][]>;

/**
 * The subject page: claim, evidence, metric values with their sources (live now, frozen per
 * decision), decisions, objections (filers shown to reviewers only), vetoes, history.
 */
export async function evaluationDetail(ctx: Ctx, id: string, loaded?: Loaded) {
  const l = loaded ?? (await loadEvaluation(ctx, id, 'evaluation.read'));
  const { evaluation: e, scheme } = l;
  const actor = requireActor(ctx);
  const [evidence, decisions, objections, vetoes, events, region] = await Promise.all([
    ctx.db
      .select({
        id: evaluationEvidence.id,
        name: evaluationEvidence.name,
        contentType: evaluationEvidence.contentType,
        size: evaluationEvidence.size,
        createdAt: evaluationEvidence.createdAt,
      })
      .from(evaluationEvidence)
      .where(eq(evaluationEvidence.evaluationId, e.id))
      .orderBy(asc(evaluationEvidence.createdAt)),
    recordsOf(ctx, evaluationDecisions, e.id),
    recordsOf(ctx, evaluationObjections, e.id),
    recordsOf(ctx, evaluationVetoes, e.id),
    ctx.db
      .select()
      .from(evaluationEvents)
      .where(eq(evaluationEvents.evaluationId, e.id))
      .orderBy(asc(evaluationEvents.seq)),
    ctx.db.select({ name: regions.name }).from(regions).where(eq(regions.code, e.regionCode)),
  ]);
  const names = new Map(evidence.map((x) => [x.id, x.name]));
  const metrics = await metricSnapshot(
    ctx,
    scheme,
    { id: e.subjectId, subjectType: e.subjectType, regionCode: e.regionCode },
    e.claim,
    names,
    l.round.period,
  );
  const proposedVetoes = vetoes.filter((v) => v.status === 'proposed');
  const advice = adviceFor(scheme, e, Object.fromEntries(metrics.map((m) => [m.key, m.value])), []);
  const reviewer = mayReview(actor, e.regionCode);
  const openObjections = objections.filter((o) => o.status === 'open').length;
  return {
    id: e.id,
    round: {
      id: l.round.id,
      name: l.round.name,
      period: l.round.period,
      noticeDays: l.round.noticeDays,
    },
    schemeName: l.schemeName,
    scheme,
    subject: {
      type: e.subjectType,
      id: e.subjectId,
      name: e.subjectName,
      regionCode: e.regionCode,
      regionName: region[0]?.name ?? null,
    },
    stage: e.stage,
    stepIndex: e.stepIndex,
    claim: e.claim,
    grantedStars: e.grantedStars,
    heldStars: e.heldStars,
    level: e.level,
    noticeStartsAt: e.noticeStartsAt,
    noticeEndsAt: e.noticeEndsAt,
    awardedAt: e.awardedAt,
    evidence,
    metrics,
    advice,
    decisions,
    objections: objections.map((o) => ({
      id: o.id,
      text: o.text,
      status: o.status,
      upheld: o.upheld,
      answer: o.answer,
      answeredBy: o.answeredBy,
      answeredAt: o.answeredAt,
      createdAt: o.createdAt,
      filerName: reviewer ? o.filerName : null,
    })),
    vetoes: vetoes.map((v) => ({ ...v, removes: starsRemovedBy(scheme, v.vetoKey) })),
    history: events.map((h) => ({
      kind: h.kind,
      actorName: h.actorName,
      detail: h.detail,
      at: h.createdAt,
    })),
    waiting: waitingAction(
      actor,
      scheme,
      { ...e, inGroup: await inCallersGroupOf(ctx, actor, e.id) },
      ctx.clock(),
      openObjections,
      proposedVetoes.length,
    ),
  };
}

/** A villager's own household evaluations (我家的星): their claims, without the directory read. */
export async function myEvaluations(ctx: Ctx) {
  const householdId = await ownHouseholdId(ctx);
  if (!householdId) return { items: [] };
  const rows = await ctx.db
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(and(eq(evaluations.subjectId, householdId)));
  const items = [];
  for (const r of rows) {
    const l = await loadEvaluation(ctx, r.id, 'evaluation.claim').catch(() => null);
    if (l) items.push(await evaluationDetail(ctx, r.id, l));
  }
  return { items };
}

export async function evidenceFile(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const [row] = await ctx.db.select().from(evaluationEvidence).where(eq(evaluationEvidence.id, id));
  return authorizeEvidence(actor, row);
}
