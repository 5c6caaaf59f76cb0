import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  economyAssets,
  economyAssetValuations,
  economyClassRules,
  economyContracts,
  economyIncomeEntries,
  economyPayments,
} from '../../db/schema/index.ts';
import { COUNTY, rootCtx, rowCounts, V1, V2, villageMetric } from '../../testing/fixtureCounty.ts';
import { insertHouseholdOfOne } from '../../testing/directoryFixtures.ts';
import { call, type Session } from '../../testing/testApp.ts';
import { OFFICIALS, useLogins, useTestApp } from '../../testing/appKit.ts';
import '../evaluation/metricProviders.ts';
import { createPosition } from '../positions/write.ts';
import type { AssetView, CleanupView, ContractView, LedgerView } from './views.ts';

// The hand-written county (today 2026-11-22): 红旗镇 holds V1 and V2. Village cadres write their
// village's books, the township and county read them, the county sets reference prices.

const t = useTestApp({}, {}, 120_000);
const { county, township, village1, village2 } = useLogins(t, ...OFFICIALS);
let cadrePersonId = '';

beforeAll(async () => {
  const ctx = rootCtx(t);
  const cadre = await insertHouseholdOfOne(ctx, V1, '李委员');
  cadrePersonId = cadre.personId;
  await createPosition(ctx, {
    personId: cadre.personId,
    code: 'twoCommitteesMember',
    regionCode: V1,
    startDate: '2024-01-01',
  });
}, 120_000);

const send = (s: Session, method: 'POST' | 'PUT', url: string, payload: unknown) =>
  call(t.app, s, method, url, { payload });
const get = (s: Session, url: string) => call(t.app, s, 'GET', url);

const footprint = () =>
  rowCounts(t.deps.database.db, {
    assets: economyAssets,
    valuations: economyAssetValuations,
    rules: economyClassRules,
    contracts: economyContracts,
    payments: economyPayments,
    income: economyIncomeEntries,
    audit: auditEvents,
  });

const snapshotOf = (metric: string, village: string) => villageMetric(t, metric, village);

let landId = '';
let contractId = '';
let cheapId = '';

describe('assets, contracts and the county’s reference prices', () => {
  it('lets the county set the farmland reference price and term limit, not the township', async () => {
    const url = '/api/v1/economy/counties/410599/class-rules/farmland';
    const body = { referencePriceFen: 60_000, maxTermYears: 30, lowPricePercent: 70 };
    expect((await send(township, 'PUT', url, body)).statusCode).toBe(403);
    const res = await send(county, 'PUT', url, body);
    expect(res.statusCode).toBe(200);
    const list = await get(village1, '/api/v1/economy/counties/410599/class-rules');
    expect(list.json().items).toContainEqual({ assetClass: 'farmland', ...body, configured: true });
  });

  it('registers a village’s land with its valuation; the county only reads, another village sees nothing', async () => {
    const body = {
      village: V1,
      kind: 'resource',
      assetClass: 'farmland',
      name: '东洼耕地',
      area: 150.5,
      location: '村东一组',
      valueFen: 0,
    };
    expect((await send(county, 'POST', '/api/v1/economy/assets', body)).statusCode).toBe(403);
    expect((await send(village2, 'POST', '/api/v1/economy/assets', body)).statusCode).toBe(404);
    const res = await send(village1, 'POST', '/api/v1/economy/assets', body);
    expect(res.statusCode, res.body).toBe(201);
    const asset = res.json<AssetView>();
    expect(asset).toMatchObject({ area: 150.5, status: 'idle', valueFen: 0 });
    landId = asset.id;
    const listed = await get(township, '/api/v1/economy/assets');
    expect(listed.json().items.map((a: AssetView) => a.id)).toContain(landId);
    expect((await get(village2, '/api/v1/economy/assets')).json().total).toBe(0);
  });

  it('signs a contract: the yearly fee is area × price in whole 分 and the asset is contracted', async () => {
    const res = await send(village1, 'POST', '/api/v1/economy/contracts', {
      assetId: landId,
      lessee: '王庆丰（种粮大户）',
      area: 100.5,
      pricePerMuFen: 60_000,
      startsOn: '2025-12-01',
      endsOn: '2030-11-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json<ContractView>();
    expect(c).toMatchObject({ annualFeeFen: 6_030_000, dueFen: 6_030_000, paidFen: 0 });
    // The 2025-12-01 installment is unpaid 356 days later: arrears.
    expect(c.findings.map((f) => f.code)).toEqual(['arrears']);
    contractId = c.id;
    const [asset] = (await get(village1, '/api/v1/economy/assets')).json().items as AssetView[];
    expect(asset?.status).toBe('contracted');
  });

  it('refuses bad contracts with the field named and changes nothing', async () => {
    const before = await footprint();
    const base = {
      assetId: landId,
      lessee: '某承包方',
      area: 40,
      pricePerMuFen: 60_000,
      startsOn: '2031-01-01',
      endsOn: '2035-12-31',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ startsOn: '2030-01-01' }, 'body.startsOn'],
      [{ area: -3 }, 'body.area'],
      [{ pricePerMuFen: -100 }, 'body.pricePerMuFen'],
      [{ area: 200 }, 'body.area'],
      [{ endsOn: '2065-12-31' }, 'body.endsOn'],
      [{ lesseePersonId: cadrePersonId, lessee: '李委员' }, 'body.recusalNote'],
    ];
    for (const [change, path] of cases) {
      const res = await send(village1, 'POST', '/api/v1/economy/contracts', { ...base, ...change });
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(res.body, JSON.stringify(change)).toContain(path);
    }
    expect(await footprint()).toEqual(before);
  });

  it('signs with a 两委 member’s household once the recusal is recorded, and flags a low price', async () => {
    const res = await send(village1, 'POST', '/api/v1/economy/contracts', {
      assetId: landId,
      lessee: '李委员',
      lesseePersonId: cadrePersonId,
      area: 40,
      pricePerMuFen: 30_000,
      startsOn: '2031-01-01',
      endsOn: '2035-12-31',
      recusalNote: '2030 年村民代表会议表决，李委员回避',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json<ContractView>();
    expect(c.findings.map((f) => f.code)).toEqual(['underpriced']);
    cheapId = c.id;
  });
});

describe('a payment posts the collective income once (done-when)', () => {
  it('records a payment: the ledger and the collective-income metric move by exactly the payment', async () => {
    const ledgerBefore = (await get(village1, '/api/v1/economy/ledger')).json<LedgerView>();
    expect(ledgerBefore.totalFen).toBe(0);
    expect((await snapshotOf('collectiveIncome', V1))?.value).toBeNull();
    const before = await footprint();
    const res = await send(village1, 'POST', `/api/v1/economy/contracts/${contractId}/payments`, {
      paidOn: '2026-11-20',
      amountFen: 6_030_000,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<ContractView>()).toMatchObject({ paidFen: 6_030_000, arrearsFen: 0 });
    const after = await footprint();
    expect(after).toEqual({
      ...before,
      payments: before.payments + 1,
      income: before.income + 1,
      audit: before.audit + 1,
    });
    const ledger = (await get(village1, '/api/v1/economy/ledger')).json<LedgerView>();
    expect(ledger).toMatchObject({ region: V1, year: 2026, totalFen: 6_030_000, lastYearFen: 0 });
    expect(ledger.byMonth[10]).toBe(6_030_000);
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.entries[0]).toMatchObject({
      source: 'contract',
      recordKind: 'payment',
      label: '王庆丰（种粮大户） 缴纳承包费',
    });
    // The township reads the same figure for its subtree; V2 has none.
    const town = (
      await get(township, '/api/v1/economy/ledger?region=410599101000')
    ).json<LedgerView>();
    expect(town.totalFen).toBe(6_030_000);
    expect(await snapshotOf('collectiveIncome', V1)).toMatchObject({
      value: 6.03,
      source: 'economy',
    });
    expect((await snapshotOf('collectiveIncome', V2))?.value).toBeNull();
    // A round reads its own year's books, not the clock's: 2027's round (judged while the clock
    // is in 2026) finds no income yet, and a fall of 100 % on 2026.
    expect((await villageMetric(t, 'collectiveIncome', V1, '2027'))?.value).toBeNull();
    expect((await villageMetric(t, 'collectiveIncomeGrowth', V1, '2027'))?.value).toBe(-100);
  });

  it('refuses a payment from another village (404), the township (403), and a bad amount (400)', async () => {
    const before = await footprint();
    const url = `/api/v1/economy/contracts/${contractId}/payments`;
    expect(
      (await send(village2, 'POST', url, { paidOn: '2026-11-20', amountFen: 100 })).statusCode,
    ).toBe(404);
    expect(
      (await send(township, 'POST', url, { paidOn: '2026-11-20', amountFen: 100 })).statusCode,
    ).toBe(403);
    const bad = await send(village1, 'POST', url, { paidOn: '2026-11-20', amountFen: -5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.amountFen');
    expect(await footprint()).toEqual(before);
  });
});

describe('清化收', () => {
  it('records a 收回 outcome with the income it added; a later payment on it is refused', async () => {
    const res = await send(village1, 'PUT', `/api/v1/economy/contracts/${cheapId}/outcome`, {
      outcome: 'recovered',
      on: '2031-01-01',
      incomeAddedFen: 1_200_000,
      note: '低价合同收回，另行公开发包',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ContractView>()).toMatchObject({
      status: 'terminated',
      findings: [{ code: 'underpriced' }],
    });
    const before = await footprint();
    const pay = await send(village1, 'POST', `/api/v1/economy/contracts/${cheapId}/payments`, {
      paidOn: '2026-11-20',
      amountFen: 100,
    });
    expect(pay.statusCode).toBe(400);
    expect(pay.body).toContain('params.id');
    expect(await footprint()).toEqual(before);
  });

  it('totals for the county the flagged contracts, those cleaned and the income added', async () => {
    const res = await get(county, `/api/v1/economy/cleanup?region=${COUNTY}`);
    expect(res.statusCode).toBe(200);
    const report = res.json<CleanupView>();
    // The first contract's 2025-12-01 fee came in on 2026-11-20, over 90 days late.
    expect(report.flagged.map((c) => [c.id, c.findings.map((f) => f.code)])).toEqual([
      [contractId, ['latePayments']],
      [cheapId, ['underpriced']],
    ]);
    expect(report).toMatchObject({
      contracts: 2,
      byCode: { latePayments: 1, underpriced: 1 },
      cleaned: 1,
      byOutcome: { recovered: 1 },
      incomeAddedFen: 1_200_000,
    });
    expect(report.villages).toEqual([
      { village: V1, contracts: 2, flagged: 2, cleaned: 1, incomeAddedFen: 1_200_000 },
    ]);
    expect((await get(village2, `/api/v1/economy/cleanup?region=${V1}`)).statusCode).toBe(404);
  });
});
