import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  economyIncomeEntries,
  economyTrusteeshipServices,
  partyOrgs,
} from '../../db/schema/index.ts';
import { insertHouseholdOfOne } from '../../testing/directoryFixtures.ts';
import { rootCtx, rowCounts, V1, V2, villageMetric } from '../../testing/fixtureCounty.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { economyHouseholds } from '../../testing/economyKit.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import '../evaluation/metricProviders.ts';
import type { LedgerView } from './views.ts';

// 托管服务记录 on the hand-written county: V1's menu and three 2027 sign-ups are made in November
// 2026; the clock then moves to 15 June 2027, mid-season, and the cadre records what the function
// branch did. Each record's fee posts to the income ledger as `service` (and so to the star metric);
// a void reverses it; bad input is refused naming the field with nothing written.

const t = useTestApp({}, {}, 120_000);
let village1: Session;
let village2: Session;
let jiahu: Session;
const item = { plough: '', sow: '', harvest: '', advice: '' };
const signUp = { a: '', b: '', withdrawn: '', v2: '' };
let branchId = '';
let otherOrgId = '';

const send = (s: Session, url: string, payload?: unknown) =>
  call(t.app, s, 'POST', url, payload === undefined ? {} : { payload });
const footprint = () =>
  rowCounts(t.deps.database.db, {
    services: economyTrusteeshipServices,
    income: economyIncomeEntries,
    audit: auditEvents,
  });
const ledger = async () =>
  (
    await call(t.app, village1, 'GET', `/api/v1/economy/ledger?region=${V1}&year=2027`)
  ).json<LedgerView>();
const serviceFen = (l: LedgerView) => l.bySource.find((s) => s.source === 'service')?.amountFen;
const record = (id: string, body: Record<string, unknown>, who: Session = village1) =>
  send(who, `/api/v1/economy/trusteeship/sign-ups/${id}/services`, body);

beforeAll(async () => {
  const county = await login(t.app, 'county');
  const { household, jiahu: villager } = await economyHouseholds(t, county);
  jiahu = villager;
  village1 = await login(t.app, 'village1');
  village2 = await login(t.app, 'village2');
  const now = t.clock.now();
  const org = (region: string, name: string, type: string) => ({
    id: uuidv7(now.getTime()),
    regionCode: region,
    countyCode: region.slice(0, 6),
    name,
    type,
    kind: 'rural',
    parentId: null,
    unitId: null,
    createdAt: now,
    updatedAt: now,
  });
  const branch = org(V1, '农业托管功能型党支部', 'functionalBranch');
  const other = org(V2, '外村托管党支部', 'functionalBranch');
  await t.deps.database.db.insert(partyOrgs).values([branch, other]);
  branchId = branch.id;
  otherOrgId = other.id;
  const add = async (village: string, who: Session, cropGroup: string, name: string, fen: number) =>
    (
      await send(who, '/api/v1/economy/trusteeship/items', {
        village,
        cropGroup,
        name,
        pricePerMuFen: fen,
        marketPricePerMuFen: fen + 1_000,
      })
    ).json<{ id: string }>().id;
  item.advice = await add(V1, village1, 'fruit', '技术指导', 10_000);
  item.plough = await add(V1, village1, 'grain', '耕', 6_000);
  item.sow = await add(V1, village1, 'grain', '种', 4_000);
  item.harvest = await add(V1, village1, 'grain', '收', 5_000);
  await add(V2, village2, 'grain', '耕', 6_000);
  const sign = async (who: Session, body: Record<string, unknown>) => {
    const res = await send(who, '/api/v1/economy/trusteeship/sign-ups', {
      year: 2027,
      cropGroup: 'grain',
      startsOn: '2027-03-01',
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  signUp.a = await sign(jiahu, {
    householdId: household.a,
    mode: 'menu',
    itemIds: [item.plough, item.harvest],
    area: 10,
  });
  signUp.b = await sign(village1, { householdId: household.b, mode: 'fullChain', area: 5.5 });
  signUp.withdrawn = await sign(village1, {
    householdId: household.c,
    mode: 'fullChain',
    area: 3,
  });
  expect(
    (await send(village1, `/api/v1/economy/trusteeship/sign-ups/${signUp.withdrawn}/withdraw`))
      .statusCode,
  ).toBe(200);
  signUp.v2 = await sign(village2, {
    householdId: household.stranger,
    mode: 'fullChain',
    area: 2,
  });
  // after signing, the menu changes: 耕 costs more, 种 is retired — signed prices stand
  const patched = await call(
    t.app,
    village1,
    'PATCH',
    `/api/v1/economy/trusteeship/items/${item.plough}`,
    {
      payload: { pricePerMuFen: 8_000 },
    },
  );
  expect(patched.statusCode, patched.body).toBe(200);
  expect(
    (await send(village1, `/api/v1/economy/trusteeship/items/${item.sow}/retire`)).statusCode,
  ).toBe(200);
  // to mid-season: 2026-11-22 → 2027-06-15
  t.clock.advanceMinutes((Date.parse('2027-06-15') - Date.parse('2026-11-22')) / 60_000);
  // the sessions idled out over the winter
  village1 = await login(t.app, 'village1');
  village2 = await login(t.app, 'village2');
  jiahu = await login(t.app, 'jiahu', 'Jiahu#2026pw');
}, 120_000);

describe('托管服务记录 and the income ledger', () => {
  it('prices a record from the price fixed at signing and posts it to the ledger and the metric', async () => {
    expect(serviceFen(await ledger())).toBe(0);
    const res = await record(signUp.a, {
      itemId: item.plough,
      servedOn: '2027-03-20',
      area: 4,
      providerOrgId: branchId,
      note: '深耕',
    });
    expect(res.statusCode, res.body).toBe(201);
    // 4 亩 × 60 元 (signed), not the 80 元 the menu asks now
    expect(res.json()).toMatchObject({
      headName: '甲户',
      itemName: '耕',
      area: 4,
      pricePerMuFen: 6_000,
      feeFen: 24_000,
      provider: '农业托管功能型党支部',
      providerOrgId: branchId,
      status: 'recorded',
      canVoid: true,
    });
    const l = await ledger();
    expect(serviceFen(l)).toBe(24_000);
    expect(l.totalFen).toBe(24_000);
    expect(l.entries[0]).toMatchObject({
      source: 'service',
      amountFen: 24_000,
      recordKind: 'trusteeshipService',
      recordId: res.json<{ id: string }>().id,
      label: '甲户 托管服务：耕 4 亩',
      postedOn: '2027-03-20',
    });
    // the star metric reads the ledger: 240 元 = 0.02 万元, its source names the figure
    const metric = await villageMetric(t, 'collectiveIncome', V1);
    expect(metric?.value).toBe(0.02);
    expect(JSON.stringify(metric)).toContain('集体收入台账：2027 年 240.00 元');
  });

  it('records a retired item on a sign-up that covers it, with a typed provider', async () => {
    const res = await record(signUp.b, {
      itemId: item.sow,
      servedOn: '2027-04-02',
      area: 5.5,
      provider: '王师傅机播队',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ feeFen: 22_000, provider: '王师傅机播队' });
    expect(serviceFen(await ledger())).toBe(46_000);
  });

  it('lets each 亩 be served once per item: the rest of the area, then no more', async () => {
    const ok = await record(signUp.a, {
      itemId: item.plough,
      servedOn: '2027-03-21',
      area: 6,
      provider: '托管队',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const before = await footprint();
    const over = await record(signUp.a, {
      itemId: item.plough,
      servedOn: '2027-03-22',
      area: 0.01,
      provider: '托管队',
    });
    expect(over.statusCode).toBe(400);
    expect(over.body).toContain('body.area:');
    expect(await footprint()).toEqual(before);
  });

  const good = { itemId: '', servedOn: '2027-06-01', area: 1, provider: '托管队' };
  const bad: [string, () => string, () => Record<string, unknown>, number, string][] = [
    [
      'an item the sign-up does not cover',
      () => signUp.a,
      () => ({ ...good, itemId: item.sow }),
      400,
      'body.itemId',
    ],
    [
      'an item of another group',
      () => signUp.b,
      () => ({ ...good, itemId: item.advice }),
      400,
      'body.itemId',
    ],
    [
      'a day in the future',
      () => signUp.b,
      () => ({ ...good, itemId: item.harvest, servedOn: '2027-06-16' }),
      400,
      'body.servedOn',
    ],
    [
      'a day before the season',
      () => signUp.b,
      () => ({ ...good, itemId: item.harvest, servedOn: '2027-02-28' }),
      400,
      'body.servedOn',
    ],
    [
      'an area beyond the sign-up',
      () => signUp.b,
      () => ({ ...good, itemId: item.harvest, area: 5.51 }),
      400,
      'body.area',
    ],
    [
      'a third decimal',
      () => signUp.b,
      () => ({ ...good, itemId: item.harvest, area: 1.005 }),
      400,
      'body.area',
    ],
    [
      'a negative area',
      () => signUp.b,
      () => ({ ...good, itemId: item.harvest, area: -1 }),
      400,
      'body.area',
    ],
    [
      'a withdrawn sign-up',
      () => signUp.withdrawn,
      () => ({ ...good, itemId: item.harvest }),
      400,
      'params.id',
    ],
    [
      'both a branch and a typed provider',
      () => signUp.b,
      () => ({ ...good, itemId: item.harvest, providerOrgId: branchId }),
      400,
      'body.provider',
    ],
    [
      'no provider',
      () => signUp.b,
      () => ({ itemId: item.harvest, servedOn: '2027-06-01', area: 1 }),
      400,
      'body.provider',
    ],
    [
      'another village’s branch',
      () => signUp.b,
      () => ({ itemId: item.harvest, servedOn: '2027-06-01', area: 1, providerOrgId: otherOrgId }),
      400,
      'body.providerOrgId',
    ],
    [
      'another village’s sign-up',
      () => signUp.v2,
      () => ({ ...good, itemId: item.plough }),
      404,
      '',
    ],
  ];
  it.each(bad)('refuses %s and writes nothing', async (_, id, body, status, field) => {
    const before = await footprint();
    const res = await record(id(), body());
    expect(res.statusCode, res.body).toBe(status);
    if (field) expect(res.body).toContain(`${field}:`);
    expect(await footprint()).toEqual(before);
  });

  it('does not let the household or another village record or void (404)', async () => {
    const before = await footprint();
    expect((await record(signUp.a, { ...good, itemId: item.harvest }, jiahu)).statusCode).toBe(404);
    expect((await record(signUp.a, { ...good, itemId: item.harvest }, village2)).statusCode).toBe(
      404,
    );
    const list = await call(
      t.app,
      village1,
      'GET',
      `/api/v1/economy/trusteeship/services?region=${V1}`,
    );
    const first = list.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    expect(
      (
        await send(village2, `/api/v1/economy/trusteeship/services/${first}/void`, {
          reason: '错录',
        })
      ).statusCode,
    ).toBe(404);
    expect(await footprint()).toEqual(before);
  });

  it('voids a record with its reason: the ledger reverses it, the 亩 are free again, never deleted', async () => {
    const list = await call(
      t.app,
      village1,
      'GET',
      `/api/v1/economy/trusteeship/services?signUp=${signUp.b}`,
    );
    const target = list.json<{ items: { id: string; feeFen: number }[] }>().items[0];
    if (!target) throw new Error('no record of 乙户');
    const url = `/api/v1/economy/trusteeship/services/${target.id}/void`;
    const before = await footprint();
    const noReason = await send(village1, url, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('body.reason:');
    expect(await footprint()).toEqual(before);
    const res = await send(village1, url, { reason: '面积登记错误' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'voided',
      voidReason: '面积登记错误',
      canVoid: false,
    });
    expect(await footprint()).toEqual({
      services: before.services,
      income: before.income + 1,
      audit: before.audit + 1,
    });
    const l = await ledger();
    expect(serviceFen(l)).toBe(60_000); // 24 000 + 36 000 of 甲户's 耕; 乙户's 种 reversed
    const pair = l.entries.filter((e) => e.recordId === target.id);
    expect(pair.map((e) => [e.recordKind, e.amountFen, e.postedOn])).toEqual(
      expect.arrayContaining([
        ['trusteeshipService', 22_000, '2027-04-02'],
        ['trusteeshipServiceVoid', -22_000, '2027-04-02'],
      ]),
    );
    const [audit] = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.objectId, target.id))
      .orderBy(auditEvents.seq);
    expect(audit).toBeDefined();
    const voided = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'economy.trusteeship.service.void'));
    expect(voided.map((v) => v.detail?.reason)).toEqual(['面积登记错误']);
    expect((await send(village1, url, { reason: '再次作废' })).statusCode).toBe(409);
    const again = await record(signUp.b, {
      itemId: item.sow,
      servedOn: '2027-04-03',
      area: 5.5,
      provider: '王师傅机播队',
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(serviceFen(await ledger())).toBe(82_000);
  });

  it('shows the household what was done for it (voided records left out), read-only', async () => {
    const res = await call(t.app, jiahu, 'GET', '/api/v1/me/trusteeship');
    expect(res.statusCode).toBe(200);
    const mine = res.json<{
      menu: { name: string; active: boolean }[];
      services: { itemName: string; area: number; feeFen: number; canVoid: boolean }[];
    }>();
    expect(mine.services.map((s) => [s.itemName, s.area, s.feeFen, s.canVoid])).toEqual([
      ['耕', 4, 24_000, false],
      ['耕', 6, 36_000, false],
    ]);
    // grain before fruit; the retired 种 still named, marked
    expect(mine.menu.map((i) => [i.name, i.active])).toEqual([
      ['耕', true],
      ['种', false],
      ['收', true],
      ['技术指导', true],
    ]);
  });
});

describe('menu upkeep', () => {
  it('prices new sign-ups at the new price and offers no retired item', async () => {
    const ctx = rootCtx(t);
    const d = await insertHouseholdOfOne(ctx, V1, '丁户');
    const base = {
      householdId: d.householdId,
      year: 2028,
      cropGroup: 'grain',
      startsOn: '2028-03-01',
      area: 1,
    };
    const before = await footprint();
    const retired = await send(village1, '/api/v1/economy/trusteeship/sign-ups', {
      ...base,
      mode: 'menu',
      itemIds: [item.sow],
    });
    expect(retired.statusCode).toBe(400);
    expect(retired.body).toContain('body.itemIds.0:');
    expect(await footprint()).toEqual(before);
    const full = await send(village1, '/api/v1/economy/trusteeship/sign-ups', {
      ...base,
      mode: 'fullChain',
    });
    expect(full.statusCode, full.body).toBe(201);
    // 耕 80 + 收 50 (种 retired)
    expect(full.json()).toMatchObject({
      pricePerMuFen: 13_000,
      itemIds: [item.plough, item.harvest],
    });
  });

  it('refuses a negative price, an empty change, another village’s item and a second retirement', async () => {
    const url = `/api/v1/economy/trusteeship/items/${item.harvest}`;
    const patch = (s: Session, payload: unknown, u = url) =>
      call(t.app, s, 'PATCH', u, { payload });
    const negative = await patch(village1, { pricePerMuFen: -1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.body).toContain('body.pricePerMuFen:');
    const empty = await patch(village1, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('body.pricePerMuFen:');
    expect((await patch(village2, { pricePerMuFen: 1 })).statusCode).toBe(404);
    expect(
      (await send(village1, `/api/v1/economy/trusteeship/items/${item.sow}/retire`)).statusCode,
    ).toBe(409);
    const menu = await call(
      t.app,
      village1,
      'GET',
      `/api/v1/economy/trusteeship/items?region=${V1}`,
    );
    expect(
      menu
        .json<{ items: { name: string; pricePerMuFen: number }[] }>()
        .items.find((i) => i.name === '收')?.pricePerMuFen,
    ).toBe(5_000);
  });
});
