import { and, count, eq } from 'drizzle-orm';
import type { SubjectKind } from '../../../domain/obligations/rules.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { activities, activityEvidence } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { checkUpload, IMAGE_TYPES, PDF_TYPE } from '../../platform/uploadedFiles.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { authorizeRecord, visibleActivities } from './policy.ts';
import { loadSubject } from './subjects.ts';

// An activity's optional evidence (DESIGN.md §2: photos are optional evidence, never the proof):
// photos from the phone or a scanned PDF, added after the activity is recorded.
export const EVIDENCE_TYPES = [...IMAGE_TYPES, PDF_TYPE] as const;
export const EVIDENCE_MAX_BYTES = 8 * 1024 * 1024;
export const MAX_EVIDENCE_PER_ACTIVITY = 9;

export interface EvidenceStored {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Adds a file to an activity: only who may record activities for its subject in its village
 * (an activity the caller cannot see answers 404, one they only read 403); the type is checked
 * against the file's content before anything is written.
 */
export async function addEvidence(
  ctx: Ctx,
  activityId: string,
  name: string,
  contentType: string,
  data: Buffer,
): Promise<EvidenceStored> {
  const actor = requireActor(ctx);
  const [activity] = await ctx.db
    .select({
      regionCode: activities.regionCode,
      countyCode: activities.countyCode,
      subjectKind: activities.subjectKind,
      subjectId: activities.subjectId,
    })
    .from(activities)
    .where(and(eq(activities.id, activityId), visibleActivities(actor)));
  if (!activity) throw notFound();
  const subject = await loadSubject(ctx, activity.subjectKind as SubjectKind, activity.subjectId);
  authorizeRecord(actor, subject, activity.regionCode);
  const file = checkUpload(contentType, data, EVIDENCE_TYPES, {
    zh: '佐证须为 JPEG、PNG、WebP 图片或 PDF 文件',
    en: 'Evidence must be a JPEG, PNG or WebP image or a PDF',
  });
  return transaction(ctx, async (tx) => {
    const [held] = await tx.db
      .select({ n: count() })
      .from(activityEvidence)
      .where(eq(activityEvidence.activityId, activityId));
    if ((held?.n ?? 0) >= MAX_EVIDENCE_PER_ACTIVITY)
      throw new AppError('CONFLICT', {
        zh: `每条活动最多 ${MAX_EVIDENCE_PER_ACTIVITY} 份佐证`,
        en: `At most ${MAX_EVIDENCE_PER_ACTIVITY} files per activity`,
      });
    const now = tx.clock();
    const row = {
      id: uuidv7(now.getTime()),
      regionCode: activity.regionCode,
      countyCode: activity.countyCode,
      activityId,
      name,
      ...file,
      data,
      uploadedBy: actor.accountId,
      createdAt: now,
    };
    await tx.db.insert(activityEvidence).values(row);
    const stored = { id: row.id, name, ...file };
    await appendAudit(tx, {
      action: 'obligations.add_evidence',
      objectType: 'activity',
      objectId: activityId,
      regionCode: activity.regionCode,
      after: stored,
    });
    return stored;
  });
}

/** One evidence file of an activity the caller may read; else 404. */
export async function evidenceFile(ctx: Ctx, activityId: string, evidenceId: string) {
  const [row] = await ctx.db
    .select({
      name: activityEvidence.name,
      contentType: activityEvidence.contentType,
      data: activityEvidence.data,
    })
    .from(activityEvidence)
    .innerJoin(activities, eq(activities.id, activityEvidence.activityId))
    .where(
      and(
        eq(activityEvidence.id, evidenceId),
        eq(activityEvidence.activityId, activityId),
        visibleActivities(requireActor(ctx)),
      ),
    );
  if (!row) throw notFound();
  return row;
}
