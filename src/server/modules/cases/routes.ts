import { z } from 'zod';
import { requireActor } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { pageQuery } from '../../platform/pagination.ts';
import { declaredType, sendUpload } from '../../platform/uploadedFiles.ts';
import { fileResponse, noContent } from '../../platform/responses.ts';
import { defineRoute, OWN_RECORDS } from '../../platform/route.ts';
import { catalogOf, putCaseType } from './catalog.ts';
import { actOnCase } from './actions.ts';
import { caseDepartments } from './departments.ts';
import {
  addAttachment,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  getAttachment,
} from './attachments.ts';
import { callRequester } from './callRequester.ts';
import { recordSweep } from './disputeSweeps.ts';
import { createOpen311Key } from './open311Keys.ts';
import { announceReceptionDay, listReceptionDays } from './receptionDays.ts';
import { caseStatistics } from './statistics.ts';
import { wishWall } from './wishWall.ts';
import { createCase } from './intake.ts';
import { inbox, markRead } from './notify.ts';
import {
  attachmentParams,
  caseActionBody,
  caseParams,
  caseTypeBody,
  caseTypeParams,
  catalogQuery,
  inboxParams,
  listCasesQuery,
  newCaseBody,
  open311KeyBody,
  receptionDayBody,
  regionQuery,
  statsQuery,
  sweepBody,
  wallQuery,
} from './schema.ts';
import { open311Routes } from './open311Routes.ts';
import {
  attachmentStoredView,
  caseDepartmentsView,
  callView,
  caseDetailView,
  caseListView,
  caseStatsView,
  caseTypeView,
  catalogView,
  disputeSweepView,
  inboxView,
  open311KeyView,
  receptionDaysView,
  receptionDayView,
  wishWallView,
} from './views.ts';
import { CASE_POLICY, CATALOG_POLICY, catalogCounty } from './policy.ts';
import { getCase, listCases } from './queries.ts';

const attachmentQuery = z.strictObject({ name: z.string().trim().min(1).max(120) });

export const caseRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/case-types',
    summary:
      '事项目录（预置 36 项代办事项、群众诉求、微心愿、矛盾纠纷、意见建议、民生实事，及本县修改）/ Case catalog',
    tag: 'cases',
    auth: 'session',
    policy: CATALOG_POLICY,
    query: catalogQuery,
    response: catalogView,
    handler: async ({ ctx, query }) => {
      const county = catalogCounty(ctx, query.county);
      return { county: county + '000000', items: await catalogOf(ctx, county) };
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/case-types/:code',
    summary:
      '县级管理员修改或新增事项类型（字段、办理规则、时限、上报阶梯）/ Edit or add a case type',
    tag: 'cases',
    auth: 'session',
    permission: 'cases.configure',
    params: caseTypeParams,
    query: catalogQuery,
    body: caseTypeBody,
    response: caseTypeView,
    handler: ({ ctx, params, query, body }) => putCaseType(ctx, params.code, query.county, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/cases',
    summary:
      '提交事项：村民为本户提交；工作人员代为登记（来访、电话、入户、接待日）/ Submit a case',
    tag: 'cases',
    auth: 'session',
    permission: 'cases.submit',
    body: newCaseBody,
    successStatus: 201,
    response: caseDetailView,
    handler: ({ ctx, body }) => createCase(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/cases',
    summary: '事项列表：我提交的 / 待我办理 / 辖区内 / List cases (mine, waiting for me, by scope)',
    tag: 'cases',
    auth: 'session',
    policy: CASE_POLICY,
    query: listCasesQuery,
    response: caseListView,
    handler: ({ ctx, query }) => listCases(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/cases/:id',
    summary: '事项详情与全部办理记录（仅责任链与审核人员可见）/ Case detail with every step',
    tag: 'cases',
    auth: 'session',
    policy: CASE_POLICY,
    params: caseParams,
    response: caseDetailView,
    handler: ({ ctx, params }) => getCase(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/cases/:id/call',
    summary:
      '一键拨号：办理人查看反映人电话（审计，受查看频率限制）/ The requester’s phone, for the handler to call',
    tag: 'cases',
    auth: 'session',
    policy: CASE_POLICY,
    params: caseParams,
    idempotent: false,
    response: callView,
    handler: ({ ctx, params }) => callRequester(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/cases/:id/actions',
    summary:
      '办理操作：开始、办结、确认、不认可、评价、关闭、上报、交办部门、认领、调解、备注 / Act on a case',
    tag: 'cases',
    auth: 'session',
    policy: CASE_POLICY,
    params: caseParams,
    body: caseActionBody,
    response: caseDetailView,
    handler: ({ ctx, params, body }) => actOnCase(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/cases/:id/departments',
    summary: '可交办的本县部门（单位）/ Departments of the case’s county to give it to',
    tag: 'cases',
    auth: 'session',
    policy: CASE_POLICY,
    params: caseParams,
    response: caseDepartmentsView,
    handler: ({ ctx, params }) => caseDepartments(ctx, params.id),
  }),
  defineRoute<Buffer, { name: string }, { id: string }>({
    method: 'POST',
    url: '/api/v1/cases/:id/attachments',
    summary: '上传附件（JPEG、PNG、PDF，≤5 MB）/ Attach a file',
    tag: 'cases',
    auth: 'session',
    policy: CASE_POLICY,
    params: caseParams,
    query: attachmentQuery,
    upload: { contentTypes: ATTACHMENT_TYPES, maxBytes: ATTACHMENT_MAX_BYTES },
    successStatus: 201,
    idempotent: false,
    response: attachmentStoredView,
    handler: ({ ctx, params, query, body, reply }) =>
      addAttachment(ctx, params.id, query.name, declaredType(reply), body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/cases/:id/attachments/:attachmentId',
    summary: '下载附件 / Download an attachment',
    tag: 'cases',
    auth: 'session',
    policy: CASE_POLICY,
    params: attachmentParams,
    response: fileResponse(ATTACHMENT_TYPES),
    handler: async ({ ctx, params, reply }) =>
      sendUpload(reply, await getAttachment(ctx, params.id, params.attachmentId)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/case-stats',
    summary:
      '事项统计：办结率、按时办结率、满意度、各级上报、按地区/责任层级/类别；矛盾纠纷排查化解 / Case statistics',
    tag: 'cases',
    auth: 'session',
    reads: 'replica',
    permission: 'cases.read',
    query: statsQuery,
    response: caseStatsView,
    handler: ({ ctx, query }) => caseStatistics(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/dispute-sweeps',
    summary: '记录矛盾纠纷排查（投入人次、排查起数）/ Record a dispute sweep',
    tag: 'cases',
    auth: 'session',
    permission: 'cases.handle',
    body: sweepBody,
    successStatus: 201,
    response: disputeSweepView,
    handler: ({ ctx, body }) => recordSweep(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/reception-days',
    summary: '人大代表接待日（每月 11 日，提前一周公告）/ Deputies’ reception days',
    tag: 'cases',
    auth: 'session',
    permission: 'regions.read',
    query: regionQuery,
    response: receptionDaysView,
    handler: ({ ctx, query }) => listReceptionDays(ctx, query.region),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/reception-days',
    summary: '公告接待日：代表、时间、地点（至少提前 7 天）/ Announce a reception day',
    tag: 'cases',
    auth: 'session',
    permission: 'cases.handle',
    body: receptionDayBody,
    successStatus: 201,
    response: receptionDayView,
    handler: ({ ctx, body }) => announceReceptionDay(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/wishes/wall',
    summary: '微心愿墙（姓名脱敏，不含任何身份信息）/ Wish wall, nothing identifying',
    tag: 'cases',
    auth: 'session',
    permission: 'regions.read',
    query: wallQuery,
    response: wishWallView,
    handler: ({ ctx, query }) => wishWall(ctx, query.region),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/inbox',
    summary: '站内消息 / In-app inbox',
    tag: 'cases',
    auth: 'session',
    policy: OWN_RECORDS,
    query: z.strictObject(pageQuery),
    response: inboxView,
    handler: ({ ctx, query }) => inbox(ctx, requireActor(ctx).accountId, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/inbox/:id/read',
    summary: '标记已读 / Mark a message read',
    tag: 'cases',
    auth: 'session',
    policy: OWN_RECORDS,
    params: inboxParams,
    response: noContent,
    handler: async ({ ctx, params }) => {
      if (!(await markRead(ctx, requireActor(ctx).accountId, params.id)))
        throw new AppError('NOT_FOUND');
      return undefined;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/open311-keys',
    summary:
      '创建 Open311 API 密钥（仅显示一次，只保存哈希）/ Create an Open311 API key, shown once',
    tag: 'cases',
    auth: 'session',
    permission: 'cases.configure',
    body: open311KeyBody,
    successStatus: 201,
    response: open311KeyView,
    handler: ({ ctx, body }) => createOpen311Key(ctx, body),
  }),
  ...open311Routes,
];
