import { defineRoute, OWN_RECORDS } from '../../platform/route.ts';
import { jobParams, jobView } from './schema.ts';
import { getJob, jobArtifact } from './service.ts';

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
