import { z } from 'zod';
import { defineRoute, OWN_RECORDS } from '../../platform/route.ts';
import { getJob, jobArtifact } from './service.ts';

const jobParams = z.strictObject({ id: z.uuid() });

export const jobView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['running', 'succeeded', 'failed']),
  progress: z.number().describe('0–1'),
  message: z.string().nullable(),
  result: z.unknown(),
  artifact: z.object({ name: z.string(), type: z.string().nullable(), url: z.string() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const jobRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/jobs/:id',
    summary: '后台任务进度与结果 / Background job progress and result',
    tag: 'jobs',
    auth: 'session',
    policy: OWN_RECORDS,
    params: jobParams,
    response: jobView,
    handler: ({ ctx, params }) => getJob(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/jobs/:id/artifact',
    summary: '下载任务结果文件 / Download the job’s file',
    tag: 'jobs',
    auth: 'session',
    policy: OWN_RECORDS,
    params: jobParams,
    async handler({ ctx, params, reply }) {
      const file = await jobArtifact(ctx, params.id);
      void reply
        .type(file.type)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        );
      return file.data;
    },
  }),
];
