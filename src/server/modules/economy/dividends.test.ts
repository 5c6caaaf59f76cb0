import { beforeAll, describe, expect, it } from 'vitest';
import { ZHENXING_RULE } from '../../../domain/economy/dividends.ts';
import {
  auditEvents,
  economyDividendRuns,
  economyDividendShares,
  economyIncomeEntries,
} from '../../db/schema/index.ts';
import { rowCounts, V1, V2, villageMetric } from '../../testing/fixtureCounty.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { economyHouseholds } from '../../testing/economyKit.ts';
import '../evaluation/metricProviders.ts';

// 分红 on the hand-written county (today 2026-11-22): 红旗镇 holds V1 and V2. A village cadre
// proposes a run, the township approves, the village publishes; the collective's part posts to
// the income ledger and each household sees its own amount.

const t = useTestApp({}, {}, 120_000);
let county: Session;
let township: Session;
let village1: Session;
let member: Session;
const household: Record<'a' | 'b' | 'c' | 'stranger', string> = {
  a: '',
  b: '',
  c: '',
  stranger: '',
};

beforeAll(async () => {
  county = await login(t.app, 'county');
  // the villager's account is 甲户's head (accounts are tied to their person by the directory)
  const households = await economyHouseholds(t, county);
  Object.assign(household, households.household);
  member = households.jiahu;
  township = await login(t.app, 'township');
  village1 = await login(t.app, 'village1');
}, 120_000);

const send = (s: Session, url: string, payload?: unknown) =>
  call(t.app, s, 'POST', url, payload === undefined ? {} : { payload });
const footprint = () =>
  rowCounts(t.deps.database.db, {
    runs: economyDividendRuns,
    shares: economyDividendShares,
    income: economyIncomeEntries,
    audit: auditEvents,
  });
/** The dividend runs on a session's to-do, as `id:action`. */
const waitingRuns = async (s: Session) => {
  const todo = (await call(t.app, s, 'GET', '/api/v1/me/todo')).json() as {
    groups: { kind: string; items: { id: string; action: string }[] }[];
  };
  const runs = todo.groups.find((g) => g.kind === 'dividends')?.items ?? [];
  return runs.map((i) => `${i.id}:${i.action}`);
};
const proposal = (over: Record<string, unknown> = {}) => ({
  regionCode: V1,
  payer: '振兴农业专业合作社',
  year: 2025,
  distributableFen: 1_000_000_01,
  rule: ZHENXING_RULE,
  holdings: [
    { householdId: household.a, units: { land: 300, cash: 1000, member: 1 } },
    { householdId: household.b, units: { land: 100, cash: 0, member: 1 } },
    { householdId: household.c, units: { land: 7, cash: 333, member: 1 } },
  ],
  ...over,
});

describe('dividend runs', () => {
  let runId = '';

  it('refuses bad proposals with the field named, changing nothing', async () => {
    const before = await footprint();
    const bad: [Session, unknown, number, string][] = [
      [
        village1,
        proposal({ rule: { ...ZHENXING_RULE, classBp: { land: 5000, cash: 3000, member: 1000 } } }),
        400,
        'body.rule.classBp',
      ],
      [
        village1,
        proposal({
          holdings: [{ householdId: household.stranger, units: { land: 1, cash: 1, member: 1 } }],
        }),
        400,
        'body.holdings.0.householdId',
      ],
      [village1, proposal({ distributableFen: -1 }), 400, 'body.distributableFen'],
      [village1, proposal({ distributableFen: 10.5 }), 400, 'body.distributableFen'],
      [village1, proposal({ year: 2027 }), 400, 'body.year'],
      [
        village1,
        proposal({
          holdings: [{ householdId: household.a, units: { land: -3, cash: 0, member: 1 } }],
        }),
        400,
        'body.holdings.0.units.land',
      ],
      [township, proposal(), 403, ''],
      [village1, proposal({ regionCode: V2 }), 404, ''],
    ];
    for (const [who, payload, status, path] of bad) {
      const res = await send(who, '/api/v1/economy/dividend-runs', payload);
      expect(res.statusCode, res.body).toBe(status);
      if (path) expect(res.body).toContain(path);
    }
    expect(await footprint()).toEqual(before);
  });

  it('proposes a run whose household amounts sum to the households’ part to the 分', async () => {
    const res = await send(village1, '/api/v1/economy/dividend-runs', proposal());
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json();
    runId = run.id;
    expect(run).toMatchObject({ status: 'draft', can: { approve: false, publish: false } });
    expect(run.collectiveFen + run.welfareFen + run.householdsFen).toBe(1_000_000_01);
    const paid = (run.shares as { amountFen: number }[]).reduce((n, s) => n + s.amountFen, 0);
    expect(paid).toBe(run.householdsFen);
    expect(run.shares.map((s: { headName: string }) => s.headName)).toEqual([
      '甲户',
      '乙户',
      '丙户',
    ]);
    // the same payer and year once only
    expect((await send(village1, '/api/v1/economy/dividend-runs', proposal())).statusCode).toBe(
      409,
    );
    // nothing is paid or posted before approval and publication
    expect((await call(t.app, member, 'GET', '/api/v1/me/dividends')).json().items).toEqual([]);
    expect(
      (await send(village1, `/api/v1/economy/dividend-runs/${runId}/publish`)).statusCode,
    ).toBe(409);
  });

  it('is approved by the township, not by the village, then published: the collective’s part posts to the ledger', async () => {
    expect((await villageMetric(t, 'collectiveIncome', V1))?.value).toBeNull();
    expect(
      (await send(village1, `/api/v1/economy/dividend-runs/${runId}/approve`)).statusCode,
    ).toBe(403);
    // nothing is paid before publication
    expect(await villageMetric(t, 'dividendsPaid', V1)).toMatchObject({ value: 0, sources: [] });
    const seen = await call(t.app, township, 'GET', `/api/v1/economy/dividend-runs/${runId}`);
    expect(seen.json().can).toEqual({ approve: true, publish: false });
    // the step waits on the township's to-do (待办), and on nobody else's
    expect(await waitingRuns(township)).toEqual([`${runId}:approve`]);
    expect(await waitingRuns(village1)).toEqual([]);
    const approved = await send(township, `/api/v1/economy/dividend-runs/${runId}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    expect(
      (await send(township, `/api/v1/economy/dividend-runs/${runId}/approve`)).statusCode,
    ).toBe(409);
    expect(
      (await send(township, `/api/v1/economy/dividend-runs/${runId}/publish`)).statusCode,
    ).toBe(403);
    expect(await waitingRuns(township)).toEqual([]);
    expect(await waitingRuns(village1)).toEqual([`${runId}:publish`]);
    const before = await footprint();
    const published = await send(village1, `/api/v1/economy/dividend-runs/${runId}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    const run = published.json();
    expect(run.status).toBe('published');
    expect(await waitingRuns(village1)).toEqual([]);
    const after = await footprint();
    expect(after.income).toBe(before.income + 1);
    const ledger = (
      await call(t.app, village1, 'GET', `/api/v1/economy/ledger?region=${V1}&year=2026`)
    ).json();
    expect(ledger.entries).toContainEqual(
      expect.objectContaining({
        source: 'dividend',
        recordId: runId,
        label: '振兴农业专业合作社 2025 年度分红（集体所得）',
      }),
    );
    expect(ledger.bySource).toContainEqual({ source: 'dividend', amountFen: 600_000_01 });
    // the collective keeps 60 % of 1,000,000.01 元 (welfare fund included): 60 万元 on its books
    expect(run.collectiveFen + run.welfareFen).toBe(600_000_01);
    expect(await villageMetric(t, 'collectiveIncome', V1)).toMatchObject({
      value: 60,
      source: 'economy',
    });
    // 分红到户: what the run paid the households, in 元, linked back to the run
    expect(await villageMetric(t, 'dividendsPaid', V1)).toMatchObject({
      value: run.householdsFen / 100,
      source: 'economy',
      sources: [
        {
          kind: 'dividendRun',
          id: runId,
          label: `振兴农业专业合作社 2025 年度分红：到户 ${(run.householdsFen / 100).toFixed(2)} 元`,
        },
      ],
    });
    // paid in 2026 (published today), not in the profit's year
    expect((await villageMetric(t, 'dividendsPaid', V1, '2025'))?.value).toBe(0);
    expect((await villageMetric(t, 'dividendsPaid', V2))?.value).toBe(0);
    expect(
      (await send(village1, `/api/v1/economy/dividend-runs/${runId}/publish`)).statusCode,
    ).toBe(409);
  });

  it('shows each household its own amount once published, and the county lists the run', async () => {
    const mine = (await call(t.app, member, 'GET', '/api/v1/me/dividends')).json().items;
    expect(mine).toHaveLength(1);
    const run = (await call(t.app, county, 'GET', `/api/v1/economy/dividend-runs/${runId}`)).json();
    const a = run.shares.find((s: { householdId: string }) => s.householdId === household.a);
    expect(mine[0]).toMatchObject({ payer: '振兴农业专业合作社', amountFen: a.amountFen });
    const listed = (await call(t.app, county, 'GET', '/api/v1/economy/dividend-runs')).json();
    expect(listed.items.map((r: { id: string }) => r.id)).toContain(runId);
    const other = await login(t.app, 'village2');
    expect(
      (await call(t.app, other, 'GET', `/api/v1/economy/dividend-runs/${runId}`)).statusCode,
    ).toBe(404);
  });
});
