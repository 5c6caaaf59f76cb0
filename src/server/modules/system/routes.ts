import { z } from 'zod';
import { defineRoute } from '../../platform/route.ts';

export const healthResponse = z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), version: z.string() });

export const systemRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    summary: '健康检查 / Health',
    tag: 'system',
    auth: 'public',
    response: healthResponse,
    async handler({ ctx }) {
      await ctx.db.execute('SELECT 1');
      return { status: 'ok' as const, db: ctx.dbKind, version: ctx.config.version };
    },
  }),
];
