import { asc, eq } from 'drizzle-orm';
import { pairings, projects, projectVillages } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorizeWrite, maySeeProject, type ProjectScope } from './policy.ts';

export type ProjectRow = typeof projects.$inferSelect;

export interface LoadedProject extends ProjectScope {
  row: ProjectRow;
  villages: string[];
}

/** The project with what decides access to it, or null when there is none. */
export async function findProject(ctx: Ctx, id: string): Promise<LoadedProject | null> {
  const [found] = await ctx.db
    .select({ row: projects, unitId: pairings.unitId })
    .from(projects)
    .leftJoin(pairings, eq(pairings.id, projects.pairingId))
    .where(eq(projects.id, id));
  if (!found) return null;
  const villages = await ctx.db
    .select({ code: projectVillages.villageCode })
    .from(projectVillages)
    .where(eq(projectVillages.projectId, id))
    .orderBy(asc(projectVillages.villageCode));
  return {
    row: found.row,
    villages: villages.map((v) => v.code),
    unionId: found.row.unionId,
    unitId: found.unitId ?? null,
  };
}

/** The project if the caller may read it, else 404. */
export async function loadProject(ctx: Ctx, id: string): Promise<LoadedProject> {
  const project = await findProject(ctx, id);
  if (!project || !maySeeProject(requireActor(ctx), project)) throw notFound();
  return project;
}

/** The project if the caller may change it: 404 when unseen, 403 when seen but not theirs. */
export async function loadProjectToWrite(ctx: Ctx, id: string): Promise<LoadedProject> {
  const project = await findProject(ctx, id);
  if (!project) throw notFound();
  authorizeWrite(requireActor(ctx), project);
  return project;
}
