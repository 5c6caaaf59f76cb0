import { DOCX_TYPE, fileResponse, sendBuiltFile } from '../../platform/responses.ts';
import { defineRoute } from '../../platform/route.ts';
import { addTask } from './addTask.ts';
import { closeTask } from './closeTask.ts';
import { createTaskList } from './createList.ts';
import { getTaskList } from './detail.ts';
import { listTaskLists } from './list.ts';
import { setOwner } from './owner.ts';
import { TASK_POLICY } from './policy.ts';
import { enterProgress } from './progress.ts';
import { annualReport } from './report.ts';
import {
  addTaskBody,
  createListBody,
  listParams,
  listTaskListsQuery,
  ownerBody,
  progressBody,
  scoreBody,
  taskParams,
} from './schema.ts';
import { scoreQuarter } from './scores.ts';
import { taskListDetail, taskListList } from './views.ts';

const tag = 'tasks';

export const taskRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/task-lists',
    summary: '联建任务清单 / Task lists of the unions in scope',
    tag,
    auth: 'session',
    permission: 'directory.read',
    query: listTaskListsQuery,
    response: taskListList,
    handler: ({ ctx, query }) => listTaskLists(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/task-lists/:id',
    summary: '任务清单详情 / Targets, tasks, months and quarters of a list',
    tag,
    auth: 'session',
    permission: 'directory.read',
    params: listParams,
    response: taskListDetail,
    handler: ({ ctx, params }) => getTaskList(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/task-lists/:id/report',
    summary: '年述职 .docx / The year’s report of a list',
    tag,
    auth: 'session',
    reads: 'replica',
    permission: 'directory.read',
    params: listParams,
    response: fileResponse([DOCX_TYPE]),
    handler: ({ ctx, params, reply }) =>
      sendBuiltFile(reply, DOCX_TYPE, () => annualReport(ctx, params.id)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/task-lists',
    summary: '订单 / A union’s targets for a year, set by its joint meeting',
    tag,
    auth: 'session',
    policy: TASK_POLICY,
    body: createListBody,
    response: taskListDetail,
    successStatus: 201,
    handler: ({ ctx, body }) => createTaskList(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/task-lists/:id/tasks',
    summary: '新增任务 / A task with measures, deadline and maybe its owner',
    tag,
    auth: 'session',
    policy: TASK_POLICY,
    params: listParams,
    body: addTaskBody,
    response: taskListDetail,
    successStatus: 201,
    handler: ({ ctx, params, body }) => addTask(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/task-lists/:id/tasks/:taskId/owner',
    summary: '领单 / The owner takes the task (a named person, or the caller)',
    tag,
    auth: 'session',
    policy: TASK_POLICY,
    params: taskParams,
    body: ownerBody,
    response: taskListDetail,
    handler: ({ ctx, params, body }) => setOwner(ctx, params.id, params.taskId, body.personId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/task-lists/:id/tasks/:taskId/progress',
    summary: '月跟踪 / A month’s progress of a task',
    tag,
    auth: 'session',
    policy: TASK_POLICY,
    params: taskParams,
    body: progressBody,
    response: taskListDetail,
    handler: ({ ctx, params, body }) => enterProgress(ctx, params.id, params.taskId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/task-lists/:id/tasks/:taskId/scores',
    summary: '季考评 / A quarter’s score of a task',
    tag,
    auth: 'session',
    policy: TASK_POLICY,
    params: taskParams,
    body: scoreBody,
    response: taskListDetail,
    handler: ({ ctx, params, body }) => scoreQuarter(ctx, params.id, params.taskId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/task-lists/:id/tasks/:taskId/close',
    summary: '关闭任务 / Close a task: it takes no more entries',
    tag,
    auth: 'session',
    policy: TASK_POLICY,
    params: taskParams,
    response: taskListDetail,
    handler: ({ ctx, params }) => closeTask(ctx, params.id, params.taskId),
  }),
];
