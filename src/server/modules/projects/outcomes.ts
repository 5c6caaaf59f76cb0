import { projectProblems } from '../../../domain/projects/checks.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { projectOutcomes } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { changeProject, touched } from './changeProject.ts';
import { refuse } from './problems.ts';
import type { OutcomeBody } from './schema.ts';
import type { ProjectDetail } from './views.ts';

/**
 * A project's outcomes for one year (collective income added, households benefiting), set or
 * replaced: a year from its start to the current one. The village metric `projectIncomeAdded`
 * reads the current year's.
 */
export function setOutcome(
  ctx: Ctx,
  projectId: string,
  year: number,
  body: OutcomeBody,
): Promise<ProjectDetail> {
  return changeProject(ctx, projectId, async (tx, project) => {
    const thisYear = Number(shanghaiDate(tx.clock()).slice(0, 4));
    refuse([
      ...projectProblems(body),
      ...(year > thisYear || year < Number(project.row.startsOn.slice(0, 4))
        ? [{ path: 'params.year', message: `a year from the project's start to ${thisYear}` }]
        : []),
    ]);
    const row = {
      projectId,
      year,
      regionCode: project.row.regionCode,
      countyCode: project.row.countyCode,
      incomeAdded: body.incomeAdded,
      householdsBenefiting: body.householdsBenefiting,
      updatedAt: tx.clock(),
    };
    await tx.db
      .insert(projectOutcomes)
      .values(row)
      .onConflictDoUpdate({
        target: [projectOutcomes.projectId, projectOutcomes.year],
        set: {
          incomeAdded: row.incomeAdded,
          householdsBenefiting: row.householdsBenefiting,
          updatedAt: row.updatedAt,
        },
      });
    await touched(tx, project, 'project.outcome', { after: row });
  });
}
