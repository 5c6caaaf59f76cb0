import { defineRoute } from '../../platform/route.ts';
import { acceptZeroYear } from './accept.ts';
import { listZeroEvents, zeroProgress } from './queries.ts';
import { recordZeroEvent } from './recordEvent.ts';
import { zeroAcceptanceBody, zeroEventBody, zeroQuery } from './schema.ts';
import { zeroAcceptanceView, zeroEventList, zeroEventView, zeroProgressView } from './views.ts';

// 三零 平安创建 records: events, progress per village and unit, the year's 评定验收.
const tag = 'zero';

export const zeroRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/zero-events',
    summary: '记录“三零”事件（越级上访、安全事故、刑事案件）/ Record a 三零 event',
    tag,
    auth: 'session',
    permission: 'cases.handle',
    body: zeroEventBody,
    successStatus: 201,
    response: zeroEventView,
    handler: ({ ctx, body }) => recordZeroEvent(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/zero-events',
    summary: '本年“三零”事件 / A region’s 三零 events of a year',
    tag,
    auth: 'session',
    permission: 'evaluation.read',
    query: zeroQuery,
    response: zeroEventList,
    handler: ({ ctx, query }) => listZeroEvents(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/zero-progress',
    summary: '“三零”创建进展（各村、各单位）/ 三零 progress per village and unit',
    tag,
    auth: 'session',
    permission: 'evaluation.read',
    query: zeroQuery,
    response: zeroProgressView,
    handler: ({ ctx, query }) => zeroProgress(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/zero-acceptances',
    summary: '“三零”年度评定验收 / Decide a village’s or unit’s 三零 year',
    tag,
    auth: 'session',
    permission: 'evaluation.manage',
    body: zeroAcceptanceBody,
    successStatus: 201,
    response: zeroAcceptanceView,
    handler: ({ ctx, body }) => acceptZeroYear(ctx, body),
  }),
];
