import type { z } from 'zod';
import type { taskListDetail, taskListList } from '../../server/modules/tasks/views.ts';
import type {
  NewTask,
  NewTaskList,
  ProgressEntry,
  QuarterScore,
} from '../../server/modules/tasks/schema.ts';
import { request } from './client.ts';

// Shapes of /api/v1/task-lists: derived from the routes' response schemas (type imports only).
export type TaskListList = z.infer<typeof taskListList>;
export type TaskListItem = TaskListList['items'][number];
export type TaskListDetail = z.infer<typeof taskListDetail>;
export type TaskItem = TaskListDetail['items'][number];

const at = (id: string) => `/api/v1/task-lists/${encodeURIComponent(id)}`;
const task = (id: string, taskId: string, tail: string) =>
  `${at(id)}/tasks/${encodeURIComponent(taskId)}/${tail}`;

export const taskApi = {
  list: (signal?: AbortSignal) => request<TaskListList>('/api/v1/task-lists', { signal }),
  get: (id: string, signal?: AbortSignal) => request<TaskListDetail>(at(id), { signal }),
  reportUrl: (id: string) => `${at(id)}/report`,
  create: (body: NewTaskList) =>
    request<TaskListDetail>('/api/v1/task-lists', { method: 'POST', body }),
  addTask: (id: string, body: NewTask) =>
    request<TaskListDetail>(`${at(id)}/tasks`, { method: 'POST', body }),
  setOwner: (id: string, taskId: string, personId?: string) =>
    request<TaskListDetail>(task(id, taskId, 'owner'), {
      method: 'PUT',
      body: personId ? { personId } : {},
    }),
  progress: (id: string, taskId: string, body: ProgressEntry) =>
    request<TaskListDetail>(task(id, taskId, 'progress'), { method: 'POST', body }),
  score: (id: string, taskId: string, body: QuarterScore) =>
    request<TaskListDetail>(task(id, taskId, 'scores'), { method: 'POST', body }),
  close: (id: string, taskId: string) =>
    request<TaskListDetail>(task(id, taskId, 'close'), { method: 'POST' }),
};
