import { eq } from 'drizzle-orm';
import { jobs } from '../../db/schema/index.ts';
import { runInBackground } from '../../db/workPriority.ts';
import type { Ctx } from '../context.ts';
import { uuidv7 } from '../uuidv7.ts';
import { AppError } from '../errors.ts';

export interface JobOutcome {
  result: unknown;
  /** A file for the user to download (an error workbook, an export). */
  artifact?: { name: string; type: string; data: Buffer };
  /** A job can end in failure with a result and a file (an import whose rows did not validate). */
  failed?: boolean;
  message?: string;
}

export type ReportProgress = (fraction: number, message?: string) => void;

// Progress is written at most this often: a job must not spend its time reporting on itself.
const PROGRESS_INTERVAL_MS = 500;

/**
 * Starts `work` in the background and returns its job id at once. Progress, the outcome and any
 * file are stored on the job row; a crash leaves a job `running` that `failInterruptedJobs`
 * marks failed at the next start.
 */
export async function startJob(
  ctx: Ctx,
  kind: string,
  regionCode: string,
  work: (progress: ReportProgress) => Promise<JobOutcome>,
): Promise<string> {
  const actor = ctx.actor;
  if (!actor) throw new Error('a job needs an actor');
  // The work outlives the request: it must not run on the request's transaction.
  if (ctx.inTransaction)
    throw new Error('start jobs outside a transaction (declare the route idempotent: false)');
  const now = ctx.clock();
  const id = uuidv7(now.getTime());
  await ctx.db.insert(jobs).values({
    id,
    regionCode,
    countyCode: regionCode.slice(0, 6),
    accountId: actor.accountId,
    kind,
    status: 'running',
    progress: 0,
    createdAt: now,
    updatedAt: now,
  });
  let lastWrite = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const progress: ReportProgress = (fraction, message) => {
    const t = Date.now();
    if (t - lastWrite < PROGRESS_INTERVAL_MS) return;
    lastWrite = t;
    pending = pending
      .then(() =>
        ctx.db
          .update(jobs)
          .set({
            progress: Math.min(0.99, Math.max(0, fraction)),
            message: message ?? null,
            updatedAt: ctx.clock(),
          })
          .where(eq(jobs.id, id)),
      )
      .catch(() => undefined);
  };
  // The job gives way to people's requests on the embedded database (workPriority.ts).
  void runInBackground(async () => {
    let finish: Partial<typeof jobs.$inferInsert>;
    try {
      const outcome = await work(progress);
      finish = {
        status: outcome.failed ? 'failed' : 'succeeded',
        progress: 1,
        message: outcome.message ?? null,
        result: outcome.result ?? null,
        artifact: outcome.artifact?.data ?? null,
        artifactName: outcome.artifact?.name ?? null,
        artifactType: outcome.artifact?.type ?? null,
      };
    } catch (error) {
      const message = error instanceof AppError ? error.messages.zh : (error as Error).message;
      finish = {
        status: 'failed',
        message,
        result: error instanceof AppError ? { code: error.code, details: error.details } : null,
      };
    }
    await pending;
    const at = ctx.clock();
    await ctx.db
      .update(jobs)
      .set({ ...finish, updatedAt: at, finishedAt: at })
      .where(eq(jobs.id, id));
    // An import's rows are the owner's writes: their exports must show them.
    await ctx.ownWritesCommitted?.();
  }).catch(() => undefined);
  return id;
}

/** At start-up: jobs that were running when the process died did not finish; say so. */
export async function failInterruptedJobs(ctx: Ctx): Promise<number> {
  const rows = await ctx.db
    .update(jobs)
    .set({
      status: 'failed',
      message: '服务重启，任务中断，请重新提交 / interrupted by a restart; submit again',
      finishedAt: ctx.clock(),
      updatedAt: ctx.clock(),
    })
    .where(eq(jobs.status, 'running'))
    .returning({ id: jobs.id });
  return rows.length;
}
