import {
  projectFunds,
  projectMilestones,
  projects,
  projectVillages,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { byRole, everywhere, inside, items, readers } from '../matrixKit.ts';
import type { Cell, MatrixEntry, Target } from '../matrixKit.ts';

// The projects module's rows of the authorization matrix (DESIGN.md §6). Readers in scope see a
// project serving their village; county and township admins and village cadres change it, auditors
// read only (403); whoever does not see it gets 404. A union cadre on `union:<id>` and a unit's
// staff on `unit:<id>` are tried in src/server/modules/projects/projects.test.ts.

/** Each target's project (in its village) and that project's one milestone. */
const PROJECT_OF = new Map<string, string>();
const MILESTONE_OF = new Map<string, string>();

/** One project in each target's village, with a fiscal budget line and one milestone. */
export async function seedProjectTargets(ctx: Ctx, targets: Iterable<Target>): Promise<void> {
  const now = ctx.clock();
  for (const target of targets) {
    const tenant = { regionCode: target.village, countyCode: target.village.slice(0, 6) };
    const id = uuidv7(now.getTime());
    await ctx.db.insert(projects).values({
      id,
      ...tenant,
      name: `矩阵项目${target.region}`,
      type: 'industry',
      startsOn: '2026-01-01',
      createdBy: target.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await ctx.db
      .insert(projectVillages)
      .values({ projectId: id, villageCode: target.village, ...tenant });
    await ctx.db
      .insert(projectFunds)
      .values({ projectId: id, source: 'fiscal', budget: 100_000, ...tenant });
    const milestoneId = uuidv7(now.getTime());
    await ctx.db.insert(projectMilestones).values({
      id: milestoneId,
      ...tenant,
      projectId: id,
      position: 0,
      name: '矩阵节点',
      weight: 1,
      progress: 0,
      createdAt: now,
      updatedAt: now,
    });
    PROJECT_OF.set(target.region, id);
    MILESTONE_OF.set(target.region, milestoneId);
  }
}

const projectUrl = (t: Target) => `/api/v1/projects/${PROJECT_OF.get(t.region) ?? ''}`;
const milestoneUrl = (t: Target) =>
  `${projectUrl(t)}/milestones/${MILESTONE_OF.get(t.region) ?? ''}`;
const writes = (outcome: number) =>
  byRole(
    {
      county_admin: inside(outcome),
      township_admin: inside(outcome),
      village_cadre: inside(outcome),
      auditor: inside(403),
    },
    everywhere(404),
  );
const read = (cell: Cell) => byRole(readers(cell), everywhere(cell.sibling));

export const projectsMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/projects': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: '/api/v1/projects?pageSize=200',
      listed: (b) => items(b).some((i) => i.id === PROJECT_OF.get(t.region)),
    }),
    expect: read(inside('listed', 'hidden')),
  },
  'GET /api/v1/projects/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: projectUrl(t) }),
    expect: read(inside(200)),
  },
  'POST /api/v1/projects': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/projects',
      payload: {
        name: `矩阵新项目${n}`,
        type: 'livelihood',
        villages: [t.village],
        startsOn: '2026-01-01',
      },
    }),
    expect: writes(201),
  },
  'PATCH /api/v1/projects/:id': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: projectUrl(t),
      payload: { name: `矩阵项目改${n}` },
    }),
    expect: writes(200),
  },
  'POST /api/v1/projects/:id/milestones': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: `${projectUrl(t)}/milestones`,
      payload: { name: `矩阵节点${n}`, weight: 2, progress: 10 },
    }),
    expect: writes(201),
  },
  'PATCH /api/v1/projects/:id/milestones/:milestoneId': {
    unauthenticated: 401,
    request: (t) => ({ method: 'PATCH', url: milestoneUrl(t), payload: { progress: 50 } }),
    expect: writes(200),
  },
  // Each target's milestone is removed once, by the writer whose own scope it is (after the PATCH row).
  'DELETE /api/v1/projects/:id/milestones/:milestoneId': {
    unauthenticated: 401,
    request: (t) => ({ method: 'DELETE', url: milestoneUrl(t) }),
    expect: writes(200),
  },
  'POST /api/v1/projects/:id/spends': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: `${projectUrl(t)}/spends`,
      payload: { source: 'fiscal', amount: 100, spentOn: '2026-03-01' },
    }),
    expect: writes(201),
  },
  'PUT /api/v1/projects/:id/outcomes/:year': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'PUT',
      url: `${projectUrl(t)}/outcomes/2026`,
      payload: { incomeAdded: 10_000, householdsBenefiting: 5 },
    }),
    expect: writes(200),
  },
};
