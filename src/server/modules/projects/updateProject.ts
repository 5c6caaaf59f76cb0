import { eq } from 'drizzle-orm';
import { datesStrandMilestones, projectProblems } from '../../../domain/projects/checks.ts';
import { projectFunds, projectMilestones, projects, projectSpends } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { weightProblem } from './createProject.ts';
import { changeProject, touched } from './changeProject.ts';
import { refuse } from './problems.ts';
import type { ProjectPatch } from './schema.ts';
import type { ProjectDetail } from './views.ts';

/**
 * Edits a project's fields and budget lines (replaced whole; a source with recorded spend stays).
 * Its villages, union, pairing and parent are fixed at creation.
 */
export function updateProject(ctx: Ctx, id: string, patch: ProjectPatch): Promise<ProjectDetail> {
  return changeProject(ctx, id, async (tx, project) => {
    const { funds, ...fields } = patch;
    const startsOn = fields.startsOn ?? project.row.startsOn;
    const endsOn = fields.endsOn === undefined ? project.row.endsOn : fields.endsOn;
    // Moved dates must still hold every milestone's due date (a milestone is checked against
    // the dates when it is written; this is the same rule from the project's side).
    const milestones =
      fields.startsOn !== undefined || fields.endsOn !== undefined
        ? await tx.db
            .select({ name: projectMilestones.name, dueOn: projectMilestones.dueOn })
            .from(projectMilestones)
            .where(eq(projectMilestones.projectId, id))
        : [];
    refuse([
      ...projectProblems({ startsOn, endsOn, ...(funds ? { funds } : {}) }),
      ...datesStrandMilestones({ startsOn, endsOn }, milestones),
      ...weightProblem(fields.weight),
    ]);
    const before = await tx.db.select().from(projectFunds).where(eq(projectFunds.projectId, id));
    if (funds) {
      const spent = await tx.db
        .selectDistinct({ source: projectSpends.source })
        .from(projectSpends)
        .where(eq(projectSpends.projectId, id));
      const dropped = spent.filter((s) => !funds.some((f) => f.source === s.source));
      if (dropped.length > 0)
        throw validationError([
          {
            path: 'body.funds',
            message: `money was spent from ${dropped.map((d) => d.source).join(', ')}: keep its line`,
          },
        ]);
      await tx.db.delete(projectFunds).where(eq(projectFunds.projectId, id));
      if (funds.length > 0)
        await tx.db.insert(projectFunds).values(
          funds.map((f) => ({
            projectId: id,
            regionCode: project.row.regionCode,
            countyCode: project.row.countyCode,
            ...f,
          })),
        );
    }
    const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(set).length > 0)
      await tx.db.update(projects).set(set).where(eq(projects.id, id));
    await touched(tx, project, 'project.update', {
      before: { ...project.row, funds: before },
      after: { ...project.row, ...set, ...(funds ? { funds } : {}) },
      detail: { fields: Object.keys(patch) },
    });
  });
}
