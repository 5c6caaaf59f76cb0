import type { z } from 'zod';
import type { residentHomeView } from '../../server/modules/todo/homeSchema.ts';
import type { todoView } from '../../server/modules/todo/schema.ts';
import { request } from './client.ts';

// 待办: derived from the route's response schema (type import only).
export type Todo = z.infer<typeof todoView>;
export type TodoGroup = Todo['groups'][number];
export type TodoItem = TodoGroup['items'][number];

export const todoApi = {
  mine: (signal?: AbortSignal) => request<Todo>('/api/v1/me/todo', { signal }),
};

export type ResidentHome = z.infer<typeof residentHomeView>;

export const residentHomeApi = {
  mine: (signal?: AbortSignal) => request<ResidentHome>('/api/v1/me/home', { signal }),
};
