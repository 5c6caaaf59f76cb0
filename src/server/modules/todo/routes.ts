import { requireActor } from '../../platform/context.ts';
import { defineRoute } from '../../platform/route.ts';
import { residentHome } from './home.ts';
import { residentHomeQuery, residentHomeView } from './homeSchema.ts';
import { todoView } from './schema.ts';
import { myTodo } from './todo.ts';

// 待办: the bell in the header and the list on the home page.
export const todoRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/todo',
    summary: '我的待办：等我办理、确认、审核、审批的事项 / What waits for me',
    tag: 'todo',
    auth: 'session',
    policy:
      'todo/todo.ts — each source asks its own module: cases waiting for the caller, the caller’s own requests, evaluation steps the scheme gives the caller’s role, dividend runs the caller approves or publishes, open warnings where the caller reviews, the caller’s own messages',
    response: todoView,
    handler: ({ ctx }) => myTodo(ctx, requireActor(ctx)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/home',
    summary: '居民首页：我家与联户的星级、我的诉求、公示 / A resident’s phone home',
    tag: 'todo',
    auth: 'session',
    policy:
      'todo/home.ts — the caller’s own household and, for a party member, the households they answer for (L4 联户); any other household is not found',
    query: residentHomeQuery,
    response: residentHomeView,
    handler: ({ ctx, query }) => residentHome(ctx, query),
  }),
];
