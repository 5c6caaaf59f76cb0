import { defineRoute } from '../../platform/route.ts';
import { createProject } from './createProject.ts';
import { getProject } from './detail.ts';
import { listProjects } from './list.ts';
import { addMilestone, removeMilestone, updateMilestone } from './milestones.ts';
import { setOutcome } from './outcomes.ts';
import { PROJECT_POLICY } from './policy.ts';
import {
  createProjectBody,
  listProjectsQuery,
  milestoneBody,
  milestoneParams,
  outcomeBody,
  outcomeParams,
  projectParams,
  spendBody,
  updateMilestoneBody,
  updateProjectBody,
} from './schema.ts';
import { recordSpend } from './spends.ts';
import { updateProject } from './updateProject.ts';
import { projectDetail, projectPage } from './views.ts';
import './metrics.ts';

const tag = 'projects';
const policy = PROJECT_POLICY;

export const projectRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/projects',
    summary: '项目列表 / Projects in scope (by region, type, status, union, pairing)',
    tag,
    auth: 'session',
    policy,
    query: listProjectsQuery,
    response: projectPage,
    handler: ({ ctx, query }) => listProjects(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/projects/:id',
    summary: '项目详情 / A project: funds, milestones with the roll-up, outcomes, inspections',
    tag,
    auth: 'session',
    policy,
    params: projectParams,
    response: projectDetail,
    handler: ({ ctx, params }) => getProject(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/projects',
    summary: '新建项目 / Create a project',
    tag,
    auth: 'session',
    policy,
    body: createProjectBody,
    response: projectDetail,
    successStatus: 201,
    handler: ({ ctx, body }) => createProject(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/projects/:id',
    summary: '修改项目 / Edit a project (fields, status, budget lines)',
    tag,
    auth: 'session',
    policy,
    params: projectParams,
    body: updateProjectBody,
    response: projectDetail,
    handler: ({ ctx, params, body }) => updateProject(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/projects/:id/milestones',
    summary: '新增节点 / Add a milestone',
    tag,
    auth: 'session',
    policy,
    params: projectParams,
    body: milestoneBody,
    response: projectDetail,
    successStatus: 201,
    handler: ({ ctx, params, body }) => addMilestone(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/projects/:id/milestones/:milestoneId',
    summary: '更新节点进度 / Edit a milestone (progress, weight, due day)',
    tag,
    auth: 'session',
    policy,
    params: milestoneParams,
    body: updateMilestoneBody,
    response: projectDetail,
    handler: ({ ctx, params, body }) => updateMilestone(ctx, params.id, params.milestoneId, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/projects/:id/milestones/:milestoneId',
    summary: '删除节点 / Remove a milestone',
    tag,
    auth: 'session',
    policy,
    params: milestoneParams,
    response: projectDetail,
    handler: ({ ctx, params }) => removeMilestone(ctx, params.id, params.milestoneId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/projects/:id/spends',
    summary: '登记支出 / Record money spent from a source',
    tag,
    auth: 'session',
    policy,
    params: projectParams,
    body: spendBody,
    response: projectDetail,
    successStatus: 201,
    handler: ({ ctx, params, body }) => recordSpend(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/projects/:id/outcomes/:year',
    summary: '项目成效 / Set a year’s outcomes (collective income added, households benefiting)',
    tag,
    auth: 'session',
    policy,
    params: outcomeParams,
    body: outcomeBody,
    response: projectDetail,
    handler: ({ ctx, params, body }) => setOutcome(ctx, params.id, params.year, body),
  }),
];
