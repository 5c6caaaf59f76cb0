import { fileResponse, noContent, sendFile } from '../../platform/responses.ts';
import { defineRoute, OWN_RECORDS } from '../../platform/route.ts';
import { jobList, jobParams, jobView } from './schema.ts';
import { getJob, jobArtifact, listMyJobs, markJobSeen } from './service.ts';

export const jobRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/jobs',
    summary: '我近两周的后台任务 / My background jobs of the last two weeks',
    tag: 'jobs',
    auth: 'session',
    policy: OWN_RECORDS,
    response: jobList,
    handler: ({ ctx }) => listMyJobs(ctx),
  }),
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
  defineRoute({
    method: 'POST',
    url: '/api/v1/jobs/:id/seen',
    summary: '已查看任务结果（移出待办）/ The job’s outcome was seen: off the to-do',
    tag: 'jobs',
    auth: 'session',
    policy: OWN_RECORDS,
    params: jobParams,
    response: noContent,
    handler: async ({ ctx, params }) => {
      await markJobSeen(ctx, params.id);
      return undefined;
    },
  }),
];
