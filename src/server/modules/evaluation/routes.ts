import { z } from 'zod';
import { regionCode } from '../regions/schema.ts';
import { runInBackground } from '../../db/workPriority.ts';
import { declaredType } from '../../platform/uploadedFiles.ts';
import {
  DOCX_TYPE,
  fileResponse,
  htmlPage,
  sendFile,
  sendHtml,
  XLSX_TYPE,
} from '../../platform/responses.ts';
import { defineRoute } from '../../platform/route.ts';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, claimStars, uploadEvidence } from './claims.ts';
import { award, decide } from './decisions.ts';
import { evaluationDetail, evidenceFile, myEvaluations } from './detail.ts';
import './metricProviders.ts';
import { answerObjection, fileObjection } from './objections.ts';
import { progress, setSettings, setTarget } from './progress.ts';
import { NOTICE_LANGS, noticeHtml, publicNotices } from './publicNotices.ts';
import { certificatesHtml, PRINT_SCRIPT, roundReport, roundWorkbook } from './reports.ts';
import { listRounds, openRound, roundBoard } from './rounds.ts';
import {
  answerBody,
  claimBody,
  createSchemeBody,
  decisionBody,
  editSchemeBody,
  evidenceQuery,
  idParams,
  listRoundsQuery,
  objectionBody,
  openRoundBody,
  progressQuery,
  settingsBody,
  targetBody,
  vetoBody,
  vetoDecisionBody,
} from './schema.ts';
import { createScheme, editScheme, getScheme, listSchemes } from './schemes.ts';
import { decideVeto, recordVeto } from './vetoes.ts';
import { evaluationDetailView, evaluationListView } from './detailViews.ts';
import { noticeListView, progressView, settingsView, targetView } from './progressViews.ts';
import {
  awardedView,
  boardView,
  claimedView,
  decidedView,
  evidenceView,
  objectionAnsweredView,
  objectionFiledView,
  openedRoundView,
  roundListView,
  schemeListView,
  schemeView,
  vetoDecidedView,
  vetoRecordedView,
} from './views.ts';

/**
 * The public notice page's choices: one village of a round, the page's language. Other
 * parameters are passed over, not refused: a link shared in WeChat comes back with its own
 * (`?from=singlemessage&isappinstalled=0`).
 */
const noticePageQuery = z.object({
  village: regionCode.optional(),
  lang: z.enum(NOTICE_LANGS).optional(),
});
const TAG = 'evaluation';
// The round's .xlsx and 通报 are heavy reads: their statements give way to people's list reads
// on the embedded database (workPriority.ts).
export const evaluationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/schemes',
    summary: '评星方案（含预置方案）/ Star schemes incl. presets',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.read',
    response: schemeListView,
    handler: ({ ctx }) => listSchemes(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/schemes/:id',
    summary: '评星方案详情 / A scheme',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.read',
    params: idParams,
    response: schemeView,
    handler: ({ ctx, params }) => getScheme(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/evaluation/schemes',
    summary: '新建或复制评星方案 / Create or copy a scheme',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.manage',
    body: createSchemeBody,
    successStatus: 201,
    response: schemeView,
    handler: ({ ctx, body }) => createScheme(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/evaluation/schemes/:id',
    summary: '修改评星方案（进行中的轮次使用时 409；用过则生成新版本）/ Edit a scheme',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.manage',
    params: idParams,
    body: editSchemeBody,
    response: schemeView,
    handler: ({ ctx, params, body }) => editScheme(ctx, params.id, body.definition),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/rounds',
    summary: '评星轮次 / Rounds',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.read',
    query: listRoundsQuery,
    response: roundListView,
    handler: ({ ctx, query }) => listRounds(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/evaluation/rounds',
    summary: '开启评星轮次（对象取自名录）/ Open a round',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.manage',
    body: openRoundBody,
    successStatus: 201,
    response: openedRoundView,
    handler: ({ ctx, body }) => openRound(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/rounds/:id',
    summary: '轮次看板：各对象阶段与“待我办理” / Round board',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.read',
    params: idParams,
    response: boardView,
    handler: ({ ctx, params }) => roundBoard(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/rounds/:id/report',
    summary: '轮次通报 .docx / The round’s 通报',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.read',
    params: idParams,
    response: fileResponse([DOCX_TYPE]),
    handler: async ({ ctx, params, reply }) => {
      const report = await runInBackground(() => roundReport(ctx, params.id));
      return sendFile(reply, { ...report, type: DOCX_TYPE });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/rounds/:id/export',
    summary: '轮次名单 .xlsx / The round as .xlsx',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.read',
    params: idParams,
    response: fileResponse([XLSX_TYPE]),
    handler: async ({ ctx, params, reply }) => {
      const workbook = await runInBackground(() => roundWorkbook(ctx, params.id));
      return sendFile(reply, { ...workbook, type: XLSX_TYPE });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/rounds/:id/certificates',
    summary: '挂星名单（可打印）/ Printable plaque list',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.read',
    params: idParams,
    response: htmlPage,
    handler: async ({ ctx, params, reply }) =>
      sendHtml(reply, await certificatesHtml(ctx, params.id), [PRINT_SCRIPT]),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/evaluations/:id',
    summary: '评星对象页：认星、佐证、指标来源、决定、历史 / Subject page',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.read',
    params: idParams,
    response: evaluationDetailView,
    handler: ({ ctx, params }) => evaluationDetail(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/mine',
    summary: '我家的评星 / My household’s evaluations',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.claim',
    response: evaluationListView,
    handler: ({ ctx }) => myEvaluations(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/evaluation/evaluations/:id/claim',
    summary: '认星 / Claim stars',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.claim',
    params: idParams,
    body: claimBody,
    response: claimedView,
    handler: ({ ctx, params, body }) => claimStars(ctx, params.id, body),
  }),
  defineRoute<Buffer, { name: string }, { id: string }>({
    method: 'POST',
    url: '/api/v1/evaluation/evaluations/:id/evidence',
    summary: '上传佐证材料（JPEG/PNG/PDF，≤5 MB）/ Upload evidence',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.claim',
    params: idParams,
    query: evidenceQuery,
    upload: { contentTypes: EVIDENCE_TYPES, maxBytes: EVIDENCE_MAX_BYTES },
    successStatus: 201,
    response: evidenceView,
    handler: ({ ctx, params, query, body, reply }) =>
      uploadEvidence(ctx, params.id, query.name, declaredType(reply), body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/evidence/:id',
    summary: '下载佐证材料 / Download evidence',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.read',
    params: idParams,
    response: fileResponse(EVIDENCE_TYPES),
    handler: async ({ ctx, params, reply }) => {
      const row = await evidenceFile(ctx, params.id);
      return sendFile(reply, { name: row.name, type: row.contentType, data: row.data }, 'inline');
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/evaluation/evaluations/:id/decisions',
    summary: '逐星评审（按配置的环节与角色）/ Decide star by star at a step',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.review',
    params: idParams,
    body: decisionBody,
    response: decidedView,
    handler: ({ ctx, params, body }) => decide(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/evaluation/evaluations/:id/award',
    summary: '亮星/挂星（公示期满且无未答复异议）/ Award',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.review',
    params: idParams,
    response: awardedView,
    handler: ({ ctx, params }) => award(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/evaluation/evaluations/:id/objections',
    summary: '公示期内提出异议 / Object during the notice',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.object',
    params: idParams,
    body: objectionBody,
    successStatus: 201,
    response: objectionFiledView,
    handler: ({ ctx, params, body }) => fileObjection(ctx, params.id, body.text),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/evaluation/objections/:id/answer',
    summary: '答复异议 / Answer an objection',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.review',
    params: idParams,
    body: answerBody,
    response: objectionAnsweredView,
    handler: ({ ctx, params, body }) => answerObjection(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/evaluation/evaluations/:id/vetoes',
    summary: '登记否决事项，提议摘星 / Record a veto event',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.review',
    params: idParams,
    body: vetoBody,
    successStatus: 201,
    response: vetoRecordedView,
    handler: ({ ctx, params, body }) => recordVeto(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/evaluation/vetoes/:id/decision',
    summary: '认定摘星 / Decide a removal',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.review',
    params: idParams,
    body: vetoDecisionBody,
    response: vetoDecidedView,
    handler: ({ ctx, params, body }) => decideVeto(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/evaluation/progress',
    summary: '目标进度、排名与预警 / Targets, rankings, warnings',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.read',
    query: progressQuery,
    response: progressView,
    handler: ({ ctx, query }) => progress(ctx, query),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/evaluation/targets',
    summary: '设置目标 / Set a target',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.manage',
    body: targetBody,
    response: targetView,
    handler: ({ ctx, body }) => setTarget(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/evaluation/settings',
    summary: '县级设置（排名开关）/ County settings (rankings on/off)',
    tag: TAG,
    auth: 'session',
    permission: 'evaluation.manage',
    body: settingsBody,
    response: settingsView,
    handler: ({ ctx, body }) => setSettings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/public/notices',
    summary: '评星公示（无需登录，仅公开字段）/ Public notices',
    tag: 'public',
    auth: 'public',
    response: noticeListView,
    handler: ({ ctx }) => publicNotices(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/notice',
    summary: '评星公示页面（无需登录）/ Public notice page',
    tag: 'public',
    auth: 'public',
    query: noticePageQuery,
    response: htmlPage,
    handler: async ({ ctx, query, reply }) =>
      sendHtml(
        reply,
        noticeHtml((await publicNotices(ctx)).items, {
          lang: query.lang ?? 'zh-CN',
          village: query.village,
        }),
      ),
  }),
  defineRoute({
    method: 'GET',
    url: '/notice/:id',
    summary: '单轮评星公示页面（无需登录）/ One round’s public notice',
    tag: 'public',
    auth: 'public',
    params: idParams,
    query: noticePageQuery,
    response: htmlPage,
    handler: async ({ ctx, params, query, reply }) =>
      sendHtml(
        reply,
        noticeHtml((await publicNotices(ctx, params.id)).items, {
          lang: query.lang ?? 'zh-CN',
          village: query.village,
          roundPage: true,
        }),
      ),
  }),
];
