import { and, desc, eq, gte, isNotNull, isNull } from 'drizzle-orm';
import { jobs } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { importResultView } from '../exchange/schema.ts';

/** A job is seen by whoever started it: it is their import or their plan. */
async function ownJob(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.accountId, requireActor(ctx).accountId)));
  if (!row) throw notFound();
  return row;
}

type JobRow = typeof jobs.$inferSelect;

/** Finished jobs stay on their owner's list and 待办 this long. */
export const RECENT_JOB_DAYS = 14;
const LIST_LIMIT = 50;

export async function getJob(ctx: Ctx, id: string) {
  return jobOut(await ownJob(ctx, id));
}

function jobOut(row: JobRow) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    message: row.message,
    result: row.result ?? null,
    artifact: row.artifactName
      ? { name: row.artifactName, type: row.artifactType, url: `/api/v1/jobs/${row.id}/artifact` }
      : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    seenAt: row.seenAt?.toISOString() ?? null,
  };
}

/** The list's row: the job without its result, an import's counts lifted out of it. */
function summaryOf(row: JobRow) {
  const { result, ...job } = jobOut(row);
  const imported = importCounts(result);
  return {
    ...job,
    rows: imported?.rows ?? null,
    failedRows: imported?.failedRows ?? null,
    counts: imported?.counts ?? null,
  };
}

const importCounts = (result: unknown) => {
  const parsed = importResultView
    .pick({ rows: true, failedRows: true, counts: true })
    .safeParse(result);
  return parsed.success ? parsed.data : null;
};

const recentSince = (ctx: Ctx) => new Date(ctx.clock().getTime() - RECENT_JOB_DAYS * 86_400_000);

/** The caller's jobs of the last two weeks, newest first, without their files. */
export async function listMyJobs(ctx: Ctx) {
  const rows = await ctx.db
    .select()
    .from(jobs)
    .where(
      and(eq(jobs.accountId, requireActor(ctx).accountId), gte(jobs.createdAt, recentSince(ctx))),
    )
    .orderBy(desc(jobs.createdAt))
    .limit(LIST_LIMIT);
  return { items: rows.map(summaryOf) };
}

/** The caller's finished jobs whose outcome they have not been shown (待办: 导入完成). */
export async function unseenFinishedJobs(ctx: Ctx, accountId: string) {
  return ctx.db
    .select({ id: jobs.id, kind: jobs.kind, status: jobs.status, finishedAt: jobs.finishedAt })
    .from(jobs)
    .where(
      and(
        eq(jobs.accountId, accountId),
        isNotNull(jobs.finishedAt),
        isNull(jobs.seenAt),
        gte(jobs.finishedAt, recentSince(ctx)),
      ),
    )
    .orderBy(desc(jobs.finishedAt));
}

/**
 * The owner was shown the job's outcome: it leaves their 待办. A running job cannot be seen yet
 * (409); seeing twice keeps the first time.
 */
export async function markJobSeen(ctx: Ctx, id: string): Promise<void> {
  const row = await ownJob(ctx, id);
  if (!row.finishedAt)
    throw new AppError('CONFLICT', { zh: '任务尚未结束', en: 'the job is still running' });
  if (row.seenAt) return;
  await ctx.db.update(jobs).set({ seenAt: ctx.clock() }).where(eq(jobs.id, id));
}

export async function jobArtifact(
  ctx: Ctx,
  id: string,
): Promise<{ name: string; type: string; data: Buffer }> {
  const row = await ownJob(ctx, id);
  if (!row.artifact || !row.artifactName) throw notFound();
  return {
    name: row.artifactName,
    type: row.artifactType ?? 'application/octet-stream',
    data: row.artifact,
  };
}
