import { and, eq } from 'drizzle-orm';
import { jobs } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';

/** A job is seen by whoever started it: it is their import or their plan. */
async function ownJob(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.accountId, requireActor(ctx).accountId)));
  if (!row) throw notFound();
  return row;
}

export async function getJob(ctx: Ctx, id: string) {
  const row = await ownJob(ctx, id);
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
  };
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
