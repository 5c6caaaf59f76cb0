import { milestoneProblems, projectProblems } from '../../../domain/projects/checks.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import {
  projectFunds,
  projectMilestones,
  projects,
  projectVillages,
} from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { getProject } from './detail.ts';
import { findProject } from './load.ts';
import { authorizeWrite, maySeeProject } from './policy.ts';
import { refuse } from './problems.ts';
import type { NewProject } from './schema.ts';
import { belongingOf, checkProjectVillages, projectRegion } from './villages.ts';
import type { ProjectDetail } from './views.ts';

/**
 * A project with its villages, budget lines and milestones, in one transaction with its audit
 * entry. Bad fields answer 400; villages the caller may not see 404, ones they only read 403;
 * nothing is written then.
 */
export async function createProject(ctx: Ctx, body: NewProject): Promise<ProjectDetail> {
  const actor = requireActor(ctx);
  refuse([
    ...projectProblems(body),
    ...weightProblem(body.weight),
    ...body.milestones.flatMap((m, i) => milestoneProblems(m, body, `body.milestones.${i}`)),
  ]);
  return transaction(ctx, async (tx) => {
    const belonging = await belongingOf(tx, body.unionId, body.pairingId);
    const villages = await checkProjectVillages(tx, body.villages, belonging);
    authorizeWrite(actor, { villages, unionId: belonging.unionId, unitId: belonging.unitId });
    if (body.parentId) {
      const parent = await findProject(tx, body.parentId);
      if (!parent || !maySeeProject(actor, parent))
        throw validationError([{ path: 'body.parentId', message: 'no such project' }]);
      if (parent.row.parentId)
        throw validationError([
          { path: 'body.parentId', message: 'a child project takes no children (two levels)' },
        ]);
      if (parent.row.countyCode !== villages[0]?.slice(0, 6))
        throw validationError([{ path: 'body.parentId', message: 'a project of another county' }]);
    }
    const now = tx.clock();
    const regionCode = projectRegion(villages);
    const tenant = { regionCode, countyCode: regionCode.slice(0, 6) };
    const row = {
      id: uuidv7(now.getTime()),
      ...tenant,
      name: body.name,
      type: body.type,
      status: body.status,
      key: body.key,
      unionId: belonging.unionId,
      pairingId: belonging.pairingId,
      parentId: body.parentId ?? null,
      weight: body.weight,
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      description: body.description ?? null,
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    };
    await tx.db.insert(projects).values(row);
    await tx.db.insert(projectVillages).values(
      villages.map((v) => ({
        projectId: row.id,
        villageCode: v,
        regionCode: v,
        countyCode: tenant.countyCode,
      })),
    );
    if (body.funds.length > 0)
      await tx.db
        .insert(projectFunds)
        .values(body.funds.map((f) => ({ projectId: row.id, ...tenant, ...f })));
    if (body.milestones.length > 0)
      await tx.db.insert(projectMilestones).values(
        body.milestones.map((m, position) => ({
          id: uuidv7(now.getTime()),
          ...tenant,
          projectId: row.id,
          position,
          name: m.name,
          weight: m.weight,
          progress: m.progress,
          dueOn: m.dueOn ?? null,
          createdAt: now,
          updatedAt: now,
        })),
      );
    await appendAudit(tx, {
      action: 'project.create',
      objectType: 'project',
      objectId: row.id,
      regionCode,
      after: { ...row, villages, funds: body.funds, milestones: body.milestones },
    });
    return getProject(tx, row.id);
  });
}

export const weightProblem = (weight: number | undefined, path = 'body.weight') =>
  weight !== undefined && !(Number.isSafeInteger(weight) && weight > 0)
    ? [{ path, message: 'a positive whole number' }]
    : [];
