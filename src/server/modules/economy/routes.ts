import { DOCX_TYPE, fileResponse, sendFile, XLSX_TYPE } from '../../platform/responses.ts';
import { defineRoute } from '../../platform/route.ts';
import { addValuation, createAsset, listAssets } from './assets.ts';
import { listClassRules, setClassRule } from './classRules.ts';
import { cleanupReport } from './cleanup.ts';
import { createContract, getContract, listContracts } from './contracts.ts';
import {
  approveDividendRun,
  getDividendRun,
  listDividendRuns,
  myDividends,
  proposeDividendRun,
  publishDividendRun,
} from './dividends.ts';
import {
  dividendRunBody,
  dividendRunList,
  dividendRunView,
  myDividendList,
} from './dividendSchema.ts';
import { economyExport } from './exports.ts';
import { ledger } from './ledger.ts';
import { setOutcome } from './outcomes.ts';
import { recordPayment } from './payments.ts';
import { ECONOMY_POLICY } from './policy.ts';
import {
  classRuleBody,
  classRuleParams,
  countyParams,
  createAssetBody,
  createContractBody,
  exportParams,
  exportQuery,
  idParams,
  ledgerQuery,
  listQuery,
  outcomeBody,
  paymentBody,
  regionQuery,
  statementQuery,
  valuationBody,
} from './schema.ts';
import { villageStatement } from './statement.ts';
import {
  assetPage,
  assetView,
  classRuleList,
  classRuleView,
  cleanupView,
  contractPage,
  contractView,
  ledgerView,
} from './views.ts';
import { trusteeshipRoutes } from './trusteeshipRoutes.ts';
import { organizationRoutes } from './organizationRoutes.ts';
import { cadreRewardRoutes } from './cadreRewardRoutes.ts';
import './metrics.ts';

// The collective economy, first slice (issue 13): 三资 assets, contracts with 清化收, the income
// ledger; 分红 and 农业托管 (parts 6, 4); cooperatives and companies (part 3); cadre rewards (part 7).

const tag = 'economy';
const policy = ECONOMY_POLICY;
const auth = 'session' as const;

export const economyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/assets',
    summary: '三资台账 / Collective assets in scope',
    tag,
    auth,
    policy,
    query: listQuery,
    response: assetPage,
    handler: ({ ctx, query }) => listAssets(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/assets',
    summary: '登记资产 / Register an asset of the village collective',
    tag,
    auth,
    policy,
    body: createAssetBody,
    response: assetView,
    successStatus: 201,
    handler: ({ ctx, body }) => createAsset(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/assets/:id/valuations',
    summary: '资产估值 / Record a valuation of an asset',
    tag,
    auth,
    policy,
    params: idParams,
    body: valuationBody,
    response: assetView,
    successStatus: 201,
    handler: ({ ctx, params, body }) => addValuation(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/contracts',
    summary: '合同台账 / Contracts in scope with payments and 清化收 flags',
    tag,
    auth,
    policy,
    query: listQuery,
    response: contractPage,
    handler: ({ ctx, query }) => listContracts(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/contracts/:id',
    summary: '合同详情 / A contract with its payments and flags',
    tag,
    auth,
    policy,
    params: idParams,
    response: contractView,
    handler: ({ ctx, params }) => getContract(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/contracts',
    summary: '签订合同 / Sign a contract on an asset',
    tag,
    auth,
    policy,
    body: createContractBody,
    response: contractView,
    successStatus: 201,
    handler: ({ ctx, body }) => createContract(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/contracts/:id/payments',
    summary: '登记缴费 / Record a payment (posts the income in the same transaction)',
    tag,
    auth,
    policy,
    params: idParams,
    body: paymentBody,
    response: contractView,
    successStatus: 201,
    handler: ({ ctx, params, body }) => recordPayment(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/economy/contracts/:id/outcome',
    summary: '清化收结果 / Record a contract’s clean-up outcome (规范/收回/重签) and income added',
    tag,
    auth,
    policy,
    params: idParams,
    body: outcomeBody,
    response: contractView,
    handler: ({ ctx, params, body }) => setOutcome(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/cleanup',
    summary: '清化收 / Flagged contracts, contracts cleaned and income added in a region',
    tag,
    auth,
    policy,
    query: regionQuery,
    response: cleanupView,
    handler: ({ ctx, query }) => cleanupReport(ctx, query.region),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/ledger',
    summary: '集体经济收入台账 / The income ledger of a region for a year, against last year',
    tag,
    auth,
    policy,
    query: ledgerQuery,
    response: ledgerView,
    handler: ({ ctx, query }) => ledger(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/counties/:county/class-rules',
    summary: '指导价与期限 / A county’s reference prices and term limits per asset class',
    tag,
    auth,
    policy,
    params: countyParams,
    response: classRuleList,
    handler: ({ ctx, params }) => listClassRules(ctx, params.county),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/economy/counties/:county/class-rules/:assetClass',
    summary: '设定指导价 / Set an asset class’s reference price and term limit (county)',
    tag,
    auth,
    policy,
    params: classRuleParams,
    body: classRuleBody,
    response: classRuleView,
    handler: ({ ctx, params, body }) => setClassRule(ctx, params.county, params.assetClass, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/dividend-runs',
    summary: '分红方案 / Dividend runs of the villages in scope',
    tag,
    auth,
    policy,
    query: regionQuery,
    response: dividendRunList,
    handler: ({ ctx, query }) => listDividendRuns(ctx, query.region),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/dividend-runs',
    summary: '提出分红方案（预览各户金额）/ Propose a dividend run (the split as a preview)',
    tag,
    auth,
    policy,
    body: dividendRunBody,
    response: dividendRunView,
    successStatus: 201,
    handler: ({ ctx, body }) => proposeDividendRun(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/dividend-runs/:id',
    summary: '分红方案及各户金额 / A dividend run with each household’s amount',
    tag,
    auth,
    policy,
    params: idParams,
    response: dividendRunView,
    handler: ({ ctx, params }) => getDividendRun(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/dividend-runs/:id/approve',
    summary: '乡镇审批分红方案 / The township approves a run',
    tag,
    auth,
    policy,
    params: idParams,
    response: dividendRunView,
    handler: ({ ctx, params }) => approveDividendRun(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/dividend-runs/:id/publish',
    summary:
      '公开分红，集体所得记入收入台账 / Publish a run; the collective’s part posts to the ledger',
    tag,
    auth,
    policy,
    params: idParams,
    response: dividendRunView,
    handler: ({ ctx, params }) => publishDividendRun(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/dividends',
    summary: '我家分红 / The published dividends paid to my household',
    tag,
    auth,
    policy:
      'economy/dividends.ts myDividends — the caller’s own household only, published runs only',
    response: myDividendList,
    handler: ({ ctx }) => myDividends(ctx),
  }),
  // part 8: the lists as .xlsx and the village finance statement as .docx (documents renderer)
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/exports/:list',
    summary:
      '导出 .xlsx（三资、合同、清化收、收入台账、干部奖励；村名、元两位小数）/ Export an economy list as .xlsx',
    tag,
    auth,
    policy,
    reads: 'replica',
    params: exportParams,
    query: exportQuery,
    response: fileResponse([XLSX_TYPE]),
    handler: async ({ ctx, params, query, reply }) =>
      sendFile(reply, { ...(await economyExport(ctx, params.list, query)), type: XLSX_TYPE }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/statement',
    summary:
      '村集体经济财务报表 .docx（收入按来源按月、合同收款、分红、托管）/ A village’s finance statement for a year',
    tag,
    auth,
    policy,
    reads: 'replica',
    query: statementQuery,
    response: fileResponse([DOCX_TYPE]),
    handler: async ({ ctx, query, reply }) =>
      sendFile(reply, {
        ...(await villageStatement(ctx, query.village, query.year)),
        type: DOCX_TYPE,
      }),
  }),
  ...trusteeshipRoutes,
  ...organizationRoutes,
  ...cadreRewardRoutes,
];
