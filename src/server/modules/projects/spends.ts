import { eq } from 'drizzle-orm';
import { spendProblems } from '../../../domain/projects/checks.ts';
import { isFundSource } from '../../../domain/projects/kinds.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { projectFunds, projectSpends } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { newRow } from '../../platform/newRow.ts';
import { changeProject, touched } from './changeProject.ts';
import { refuse } from './problems.ts';
import type { SpendBody } from './schema.ts';
import type { ProjectDetail } from './views.ts';

/**
 * Records money spent from one of the project's budget lines: a positive whole number of 元, on a
 * day from the project's start to today. A source's spend is the sum of these records.
 */
export function recordSpend(ctx: Ctx, projectId: string, body: SpendBody): Promise<ProjectDetail> {
  return changeProject(ctx, projectId, async (tx, project) => {
    const lines = await tx.db
      .select({ source: projectFunds.source })
      .from(projectFunds)
      .where(eq(projectFunds.projectId, projectId));
    const today = shanghaiDate(tx.clock());
    refuse([
      ...spendProblems(body, lines.map((l) => l.source).filter(isFundSource)),
      ...(body.spentOn > today
        ? [{ path: 'body.spentOn', message: 'must not be in the future' }]
        : []),
      ...(body.spentOn < project.row.startsOn
        ? [{ path: 'body.spentOn', message: 'before the project starts' }]
        : []),
    ]);
    const now = tx.clock();
    const row = {
      ...newRow(now, project.row.regionCode),
      projectId,
      source: body.source,
      amount: body.amount,
      spentOn: body.spentOn,
      note: body.note ?? null,
      recordedBy: requireActor(tx).accountId,
      createdAt: now,
    };
    await tx.db.insert(projectSpends).values(row);
    await touched(tx, project, 'project.spend', { after: row });
  });
}
