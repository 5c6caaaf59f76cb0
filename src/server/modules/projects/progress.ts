import { inArray, sql } from 'drizzle-orm';
import { rollUp, roundProgress, type ProgressNode } from '../../../domain/projects/rollUp.ts';
import { projectMilestones, projects } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';

/**
 * Progress of each project: its milestones and its child projects (each from its own milestones)
 * rolled up by weight (domain/projects/rollUp.ts). Projects nest two levels deep — a child takes
 * no children (createProject.ts) — so two statements read all a page needs.
 */
export async function progressOf(ctx: Ctx, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const children = await ctx.db
    .select({ id: projects.id, parentId: projects.parentId, weight: projects.weight })
    .from(projects)
    .where(inArray(projects.parentId, [...ids]));
  const milestones = await ctx.db
    .select({
      projectId: projectMilestones.projectId,
      weight: projectMilestones.weight,
      progress: projectMilestones.progress,
    })
    .from(projectMilestones)
    .where(inArray(projectMilestones.projectId, [...ids, ...children.map((c) => c.id)]));
  const own = (id: string): ProgressNode[] =>
    milestones
      .filter((m) => m.projectId === id)
      .map((m) => ({ weight: m.weight, progress: m.progress }));
  return new Map(
    ids.map((id) => [
      id,
      roundProgress(
        rollUp({
          parts: [
            ...own(id),
            ...children
              .filter((c) => c.parentId === id)
              .map((c) => ({ weight: c.weight, parts: own(c.id) })),
          ],
        }),
      ),
    ]),
  );
}

/** Budget (all sources) and spend (the spend records) of each project, 元. */
export async function moneyOf(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, { budget: number; spent: number }>> {
  if (ids.length === 0) return new Map();
  // Qualified by hand: drizzle names a lone table's column unqualified, and project_spends has an
  // `id` of its own that would capture it.
  const rows = await ctx.db
    .select({
      id: projects.id,
      budget: sql<string>`coalesce((SELECT sum(f.budget) FROM project_funds f WHERE f.project_id = "projects"."id"), 0)`,
      spent: sql<string>`coalesce((SELECT sum(s.amount) FROM project_spends s WHERE s.project_id = "projects"."id"), 0)`,
    })
    .from(projects)
    .where(inArray(projects.id, [...ids]));
  return new Map(rows.map((r) => [r.id, { budget: Number(r.budget), spent: Number(r.spent) }]));
}
