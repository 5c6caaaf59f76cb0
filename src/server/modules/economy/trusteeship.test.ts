import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  economyTrusteeshipItems,
  economyTrusteeshipSignUps,
} from '../../db/schema/index.ts';
import { rowCounts, V1, V2, villageMetric } from '../../testing/fixtureCounty.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { economyHouseholds } from '../../testing/economyKit.ts';

// 农业托管 on the hand-written county (today 2026-11-22): V1's cadre puts 耕、种 and 技术指导 on the
// menu; 甲户 signs itself up on the phone (全程托管), the cadre signs 乙户 up à la carte; the totals
// add up; bad input is refused with the field named and nothing written.

const t = useTestApp({}, {}, 120_000);
let county: Session;
let village1: Session;
let jiahu: Session;
const household = { a: '', b: '', c: '', stranger: '' };
const item = { plough: '', sow: '', advice: '', v2: '' };

beforeAll(async () => {
  county = await login(t.app, 'county');
  const households = await economyHouseholds(t, county);
  Object.assign(household, households.household);
  jiahu = households.jiahu;
  village1 = await login(t.app, 'village1');
  const add = async (village: string, cropGroup: string, name: string, price: number) => {
    const res = await send(village1, '/api/v1/economy/trusteeship/items', {
      village,
      cropGroup,
      name,
      pricePerMuFen: price,
      marketPricePerMuFen: price + 2_000,
    });
    return res.json<{ id: string }>().id;
  };
  item.plough = await add(V1, 'grain', '耕', 6_000);
  item.sow = await add(V1, 'grain', '种', 4_000);
  item.advice = await add(V1, 'fruit', '技术指导', 10_000);
}, 120_000);

const send = (s: Session, url: string, payload?: unknown) =>
  call(t.app, s, 'POST', url, payload === undefined ? {} : { payload });
const footprint = () =>
  rowCounts(t.deps.database.db, {
    items: economyTrusteeshipItems,
    signUps: economyTrusteeshipSignUps,
    audit: auditEvents,
  });
const fullChain = (householdId: string) => ({
  householdId,
  year: 2027,
  cropGroup: 'grain',
  mode: 'fullChain',
  area: 12.5,
  startsOn: '2027-03-01',
});

describe('农业托管', () => {
  it('lists the menu grain before fruit, with the saving per 亩 against the market', async () => {
    const res = await call(
      t.app,
      village1,
      'GET',
      `/api/v1/economy/trusteeship/items?region=${V1}`,
    );
    expect(res.statusCode).toBe(200);
    const menu = res.json<{
      items: { name: string; pricePerMuFen: number; savingPerMuFen: number }[];
    }>();
    expect(menu.items.map((i) => [i.name, i.pricePerMuFen, i.savingPerMuFen])).toEqual([
      ['耕', 6_000, 2_000],
      ['种', 4_000, 2_000],
      ['技术指导', 10_000, 2_000],
    ]);
  });

  it('signs the villager’s own household up for 全程托管, priced as the sum of the group', async () => {
    const res = await send(jiahu, '/api/v1/economy/trusteeship/sign-ups', fullChain(household.a));
    expect(res.statusCode, res.body).toBe(201);
    const signUp = res.json<Record<string, unknown>>();
    expect(signUp).toMatchObject({
      householdId: household.a,
      headName: '甲户',
      mode: 'fullChain',
      area: 12.5,
      pricePerMuFen: 10_000,
      savingPerMuFen: 4_000,
      feeFen: 125_000,
      savingFen: 50_000,
      status: 'active',
      canWithdraw: true,
    });
    expect(signUp.itemIds).toEqual([item.plough, item.sow]);
    const mine = await call(t.app, jiahu, 'GET', '/api/v1/me/trusteeship');
    const body = mine.json<{ householdId: string; menu: unknown[]; signUps: { id: string }[] }>();
    expect(body.householdId).toBe(household.a);
    expect(body.menu).toHaveLength(3);
    expect(body.signUps.map((s) => s.id)).toEqual([signUp.id]);
  });

  it('lets the cadre sign a household up à la carte and totals the active sign-ups', async () => {
    const res = await send(village1, '/api/v1/economy/trusteeship/sign-ups', {
      ...fullChain(household.b),
      mode: 'menu',
      itemIds: [item.sow],
      area: 3,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ pricePerMuFen: 4_000, feeFen: 12_000, savingFen: 6_000 });
    const list = await call(t.app, county, 'GET', `/api/v1/economy/trusteeship/sign-ups?year=2027`);
    expect(list.statusCode).toBe(200);
    const body = list.json<{ items: { canWithdraw: boolean }[]; totals: unknown }>();
    expect(body.totals).toEqual({ households: 2, area: 15.5, feeFen: 137_000, savingFen: 56_000 });
    // the evaluation metrics of the season read the same sign-ups, linked back to them
    const source = {
      kind: 'trusteeshipSignUps',
      id: V1,
      label: '农业托管签约：2027 年 2 户 15.5 亩',
    };
    expect(await villageMetric(t, 'trusteeshipArea', V1, '2027')).toMatchObject({
      value: 15.5,
      source: 'economy',
      sources: [source],
    });
    expect(await villageMetric(t, 'trusteeshipHouseholds', V1, '2027')).toMatchObject({
      value: 2,
      sources: [source],
    });
    // another season, another village: none
    expect(await villageMetric(t, 'trusteeshipArea', V1, '2026')).toMatchObject({
      value: 0,
      sources: [],
    });
    expect((await villageMetric(t, 'trusteeshipHouseholds', V2, '2027'))?.value).toBe(0);
    // the county reads but does not keep the village's books
    expect(body.items.every((i) => !i.canWithdraw)).toBe(true);
  });

  const bad: [string, () => Session, () => Record<string, unknown>, number, string][] = [
    [
      'a negative area',
      () => village1,
      () => ({ ...fullChain(household.c), area: -1 }),
      400,
      'body.area',
    ],
    [
      'a fractional 0.001 亩',
      () => village1,
      () => ({ ...fullChain(household.c), area: 1.001 }),
      400,
      'body.area',
    ],
    [
      'an item not on the menu',
      () => village1,
      () => ({ ...fullChain(household.c), mode: 'menu', itemIds: [item.advice] }),
      400,
      'body.itemIds.0',
    ],
    [
      'no items à la carte',
      () => village1,
      () => ({ ...fullChain(household.c), mode: 'menu' }),
      400,
      'body.itemIds',
    ],
    [
      'a household of another village',
      () => village1,
      () => fullChain(household.stranger),
      400,
      'body.householdId',
    ],
    [
      'another household, by a villager',
      () => jiahu,
      () => fullChain(household.c),
      400,
      'body.householdId',
    ],
    [
      'a start already past',
      () => village1,
      () => ({ ...fullChain(household.c), startsOn: '2026-11-22' }),
      400,
      'body.startsOn',
    ],
    ['a second sign-up for the same season', () => village1, () => fullChain(household.a), 409, ''],
  ];
  it.each(bad)('refuses %s and writes nothing', async (_, who, body, status, field) => {
    const before = await footprint();
    const res = await send(who(), '/api/v1/economy/trusteeship/sign-ups', body());
    expect(res.statusCode, res.body).toBe(status);
    if (field) expect(res.body).toContain(`${field}:`);
    expect(await footprint()).toEqual(before);
  });

  it('refuses a negative price on the menu', async () => {
    const res = await send(village1, '/api/v1/economy/trusteeship/items', {
      village: V1,
      cropGroup: 'fruit',
      name: '农资',
      pricePerMuFen: -5,
      marketPricePerMuFen: 100,
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('body.pricePerMuFen:');
  });

  it('withdraws only the caller’s own sign-up (another household’s is not found), once', async () => {
    const list = await call(
      t.app,
      village1,
      'GET',
      `/api/v1/economy/trusteeship/sign-ups?region=${V1}`,
    );
    const rows = list.json<{ items: { id: string; householdId: string }[] }>().items;
    const ofA = rows.find((r) => r.householdId === household.a)?.id ?? '';
    const ofB = rows.find((r) => r.householdId === household.b)?.id ?? '';
    const before = await footprint();
    expect(
      (await send(jiahu, `/api/v1/economy/trusteeship/sign-ups/${ofB}/withdraw`)).statusCode,
    ).toBe(404);
    expect(await footprint()).toEqual(before);
    const res = await send(jiahu, `/api/v1/economy/trusteeship/sign-ups/${ofA}/withdraw`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', canWithdraw: false });
    expect(
      (await send(jiahu, `/api/v1/economy/trusteeship/sign-ups/${ofA}/withdraw`)).statusCode,
    ).toBe(409);
    // a withdrawn sign-up leaves the season's metrics
    expect((await villageMetric(t, 'trusteeshipArea', V1, '2027'))?.value).toBe(3);
    expect((await villageMetric(t, 'trusteeshipHouseholds', V1, '2027'))?.value).toBe(1);
    // withdrawn, the season is free again
    const again = await send(jiahu, '/api/v1/economy/trusteeship/sign-ups', fullChain(household.a));
    expect(again.statusCode, again.body).toBe(201);
  });
});
