import { loadingStatus } from '../../platform/loadingStatus.ts';
import { defineRoute } from '../../platform/route.ts';
import { healthResponse, statusResponse } from './schema.ts';

export const systemRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    summary: '健康检查 / Health',
    tag: 'system',
    auth: 'public',
    response: healthResponse,
    // Answers from memory: a probe must not wait in the database's queue behind a seed or an
    // export (the embedded database runs one unit at a time). A dead database thread shows in
    // every other route; /api/v1/system/loading tells what is still loading.
    async handler({ ctx }) {
      return { status: 'ok' as const, db: ctx.dbKind, version: ctx.config.version };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/system/loading',
    summary: '后台加载进度 / What is still loading',
    tag: 'system',
    auth: 'public',
    response: statusResponse,
    // From memory, like the health check: it must answer while the database is busy loading.
    async handler() {
      return loadingStatus();
    },
  }),
];
