import { and, eq, sql } from 'drizzle-orm';
import { milestoneProblems } from '../../../domain/projects/checks.ts';
import { projectMilestones } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import { changeProject, touched } from './changeProject.ts';
import { refuse } from './problems.ts';
import type { MilestoneBody, MilestonePatch } from './schema.ts';
import type { ProjectDetail } from './views.ts';

// A project's milestones: weight > 0, progress 0–100, due inside the project's dates. Each change
// is one transaction with its audit entry and answers the project page with the new roll-up.

export function addMilestone(
  ctx: Ctx,
  projectId: string,
  body: MilestoneBody,
): Promise<ProjectDetail> {
  return changeProject(ctx, projectId, async (tx, project) => {
    refuse(milestoneProblems(body, project.row));
    const [last] = await tx.db
      .select({ n: sql<number>`coalesce(max(${projectMilestones.position}) + 1, 0)::int` })
      .from(projectMilestones)
      .where(eq(projectMilestones.projectId, projectId));
    const now = tx.clock();
    const row = {
      ...newRow(now, project.row.regionCode),
      projectId,
      position: Number(last?.n ?? 0),
      name: body.name,
      weight: body.weight,
      progress: body.progress,
      dueOn: body.dueOn ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.db.insert(projectMilestones).values(row);
    await touched(tx, project, 'project.milestone.add', { after: row });
  });
}

export function updateMilestone(
  ctx: Ctx,
  projectId: string,
  milestoneId: string,
  patch: MilestonePatch,
): Promise<ProjectDetail> {
  return changeProject(ctx, projectId, async (tx, project) => {
    const before = await milestoneOf(tx, projectId, milestoneId);
    refuse(milestoneProblems(patch, project.row));
    const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    await tx.db
      .update(projectMilestones)
      .set({ ...set, updatedAt: tx.clock() })
      .where(eq(projectMilestones.id, milestoneId));
    await touched(tx, project, 'project.milestone.update', {
      before,
      after: { ...before, ...set },
    });
  });
}

export function removeMilestone(
  ctx: Ctx,
  projectId: string,
  milestoneId: string,
): Promise<ProjectDetail> {
  return changeProject(ctx, projectId, async (tx, project) => {
    const before = await milestoneOf(tx, projectId, milestoneId);
    await tx.db.delete(projectMilestones).where(eq(projectMilestones.id, milestoneId));
    await touched(tx, project, 'project.milestone.remove', { before });
  });
}

/** The milestone of this project, else 404 (another project's counts as none). */
async function milestoneOf(ctx: Ctx, projectId: string, milestoneId: string) {
  const [row] = await ctx.db
    .select()
    .from(projectMilestones)
    .where(and(eq(projectMilestones.id, milestoneId), eq(projectMilestones.projectId, projectId)));
  if (!row) throw notFound();
  return row;
}
