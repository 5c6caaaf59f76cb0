import { eq } from 'drizzle-orm';
import { taskItems, taskLists, unions } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { insertHouseholdOfOne } from '../directoryFixtures.ts';
import { byRole, countyOrTownship, inside } from '../matrixKit.ts';
import type { Cell, MatrixEntry, Target } from '../matrixKit.ts';
import { unionFor, villageFor } from './unions.ts';

// The task lists' rows of the authorization matrix (订单/领单/评单): a list is read with its union
// (directory.read over a member village; roles without it anywhere get 403 from the route's
// permission), written by the union's managers (county and township admins over its villages);
// village cadres and auditors read only (403); whoever does not see the union gets 404. The
// matrix binds union_cadre on a township, where it sees no union: its own union's cadre writing is
// tried in src/server/modules/tasks/tasks.test.ts.

interface Seeded {
  listId: string;
  /** Takes progress, scores and owners. */
  taskId: string;
  /** Closed by the close row. */
  closableId: string;
  /** A resident of the union's village, the owner the owner row names. */
  ownerId: string;
}
const SEEDED = new Map<string, Seeded>();
const of = (t: Target): Seeded => {
  const seeded = SEEDED.get(unionFor(t));
  if (!seeded) throw new Error(`no task list for ${t.region}`);
  return seeded;
};

/** A 2026 list with two tasks for each target's union (seeded by seedUnionTargets before this). */
export async function seedTaskTargets(ctx: Ctx, targets: Iterable<Target>): Promise<void> {
  const now = ctx.clock();
  for (const target of targets) {
    const unionId = unionFor(target);
    if (SEEDED.has(unionId)) continue;
    const [union] = await ctx.db.select().from(unions).where(eq(unions.id, unionId));
    if (!union) throw new Error(`no union for ${target.region}`);
    const tenant = { regionCode: union.regionCode, countyCode: union.countyCode };
    const listId = uuidv7(now.getTime());
    await ctx.db.insert(taskLists).values({
      id: listId,
      ...tenant,
      subjectKind: 'union',
      subjectId: union.id,
      year: 2026,
      title: `矩阵任务清单${union.name}`,
      meetingOn: '2026-01-10',
      targets: ['矩阵目标'],
      createdBy: target.accountId,
      createdAt: now,
    });
    const task = (title: string) => ({
      id: uuidv7(now.getTime()),
      ...tenant,
      listId,
      title,
      measures: '矩阵措施',
      deadline: '2026-12-31',
      createdBy: target.accountId,
      createdAt: now,
    });
    const [work, closable] = [task('矩阵任务'), task('矩阵待关闭任务')];
    await ctx.db.insert(taskItems).values([work, closable]);
    const owner = await insertHouseholdOfOne(ctx, villageFor(target.region), '矩阵领单人');
    SEEDED.set(unionId, {
      listId,
      taskId: work.id,
      closableId: closable.id,
      ownerId: owner.personId,
    });
  }
}

const readers = (cell: Cell) =>
  byRole({ county_admin: cell, township_admin: cell, village_cadre: cell, auditor: cell });
const taskUrl = (t: Target, tail: string, task: keyof Seeded = 'taskId') =>
  `/api/v1/task-lists/${of(t).listId}/tasks/${of(t)[task]}/${tail}`;

export const tasksMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/task-lists': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: '/api/v1/task-lists?year=2026',
      listed: (b) => (b as { items: { id: string }[] }).items.some((i) => i.id === of(t).listId),
    }),
    expect: readers(inside('listed', 'hidden')),
  },
  'GET /api/v1/task-lists/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/task-lists/${of(t).listId}` }),
    expect: readers(inside(200)),
  },
  'GET /api/v1/task-lists/:id/report': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/task-lists/${of(t).listId}/report` }),
    expect: readers(inside(200)),
  },
  // Each manager's own union takes one list of a year it has none for.
  'POST /api/v1/task-lists': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/task-lists',
      payload: {
        union: unionFor(t),
        year: 2000 + (n % 25),
        meetingOn: `${2000 + (n % 25)}-03-01`,
        targets: ['矩阵目标'],
      },
    }),
    expect: countyOrTownship(201),
  },
  'POST /api/v1/task-lists/:id/tasks': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: `/api/v1/task-lists/${of(t).listId}/tasks`,
      payload: { title: `矩阵任务${n}`, measures: '矩阵措施', deadline: '2026-10-31' },
    }),
    expect: countyOrTownship(201),
  },
  'PUT /api/v1/task-lists/:id/tasks/:taskId/owner': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'PUT',
      url: taskUrl(t, 'owner'),
      payload: { personId: of(t).ownerId },
    }),
    expect: countyOrTownship(200),
  },
  'POST /api/v1/task-lists/:id/tasks/:taskId/progress': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: taskUrl(t, 'progress'),
      payload: { month: '2026-10', progress: n % 101, note: '矩阵月跟踪' },
    }),
    expect: countyOrTownship(200),
  },
  'POST /api/v1/task-lists/:id/tasks/:taskId/scores': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: taskUrl(t, 'scores'),
      payload: { quarter: 3, score: 90 },
    }),
    expect: countyOrTownship(200),
  },
  'POST /api/v1/task-lists/:id/tasks/:taskId/close': {
    unauthenticated: 401,
    request: (t) => ({ method: 'POST', url: taskUrl(t, 'close', 'closableId') }),
    expect: countyOrTownship(200),
  },
};
