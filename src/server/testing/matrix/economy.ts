import { ZHENXING_RULE } from '../../../domain/economy/dividends.ts';
import { EQUAL_WEIGHTS } from '../../../domain/economy/cadreRewards.ts';
import {
  economyAssets,
  economyCadreRewardShares,
  economyCadreRewards,
  economyContracts,
  economyDividendRuns,
  economyDividendShares,
  economyOrganizations,
  economyOrgBindings,
  economyTrusteeshipItems,
  economyTrusteeshipSignUps,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { insertServiceRecord } from '../../modules/economy/trusteeshipServices.ts';
import { byRole, countyOrTownship, everywhere, inside, items, readers, row } from '../matrixKit.ts';
import type { Cell, MatrixEntry, Target } from '../matrixKit.ts';

// The economy module's rows of the authorization matrix (DESIGN.md §6, issue 13). Readers in scope
// (admins, village cadres, auditors) read a village's books; only the village's cadres write them
// (admins and auditors 403); the county sets its reference prices, which its readers read.

const ASSET_OF = new Map<string, string>();
const CONTRACT_OF = new Map<string, string>();
const RUN_OF = new Map<string, string>();
const SIGN_UP_OF = new Map<string, string>();
const ITEM_OF = new Map<string, string>();
const RETIRING_OF = new Map<string, string>();
/** A second organization of the village, for the dissolve row (the first one keeps taking writes). */
const DISSOLVING_OF = new Map<string, string>();
const SERVICE_OF = new Map<string, string>();
const ORG_OF = new Map<string, string>();
const BINDING_OF = new Map<string, string>();
const REWARD_OF = new Map<string, string>();

/** One farmland asset in each target's village with one active contract on it. */
export async function seedEconomyTargets(ctx: Ctx, targets: Iterable<Target>): Promise<void> {
  const now = ctx.clock();
  for (const target of targets) {
    const tenant = { regionCode: target.village, countyCode: target.village.slice(0, 6) };
    const assetId = uuidv7(now.getTime());
    await ctx.db.insert(economyAssets).values({
      id: assetId,
      ...tenant,
      kind: 'resource',
      assetClass: 'farmland',
      name: `矩阵耕地${target.region}`,
      areaHundredths: 1_000_000,
      location: '矩阵',
      status: 'contracted',
      createdBy: target.accountId,
      createdAt: now,
      updatedAt: now,
    });
    const contractId = uuidv7(now.getTime());
    await ctx.db.insert(economyContracts).values({
      id: contractId,
      ...tenant,
      assetId,
      lessee: '矩阵承包方',
      areaHundredths: 100,
      pricePerMuFen: 60_000,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      schedule: 'annual',
      createdBy: target.accountId,
      createdAt: now,
      updatedAt: now,
    });
    ASSET_OF.set(target.region, assetId);
    CONTRACT_OF.set(target.region, contractId);
    // a proposed 分红 run of the village, paying the target's household
    const runId = uuidv7(now.getTime());
    await ctx.db.insert(economyDividendRuns).values({
      id: runId,
      ...tenant,
      payer: `矩阵合作社${target.region}`,
      year: 2025,
      distributableFen: 100_000,
      rule: ZHENXING_RULE,
      status: 'draft',
      collectiveFen: 48_000,
      welfareFen: 12_000,
      householdsFen: 40_000,
      proposedBy: target.accountId,
      createdAt: now,
    });
    await ctx.db.insert(economyDividendShares).values({
      runId,
      householdId: target.householdId,
      ...tenant,
      units: { land: 100, cash: 100, member: 1 },
      amountFen: 40_000,
    });
    RUN_OF.set(target.region, runId);
    // a proposed 干部奖励 of the village, rewarding the target person (targets may share a
    // village: each its own year, as a village has one standing reward a year)
    const rewardId = uuidv7(now.getTime());
    await ctx.db.insert(economyCadreRewards).values({
      id: rewardId,
      ...tenant,
      year: 2000 + REWARD_OF.size,
      thisYearFen: 200_000,
      lastYearFen: 100_000,
      poolFen: 10_000,
      totalFen: 10_000,
      rule: {
        shareBp: 1000,
        villageCapFen: 10_000,
        cadreCapFen: 10_000,
        division: 'equal',
        weights: EQUAL_WEIGHTS,
      },
      status: 'proposed',
      proposedBy: target.accountId,
      createdAt: now,
    });
    await ctx.db.insert(economyCadreRewardShares).values({
      rewardId,
      personId: target.personId,
      ...tenant,
      positions: ['secretary'],
      weight: 1,
      amountFen: 10_000,
    });
    REWARD_OF.set(target.region, rewardId);
    // a 托管 menu item in the target's region, and the target household's fruit sign-up on it
    const itemId = uuidv7(now.getTime());
    const region = { regionCode: target.region, countyCode: target.region.slice(0, 6) };
    await ctx.db.insert(economyTrusteeshipItems).values({
      id: itemId,
      ...region,
      cropGroup: 'grain',
      name: '耕',
      position: 0,
      pricePerMuFen: 4_000,
      marketPricePerMuFen: 5_000,
      active: true,
      createdBy: target.accountId,
      createdAt: now,
    });
    // a fruit item for the retire row (retiring 耕 would leave the sign-up row no grain to sign)
    const retiringId = uuidv7(now.getTime());
    await ctx.db.insert(economyTrusteeshipItems).values({
      id: retiringId,
      ...region,
      cropGroup: 'fruit',
      name: '农机',
      position: 0,
      pricePerMuFen: 3_000,
      marketPricePerMuFen: 4_000,
      active: true,
      createdBy: target.accountId,
      createdAt: now,
    });
    RETIRING_OF.set(target.region, retiringId);
    const signUpId = uuidv7(now.getTime());
    await ctx.db.insert(economyTrusteeshipSignUps).values({
      id: signUpId,
      ...region,
      householdId: target.householdId,
      year: 2099,
      cropGroup: 'fruit',
      mode: 'menu',
      itemIds: [],
      itemPrices: {},
      areaHundredths: 100,
      pricePerMuFen: 0,
      savingPerMuFen: 0,
      startsOn: '2099-03-01',
      status: 'active',
      createdBy: target.accountId,
      createdAt: now,
    });
    SIGN_UP_OF.set(target.region, signUpId);
    ITEM_OF.set(target.region, itemId);
    // a service recorded on it (its fee posted to the ledger), for the list and the void
    const service = await insertServiceRecord(
      ctx,
      { id: signUpId, ...region },
      { areaHundredths: 100, pricePerMuFen: 4_000, feeFen: 4_000 },
      {
        itemId,
        servedOn: '2026-05-01',
        providerOrgId: null,
        provider: '矩阵托管队',
        note: null,
        recordedBy: target.accountId,
      },
    );
    SERVICE_OF.set(target.region, service.id);
    // a 党支部领办合作社 of the village, bound (双绑) to an outside enterprise from 2025 on
    const orgId = uuidv7(now.getTime());
    await ctx.db.insert(economyOrganizations).values({
      id: orgId,
      ...tenant,
      kind: 'branchCooperative',
      name: `矩阵合作社${target.region}`,
      registeredOn: '2025-01-01',
      status: 'active',
      createdBy: target.accountId,
      createdAt: now,
      updatedAt: now,
    });
    const bindingId = uuidv7(now.getTime());
    await ctx.db.insert(economyOrgBindings).values({
      id: bindingId,
      ...tenant,
      organizationId: orgId,
      partnerName: '矩阵龙头企业',
      partnerKind: 'enterprise',
      kind: 'orderFarming',
      startsOn: '2025-01-01',
      createdBy: target.accountId,
      createdAt: now,
    });
    const dissolvingId = uuidv7(now.getTime());
    await ctx.db.insert(economyOrganizations).values({
      id: dissolvingId,
      ...tenant,
      kind: 'collectiveOrg',
      name: `矩阵待注销组织${target.region}`,
      registeredOn: '2025-01-01',
      status: 'active',
      createdBy: target.accountId,
      createdAt: now,
      updatedAt: now,
    });
    DISSOLVING_OF.set(target.region, dissolvingId);
    ORG_OF.set(target.region, orgId);
    BINDING_OF.set(target.region, bindingId);
  }
}

const assetId = (t: Target) => ASSET_OF.get(t.region) ?? '';
const contractUrl = (t: Target) => `/api/v1/economy/contracts/${CONTRACT_OF.get(t.region) ?? ''}`;
const county = (t: Target) => t.village.slice(0, 6);
const orgUrl = (t: Target) => `/api/v1/economy/organizations/${ORG_OF.get(t.region) ?? ''}`;
const rewardUrl = (t: Target) => `/api/v1/economy/cadre-rewards/${REWARD_OF.get(t.region) ?? ''}`;
const runUrl = (t: Target) => `/api/v1/economy/dividend-runs/${RUN_OF.get(t.region) ?? ''}`;

// A term of its own for the n-th request (one day from 2100 on): a year each ran past 9999 once
// the matrix had grown to some 8,000 requests.
const ownDay = (n: number) => {
  const day = new Date(Date.UTC(2100, 0, 1 + n)).toISOString().slice(0, 10);
  return { startsOn: day, endsOn: day };
};

const read = (cell: Cell) => byRole(readers(cell), everywhere(cell.sibling));
/** A list the readers get in scope, holding the target region's record (`idOf`); hidden elsewhere. */
const listOf = (url: string, idOf: (t: Target) => string | undefined) =>
  row(
    { url: () => url, listed: (t) => (b) => items(b).some((i) => i.id === idOf(t)) },
    read(inside('listed', 'hidden')),
  );
const writes = (outcome: number) =>
  byRole(
    {
      village_cadre: inside(outcome),
      county_admin: inside(403),
      township_admin: inside(403),
      auditor: inside(403),
    },
    everywhere(404),
  );
// A county's rules are read by anyone reading somewhere in that county.
const sameCounty = (outcome: number): Cell => ({
  own: outcome,
  sibling: outcome,
  parent: outcome,
  otherCounty: 404,
});

// A county's rules (reference prices, the cadre reward rule): read in the county, set by its admin.
const countyRulesRead = byRole(
  {
    county_admin: inside(200),
    township_admin: sameCounty(200),
    village_cadre: sameCounty(200),
    auditor: inside(200),
  },
  everywhere(404),
);
const countyRulesWrite = byRole(
  {
    county_admin: inside(200),
    township_admin: sameCounty(403),
    village_cadre: sameCounty(403),
    auditor: inside(403),
  },
  everywhere(404),
);
// A village's proposal (分红 run, 干部奖励) is decided by the township or county, never the village.
const townshipDecides = countyOrTownship(200);

export const economyMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/economy/assets': listOf('/api/v1/economy/assets?pageSize=200', assetId),
  'POST /api/v1/economy/assets': row(
    {
      method: 'POST',
      url: () => '/api/v1/economy/assets',
      payload: (t, n) => ({
        village: t.village,
        kind: 'resource',
        assetClass: 'water',
        name: `矩阵坑塘${n}`,
        area: 5,
        location: '矩阵',
      }),
    },
    writes(201),
  ),
  'POST /api/v1/economy/assets/:id/valuations': row(
    {
      method: 'POST',
      url: (t) => `/api/v1/economy/assets/${assetId(t)}/valuations`,
      payload: () => ({ valuedOn: '2026-06-30', valueFen: 1_000_000 }),
    },
    writes(201),
  ),
  'GET /api/v1/economy/contracts': listOf('/api/v1/economy/contracts?pageSize=200', (t) =>
    CONTRACT_OF.get(t.region),
  ),
  'GET /api/v1/economy/contracts/:id': row({ url: contractUrl }, read(inside(200))),
  'POST /api/v1/economy/contracts': row(
    {
      method: 'POST',
      url: () => '/api/v1/economy/contracts',
      payload: (t, n) => ({
        assetId: assetId(t),
        lessee: `矩阵承包方${n}`,
        area: 1,
        pricePerMuFen: 60_000,
        ...ownDay(n),
      }),
    },
    writes(201),
  ),
  'POST /api/v1/economy/contracts/:id/payments': row(
    {
      method: 'POST',
      url: (t) => `${contractUrl(t)}/payments`,
      payload: () => ({ paidOn: '2026-03-01', amountFen: 60_000 }),
    },
    writes(201),
  ),
  'PUT /api/v1/economy/contracts/:id/outcome': row(
    {
      method: 'PUT',
      url: (t) => `${contractUrl(t)}/outcome`,
      payload: () => ({ outcome: 'regularized', on: '2026-06-01', incomeAddedFen: 10_000 }),
    },
    writes(200),
  ),
  'GET /api/v1/economy/cleanup': row(
    { url: (t) => `/api/v1/economy/cleanup?region=${t.village}` },
    read(inside(200)),
  ),
  'GET /api/v1/economy/ledger': row(
    { url: (t) => `/api/v1/economy/ledger?region=${t.village}` },
    read(inside(200)),
  ),
  // part 8: an export of a region the caller does not read is a 404, as the list's report is
  'GET /api/v1/economy/exports/:list': row(
    { url: (t) => `/api/v1/economy/exports/contracts?region=${t.village}` },
    read(inside(200)),
  ),
  'GET /api/v1/economy/statement': row(
    { url: (t) => `/api/v1/economy/statement?village=${t.village}&year=2026` },
    read(inside(200)),
  ),
  'GET /api/v1/economy/counties/:county/class-rules': row(
    { url: (t) => `/api/v1/economy/counties/${county(t)}/class-rules` },
    countyRulesRead,
  ),
  'PUT /api/v1/economy/counties/:county/class-rules/:assetClass': row(
    {
      method: 'PUT',
      url: (t) => `/api/v1/economy/counties/${county(t)}/class-rules/forest`,
      payload: () => ({ referencePriceFen: 5_000, maxTermYears: 70, lowPricePercent: 70 }),
    },
    countyRulesWrite,
  ),
  'GET /api/v1/economy/dividend-runs': listOf('/api/v1/economy/dividend-runs', (t) =>
    RUN_OF.get(t.region),
  ),
  'POST /api/v1/economy/dividend-runs': row(
    {
      method: 'POST',
      url: () => '/api/v1/economy/dividend-runs',
      payload: (t, n) => ({
        regionCode: t.village,
        payer: `矩阵公司${n}`,
        year: 2025,
        distributableFen: 100_000,
        rule: ZHENXING_RULE,
        holdings: [{ householdId: t.householdId, units: { land: 1, cash: 1, member: 1 } }],
      }),
    },
    writes(201),
  ),
  'GET /api/v1/economy/dividend-runs/:id': row({ url: runUrl }, read(inside(200))),
  // the township or county approves (each its own target's run, once); the village may not
  'POST /api/v1/economy/dividend-runs/:id/approve': row(
    { method: 'POST', url: (t) => `${runUrl(t)}/approve` },
    townshipDecides,
  ),
  // the village publishes; its own run is still a draft, so it gets as far as the state check
  'POST /api/v1/economy/dividend-runs/:id/publish': row(
    { method: 'POST', url: (t) => `${runUrl(t)}/publish` },
    writes(409),
  ),
  'GET /api/v1/me/dividends': row(
    { url: () => '/api/v1/me/dividends', targetless: true },
    byRole({}, everywhere(200)),
  ),
  'GET /api/v1/economy/trusteeship/items': row(
    {
      url: () => '/api/v1/economy/trusteeship/items',
      listed: (t) => (b) => items(b).some((i) => i.regionCode === t.region),
    },
    read(inside('listed', 'hidden')),
  ),
  'POST /api/v1/economy/trusteeship/items': row(
    {
      method: 'POST',
      url: () => '/api/v1/economy/trusteeship/items',
      payload: (t, n) => ({
        village: t.village,
        cropGroup: 'fruit',
        name: `矩阵农资${n}`,
        pricePerMuFen: 10_000,
        marketPricePerMuFen: 12_000,
      }),
    },
    writes(201),
  ),
  'PATCH /api/v1/economy/trusteeship/items/:id': row(
    {
      method: 'PATCH',
      url: (t) => `/api/v1/economy/trusteeship/items/${ITEM_OF.get(t.region) ?? ''}`,
      payload: () => ({ pricePerMuFen: 4_500 }),
    },
    writes(200),
  ),
  'POST /api/v1/economy/trusteeship/items/:id/retire': row(
    {
      method: 'POST',
      url: (t) => `/api/v1/economy/trusteeship/items/${RETIRING_OF.get(t.region) ?? ''}/retire`,
    },
    writes(200),
  ),
  'GET /api/v1/economy/trusteeship/services': listOf('/api/v1/economy/trusteeship/services', (t) =>
    SERVICE_OF.get(t.region),
  ),
  // the target's sign-up covers no item, so the village's cadre gets as far as the check (400)
  'POST /api/v1/economy/trusteeship/sign-ups/:id/services': row(
    {
      method: 'POST',
      url: (t) => `/api/v1/economy/trusteeship/sign-ups/${SIGN_UP_OF.get(t.region) ?? ''}/services`,
      payload: (t) => ({
        itemId: ITEM_OF.get(t.region) ?? '',
        servedOn: '2026-05-02',
        area: 0.5,
        provider: '矩阵托管队',
      }),
    },
    writes(400),
  ),
  'POST /api/v1/economy/trusteeship/services/:id/void': row(
    {
      method: 'POST',
      url: (t) => `/api/v1/economy/trusteeship/services/${SERVICE_OF.get(t.region) ?? ''}/void`,
      payload: () => ({ reason: '矩阵作废' }),
    },
    writes(200),
  ),
  'GET /api/v1/economy/trusteeship/sign-ups': listOf('/api/v1/economy/trusteeship/sign-ups', (t) =>
    SIGN_UP_OF.get(t.region),
  ),
  // the village's cadre signs the target household up (once); a household that is not the caller's
  // own nor in a village they read is a bad householdId (400); readers who may not write get 403
  'POST /api/v1/economy/trusteeship/sign-ups': row(
    {
      method: 'POST',
      url: () => '/api/v1/economy/trusteeship/sign-ups',
      payload: (t) => ({
        householdId: t.householdId,
        year: 2099,
        cropGroup: 'grain',
        mode: 'fullChain',
        area: 2.5,
        startsOn: '2099-03-01',
      }),
    },
    byRole(
      {
        village_cadre: inside(201, 400),
        county_admin: inside(403, 400),
        township_admin: inside(403, 400),
        auditor: inside(403, 400),
      },
      everywhere(400),
    ),
  ),
  'POST /api/v1/economy/trusteeship/sign-ups/:id/withdraw': row(
    {
      method: 'POST',
      url: (t) => `/api/v1/economy/trusteeship/sign-ups/${SIGN_UP_OF.get(t.region) ?? ''}/withdraw`,
    },
    writes(200),
  ),
  'GET /api/v1/economy/organizations': listOf('/api/v1/economy/organizations', (t) =>
    ORG_OF.get(t.region),
  ),
  // a village's organizations are its cadres' to write (admins and auditors 403)
  'POST /api/v1/economy/organizations': row(
    {
      method: 'POST',
      url: () => '/api/v1/economy/organizations',
      payload: (t, n) => ({
        region: t.village,
        kind: 'branchCooperative',
        name: `矩阵新合作社${n}`,
        registeredOn: '2026-01-01',
      }),
    },
    writes(201),
  ),
  'PATCH /api/v1/economy/organizations/:id': row(
    { method: 'PATCH', url: orgUrl, payload: () => ({ registeredOn: '2025-01-02' }) },
    writes(200),
  ),
  'POST /api/v1/economy/organizations/:id/dissolve': row(
    {
      method: 'POST',
      url: (t) => `/api/v1/economy/organizations/${DISSOLVING_OF.get(t.region) ?? ''}/dissolve`,
      payload: () => ({ dissolvedOn: '2026-01-01', reason: '矩阵注销' }),
    },
    writes(200),
  ),
  'POST /api/v1/economy/organizations/:id/members': row(
    {
      method: 'POST',
      url: (t) => `${orgUrl(t)}/members`,
      payload: (t) => ({
        householdId: t.householdId,
        landShares: 100,
        cashShares: 1_000,
        memberShares: 1,
        joinedOn: '2026-01-01',
      }),
    },
    writes(201),
  ),
  'POST /api/v1/economy/organizations/:id/bindings': row(
    {
      method: 'POST',
      url: (t) => `${orgUrl(t)}/bindings`,
      payload: (_t, n) => ({
        partnerName: `矩阵合作伙伴${n}`,
        partnerKind: 'cooperative',
        kind: 'services',
        startsOn: '2026-01-01',
      }),
    },
    writes(201),
  ),
  'POST /api/v1/economy/bindings/:id/orders': row(
    {
      method: 'POST',
      url: (t) => `/api/v1/economy/bindings/${BINDING_OF.get(t.region) ?? ''}/orders`,
      payload: () => ({
        product: '小麦',
        quantity: 10,
        unit: '吨',
        amountFen: 2_600_000,
        orderedOn: '2026-06-01',
      }),
    },
    writes(201),
  ),
  'POST /api/v1/economy/organizations/:id/land-transfers': row(
    {
      method: 'POST',
      url: (t) => `${orgUrl(t)}/land-transfers`,
      payload: (t, n) => ({
        householdId: t.householdId,
        area: 2.5,
        pricePerMuFen: 80_000,
        ...ownDay(n),
      }),
    },
    writes(201),
  ),
  // 干部奖励 (part 7): the county's rule reads and writes as its reference prices do
  'GET /api/v1/economy/counties/:county/reward-rules/:year': row(
    { url: (t) => `/api/v1/economy/counties/${county(t)}/reward-rules/2026` },
    countyRulesRead,
  ),
  // a rule of 2099, so the proposal row below still finds no rule for its year
  'PUT /api/v1/economy/counties/:county/reward-rules/:year': row(
    {
      method: 'PUT',
      url: (t) => `/api/v1/economy/counties/${county(t)}/reward-rules/2099`,
      payload: () => ({
        shareBp: 1000,
        villageCapFen: 1_000_000,
        cadreCapFen: 500_000,
        division: 'equal',
        weights: EQUAL_WEIGHTS,
      }),
    },
    countyRulesWrite,
  ),
  'GET /api/v1/economy/cadre-rewards/pool': row(
    { url: (t) => `/api/v1/economy/cadre-rewards/pool?village=${t.village}&year=2026` },
    read(inside(200)),
  ),
  'GET /api/v1/economy/cadre-rewards': listOf('/api/v1/economy/cadre-rewards', (t) =>
    REWARD_OF.get(t.region),
  ),
  // the county set no 2026 rule, so the village's cadre gets as far as that check (400 body.year)
  'POST /api/v1/economy/cadre-rewards': row(
    {
      method: 'POST',
      url: () => '/api/v1/economy/cadre-rewards',
      payload: (t) => ({ village: t.village, year: 2026, cadres: [t.personId] }),
    },
    writes(400),
  ),
  'GET /api/v1/economy/cadre-rewards/:id': row({ url: rewardUrl }, read(inside(200))),
  // the township or county decides (each its own target's reward, once); the village may not
  'POST /api/v1/economy/cadre-rewards/:id/decision': row(
    { method: 'POST', url: (t) => `${rewardUrl(t)}/decision`, payload: () => ({ approve: true }) },
    townshipDecides,
  ),
  'GET /api/v1/me/cadre-rewards': row(
    { url: () => '/api/v1/me/cadre-rewards', targetless: true },
    byRole({}, everywhere(200)),
  ),
  'GET /api/v1/me/trusteeship': row(
    { url: () => '/api/v1/me/trusteeship', targetless: true },
    byRole({}, everywhere(200)),
  ),
};
