import { defineRoute } from '../../platform/route.ts';
import { addValuation, createAsset, listAssets } from './assets.ts';
import { listClassRules, setClassRule } from './classRules.ts';
import { cleanupReport } from './cleanup.ts';
import { createContract, getContract, listContracts } from './contracts.ts';
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
  idParams,
  ledgerQuery,
  listQuery,
  outcomeBody,
  paymentBody,
  regionQuery,
  valuationBody,
} from './schema.ts';
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
import './metrics.ts';

// The collective economy, first slice (issue 13): 三资 assets, contracts with 清化收, the income
// ledger. Cooperatives, 托管, dividends and cadre rewards (parts 3, 4, 6, 7) add their routes here.

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
];
