import { fileResponse, sendFile } from '../../platform/responses.ts';
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
    // A job stores its file with its type (an import's error workbook, a planner's result).
    response: fileResponse(['*/*']),
    handler: async ({ ctx, params, reply }) => sendFile(reply, await jobArtifact(ctx, params.id)),
  }),
];
