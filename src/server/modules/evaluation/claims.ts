import { and, count, eq, inArray } from 'drizzle-orm';
import { levelOf } from '../../../domain/evaluation/evaluate.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import { evaluationEvidence, evaluations, type ClaimContent } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { checkUpload } from '../../platform/uploadedFiles.ts';
import { newRow } from '../../platform/newRow.ts';
import { actorName, loadEvaluation, recordEvent } from './access.ts';
import { schemeMetricKeys } from './metricRegistry.ts';
import { authorizeClaim } from './policy.ts';

export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
const MAX_EVIDENCE_PER_EVALUATION = 20;

export async function uploadEvidence(
  ctx: Ctx,
  evaluationId: string,
  name: string,
  contentType: string,
  data: Buffer,
) {
  const { contentType: type, sha256 } = checkUpload(contentType, data, EVIDENCE_TYPES, {
    zh: '佐证材料须为 JPEG、PNG 图片或 PDF 文件',
    en: 'Evidence must be a JPEG or PNG image or a PDF',
  });
  return transaction(ctx, async (tx) => {
    const l = await loadEvaluation(tx, evaluationId, 'evaluation.claim', true);
    await authorizeClaim(tx, l);
    if (l.evaluation.stage !== 'claiming')
      throw new AppError('CONFLICT', {
        zh: '只能在认星阶段上传佐证材料',
        en: 'Evidence is added while claiming',
      });
    const [n] = await tx.db
      .select({ n: count() })
      .from(evaluationEvidence)
      .where(eq(evaluationEvidence.evaluationId, evaluationId));
    if ((n?.n ?? 0) >= MAX_EVIDENCE_PER_EVALUATION)
      throw new AppError('CONFLICT', {
        zh: `每个对象最多 ${MAX_EVIDENCE_PER_EVALUATION} 份佐证材料`,
        en: `At most ${MAX_EVIDENCE_PER_EVALUATION} evidence files per subject`,
      });
    const now = tx.clock();
    const row = {
      ...newRow(now, l.evaluation.regionCode),
      evaluationId,
      name,
      contentType: type,
      size: data.length,
      sha256,
      data,
      uploadedBy: requireActor(tx).accountId,
      createdAt: now,
    };
    await insertAudited(tx, evaluationEvidence, row, {
      action: 'evaluation.evidence.upload',
      objectType: 'evaluation_evidence',
      after: { name, contentType: type, size: row.size, sha256: row.sha256 },
    });
    return { id: row.id, name, contentType: type, size: row.size, sha256: row.sha256 };
  });
}

/** 认星: the subject claims stars with checklist answers, entered metric values and evidence. */
export async function claimStars(ctx: Ctx, evaluationId: string, body: ClaimContent) {
  return transaction(ctx, async (tx) => {
    const l = await loadEvaluation(tx, evaluationId, 'evaluation.claim', true);
    await authorizeClaim(tx, l);
    if (l.evaluation.stage !== 'claiming')
      throw new AppError('CONFLICT', {
        zh: '该对象已认星，正在评审中',
        en: 'Stars were already claimed; the claim is under review',
      });
    const scheme = l.scheme;
    const starKeys = new Set(scheme.stars.map((s) => s.key));
    const unknown = body.stars.find((k) => !starKeys.has(k));
    if (unknown)
      throw validationError([{ path: 'body.stars', message: `no star ${unknown} in this scheme` }]);
    const checklistIds = new Set(
      scheme.stars.flatMap((s) =>
        s.criteria.flatMap((c) => (c.kind === 'checklist' ? [c.id] : [])),
      ),
    );
    const badAnswer = Object.keys(body.answers).find((k) => !checklistIds.has(k));
    if (badAnswer)
      throw validationError([
        { path: `body.answers.${badAnswer}`, message: 'no such checklist item' },
      ]);
    // A platform-computed metric may be entered too: it counts only where its module has no records.
    const used = new Set(schemeMetricKeys(scheme));
    const badMetric = Object.keys(body.metrics).find((k) => !used.has(k));
    if (badMetric)
      throw validationError([
        { path: `body.metrics.${badMetric}`, message: 'not a metric of this scheme' },
      ]);
    const evidenceIds = [...Object.values(body.answers), ...Object.values(body.metrics)].flatMap(
      (a) => a.evidenceIds,
    );
    if (evidenceIds.length > 0) {
      const found = await tx.db
        .select({ id: evaluationEvidence.id })
        .from(evaluationEvidence)
        .where(
          and(
            eq(evaluationEvidence.evaluationId, evaluationId),
            inArray(evaluationEvidence.id, evidenceIds),
          ),
        );
      if (found.length !== new Set(evidenceIds).size)
        throw validationError([
          { path: 'body', message: 'evidence must be uploaded to this evaluation first' },
        ]);
    }
    const stars = scheme.stars.map((s) => s.key).filter((k) => body.stars.includes(k));
    const now = tx.clock();
    const claim: ClaimContent = { ...body, stars };
    const level = levelOf(scheme, stars);
    await tx.db
      .update(evaluations)
      .set({ claim, stage: 'review', stepIndex: 0, grantedStars: stars, level, updatedAt: now })
      .where(eq(evaluations.id, evaluationId));
    await recordEvent(tx, l.evaluation, 'claim', await actorName(tx), { stars, level });
    await appendAudit(tx, {
      action: 'evaluation.claim',
      objectType: 'evaluation',
      objectId: evaluationId,
      regionCode: l.evaluation.regionCode,
      before: l.evaluation.claim,
      after: claim,
    });
    return { id: evaluationId, stage: 'review', grantedStars: stars, level };
  });
}
