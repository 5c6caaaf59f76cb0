import { and, eq } from 'drizzle-orm';
import { projectVillages } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';

/**
 * The project an activity names (a 人大 inspection): one that serves the village the activity
 * happened in, else 400. Used by obligations/activities.ts when an activity is recorded.
 */
export async function checkServedProject(
  ctx: Ctx,
  village: string,
  projectId: string | undefined,
): Promise<string | null> {
  if (projectId === undefined) return null;
  const [served] = await ctx.db
    .select({ id: projectVillages.projectId })
    .from(projectVillages)
    .where(and(eq(projectVillages.projectId, projectId), eq(projectVillages.villageCode, village)));
  if (!served)
    throw validationError([
      { path: 'body.projectId', message: `not a project serving ${village}` },
    ]);
  return projectId;
}
