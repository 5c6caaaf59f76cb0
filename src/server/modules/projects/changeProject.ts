import { eq } from 'drizzle-orm';
import { appendAudit } from '../../audit/appendAudit.ts';
import { projects } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { getProject } from './detail.ts';
import { loadProjectToWrite, type LoadedProject } from './load.ts';
import type { ProjectDetail } from './views.ts';

/**
 * One change to a project the caller may write (404 unseen, 403 read-only): `change` runs in the
 * transaction, then the answer is the project page with its new figures.
 */
export async function changeProject(
  ctx: Ctx,
  id: string,
  change: (tx: Ctx, project: LoadedProject) => Promise<void>,
): Promise<ProjectDetail> {
  return transaction(ctx, async (tx) => {
    await change(tx, await loadProjectToWrite(tx, id));
    return getProject(tx, id);
  });
}

/** Stamps the project and writes the audit entry of a change to it. */
export async function touched(
  tx: Ctx,
  project: LoadedProject,
  action: string,
  change: { before?: unknown; after?: unknown; detail?: Record<string, unknown> },
): Promise<void> {
  await tx.db
    .update(projects)
    .set({ updatedAt: tx.clock() })
    .where(eq(projects.id, project.row.id));
  await appendAudit(tx, {
    action,
    objectType: 'project',
    objectId: project.row.id,
    regionCode: project.row.regionCode,
    ...change,
  });
}
