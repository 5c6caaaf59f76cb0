import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { EQUAL_WEIGHTS } from '../../../domain/economy/cadreRewards.ts';
import type { PositionCode } from '../../../domain/directory/positions.ts';
import {
  auditEvents,
  economyCadreRewardShares,
  economyCadreRewards,
  economyRewardRules,
  partyOrgs,
  positions,
} from '../../db/schema/index.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { insertHouseholdOfOne } from '../../testing/directoryFixtures.ts';
import { download, rowsOf } from '../../testing/exchangeKit.ts';
import { rootCtx, rowCounts, sessionWithRole, V1, V2 } from '../../testing/fixtureCounty.ts';
import { call, type Session } from '../../testing/testApp.ts';
import { OFFICIALS, useLogins, useTestApp } from '../../testing/appKit.ts';
import { postIncome } from './income.ts';

// 干部奖励 on the hand-written county (today 2026-11-22): the county sets its 2026 rule, 振兴村
// (V1) earned 1,300,000 元 this year against 1,000,000 元 last year, so 10 % of the increment —
// capped at 25,000 元 a village — rewards its 两委 cadres, at most 10,000 元 each, 书记 weighted 3.
// V2's income fell: it has no pool.

const t = useTestApp({}, {}, 120_000);
const { county, township, village1, village2 } = useLogins(t, ...OFFICIALS);
let villager: Session;
const cadre = {
  secretary: '',
  member: '',
  other: '',
  formerMember: '',
  branchSecretary: '',
  resident: '',
  v2: '',
};
const RULE = {
  shareBp: 1000,
  villageCapFen: 2_500_000,
  cadreCapFen: 1_000_000,
  division: 'byPosition',
  weights: { ...EQUAL_WEIGHTS, secretary: 3, villageDirector: 2 },
};

beforeAll(async () => {
  const ctx = rootCtx(t);
  // 振兴村's own 党委 and a 党支部 under it: the branch's secretary is not a 两委 cadre
  const org = async (name: string, parentId: string | null) => {
    const now = ctx.clock();
    const id = uuidv7(now.getTime());
    await ctx.db.insert(partyOrgs).values({
      id,
      regionCode: V1,
      countyCode: V1.slice(0, 6),
      name,
      type: parentId ? 'branch' : 'committee',
      kind: 'village',
      parentId,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  };
  const topOrg = await org('振兴村党委', null);
  const branchOrg = await org('振兴村第一党支部', topOrg);
  const person = async (
    village: string,
    name: string,
    ...held: [PositionCode, string?, string?][]
  ) => {
    const { personId } = await insertHouseholdOfOne(ctx, village, name);
    for (const [code, endDate, orgId] of held) {
      const now = ctx.clock();
      await ctx.db.insert(positions).values({
        id: uuidv7(now.getTime()),
        regionCode: village,
        countyCode: village.slice(0, 6),
        personId,
        code,
        orgId: orgId ?? null,
        details: {},
        startDate: '2021-01-01',
        endDate: endDate ?? null,
        createdAt: now,
        updatedAt: now,
      });
    }
    return personId;
  };
  // 一肩挑: the 书记 is also the 村委会主任
  cadre.secretary = await person(
    V1,
    '甲书记',
    ['secretary', undefined, topOrg],
    ['villageDirector'],
  );
  cadre.member = await person(V1, '乙委员', ['committeeMember', undefined, topOrg]);
  cadre.branchSecretary = await person(V1, '己支书', ['secretary', undefined, branchOrg]);
  cadre.other = await person(V1, '丙委员', ['twoCommitteesMember']);
  cadre.formerMember = await person(V1, '戊前任', ['committeeMember', '2024-12-31']);
  cadre.resident = await person(V1, '丁村民');
  cadre.v2 = await person(V2, '外村书记', ['secretary']);
  const income = async (village: string, postedOn: string, amountFen: number) =>
    postIncome(ctx, {
      regionCode: village,
      countyCode: village.slice(0, 6),
      source: 'contract',
      recordKind: 'payment',
      recordId: uuidv7(ctx.clock().getTime()),
      postedOn,
      amountFen,
    });
  await income(V1, '2025-03-01', 100_000_000);
  await income(V1, '2026-03-01', 120_000_000);
  await income(V1, '2026-09-01', 10_000_000);
  await income(V2, '2025-03-01', 50_000);
  await income(V2, '2026-03-01', 40_000);
  villager = await sessionWithRole(t, county, {
    username: 'dingcunmin',
    password: 'Dingcm#2026pw',
    role: 'villager',
    scope: V1,
    personId: cadre.resident,
  });
}, 120_000);

const send = (s: Session, method: 'POST' | 'PUT', url: string, payload: unknown = {}) =>
  call(t.app, s, method, url, { payload });
const get = (s: Session, url: string) => call(t.app, s, 'GET', url);
const footprint = () =>
  rowCounts(t.deps.database.db, {
    rules: economyRewardRules,
    rewards: economyCadreRewards,
    shares: economyCadreRewardShares,
    audit: auditEvents,
  });
const ruleUrl = '/api/v1/economy/counties/410599/reward-rules/2026';
const proposal = (over: Record<string, unknown> = {}) => ({
  village: V1,
  year: 2026,
  cadres: [cadre.secretary, cadre.member, cadre.other],
  ...over,
});
const expectRefused = async (
  cases: [Session, 'POST' | 'PUT', string, unknown, number, string][],
) => {
  const before = await footprint();
  for (const [who, method, url, payload, status, path] of cases) {
    const res = await send(who, method, url, payload);
    expect(res.statusCode, `${url} ${JSON.stringify(payload)}: ${res.body}`).toBe(status);
    if (path) expect(res.body).toContain(path);
  }
  expect(await footprint()).toEqual(before);
};

describe('the county’s cadre reward rule', () => {
  it('refuses a share over 100 %, a negative cap, a bad weight and anyone but the county', async () => {
    await expectRefused([
      [county, 'PUT', ruleUrl, { ...RULE, shareBp: 10_001 }, 400, 'body.shareBp'],
      [county, 'PUT', ruleUrl, { ...RULE, villageCapFen: -1 }, 400, 'body.villageCapFen'],
      [county, 'PUT', ruleUrl, { ...RULE, cadreCapFen: 10.5 }, 400, 'body.cadreCapFen'],
      [
        county,
        'PUT',
        ruleUrl,
        { ...RULE, weights: { ...RULE.weights, secretary: 0 } },
        400,
        'body.weights.secretary',
      ],
      [county, 'PUT', ruleUrl, { ...RULE, division: 'lottery' }, 400, 'body.division'],
      [township, 'PUT', ruleUrl, RULE, 403, ''],
      [village1, 'PUT', ruleUrl, RULE, 403, ''],
      [county, 'PUT', '/api/v1/economy/counties/410522/reward-rules/2026', RULE, 404, ''],
    ]);
  });

  it('is set by the county, audited, and read by its villages', async () => {
    expect((await get(village1, ruleUrl)).json()).toEqual({ rule: null, can: { set: false } });
    expect((await get(county, ruleUrl)).json().can).toEqual({ set: true });
    const before = await footprint();
    const set = await send(county, 'PUT', ruleUrl, RULE);
    expect(set.statusCode, set.body).toBe(200);
    expect(await footprint()).toEqual({
      ...before,
      rules: before.rules + 1,
      audit: before.audit + 1,
    });
    const [audit] = await t.deps.database.db
      .select({ objectId: auditEvents.objectId })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'economy.rewardRule.set'));
    expect(audit?.objectId).toBe('410599:2026');
    expect((await get(village1, ruleUrl)).json().rule).toMatchObject(RULE);
  });
});

describe('a village’s reward pool', () => {
  it('comes from the books: this year’s income against last year’s, under the rule', async () => {
    const res = await get(village1, `/api/v1/economy/cadre-rewards/pool?village=${V1}&year=2026`);
    expect(res.statusCode, res.body).toBe(200);
    const pool = res.json();
    expect(pool).toMatchObject({
      thisYearFen: 130_000_000,
      lastYearFen: 100_000_000,
      incrementFen: 30_000_000,
      // 10 % of 300,000 元 is 30,000 元, capped at 25,000 元 a village
      poolFen: 2_500_000,
      payableFen: 2_500_000,
      standingId: null,
      can: { propose: true },
    });
    // the former member left before the year, the branch secretary is not of the village's own
    // organization, the resident holds no position
    const amounts = Object.fromEntries(
      (pool.cadres as { name: string; amountFen: number }[]).map((c) => [c.name, c.amountFen]),
    );
    // 3 : 1 : 1 would give the 书记 15,000 元; capped at 10,000 元, the rest goes half and half
    expect(amounts).toEqual({ 甲书记: 1_000_000, 乙委员: 750_000, 丙委员: 750_000 });
  });

  it('is nothing when income fell, and out of scope is not found', async () => {
    const v2 = (
      await get(village2, `/api/v1/economy/cadre-rewards/pool?village=${V2}&year=2026`)
    ).json();
    expect(v2).toMatchObject({ incrementFen: -10_000, poolFen: 0, can: { propose: false } });
    const other = await get(village2, `/api/v1/economy/cadre-rewards/pool?village=${V1}&year=2026`);
    expect(other.statusCode).toBe(404);
  });
});

describe('proposing and approving a cadre reward', () => {
  const url = '/api/v1/economy/cadre-rewards';
  let rewardId = '';

  it('refuses bad proposals with the field named, changing nothing', async () => {
    await expectRefused([
      [village1, 'POST', url, proposal({ totalFen: 2_500_001 }), 400, 'body.totalFen'],
      // one cadre may receive 10,000 元 at most
      [
        village1,
        'POST',
        url,
        proposal({ cadres: [cadre.member], totalFen: 1_000_001 }),
        400,
        'body.totalFen',
      ],
      [
        village1,
        'POST',
        url,
        proposal({ cadres: [cadre.secretary, cadre.resident] }),
        400,
        'body.cadres.1',
      ],
      [village1, 'POST', url, proposal({ cadres: [cadre.formerMember] }), 400, 'body.cadres.0'],
      [village1, 'POST', url, proposal({ cadres: [cadre.branchSecretary] }), 400, 'body.cadres.0'],
      [village1, 'POST', url, proposal({ cadres: [cadre.v2] }), 400, 'body.cadres.0'],
      [
        village1,
        'POST',
        url,
        proposal({ cadres: [cadre.member, cadre.member] }),
        400,
        'body.cadres.1',
      ],
      [village1, 'POST', url, proposal({ totalFen: -1 }), 400, 'body.totalFen'],
      [village1, 'POST', url, proposal({ year: 2027 }), 400, 'body.year'],
      // no rule for 2025, and V2's income did not grow
      [village1, 'POST', url, proposal({ year: 2025 }), 400, 'body.year'],
      [village2, 'POST', url, proposal({ village: V2, cadres: [cadre.v2] }), 400, 'body.year'],
      [township, 'POST', url, proposal(), 403, ''],
      [village1, 'POST', url, proposal({ village: V2, cadres: [cadre.v2] }), 404, ''],
    ]);
  });

  it('proposes the rule’s division of the pool, summing to the 分', async () => {
    const res = await send(village1, 'POST', url, proposal());
    expect(res.statusCode, res.body).toBe(201);
    const reward = res.json();
    rewardId = reward.id;
    expect(reward).toMatchObject({
      status: 'proposed',
      totalFen: 2_500_000,
      can: { decide: false },
    });
    const paid = (reward.cadres as { amountFen: number }[]).reduce((n, c) => n + c.amountFen, 0);
    expect(paid).toBe(2_500_000);
    expect(reward.cadres[0]).toMatchObject({
      name: '甲书记',
      positions: ['secretary', 'villageDirector'],
      weight: 3,
      amountFen: 1_000_000,
    });
    expect((await send(village1, 'POST', url, proposal())).statusCode).toBe(409);
    expect((await get(village2, `${url}/${rewardId}`)).statusCode).toBe(404);
    expect((await get(villager, '/api/v1/me/cadre-rewards')).json().items).toEqual([]);
  });

  it('is decided by the township, not the village; a rejection needs a note and frees the year', async () => {
    const decide = `${url}/${rewardId}/decision`;
    await expectRefused([
      [village1, 'POST', decide, { approve: true }, 403, ''],
      [village2, 'POST', decide, { approve: true }, 404, ''],
      [township, 'POST', decide, { approve: false }, 400, 'body.note'],
    ]);
    expect((await get(township, `${url}/${rewardId}`)).json().can).toEqual({ decide: true });
    const rejected = await send(township, 'POST', decide, {
      approve: false,
      note: '请附两委会议纪要',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionNote: '请附两委会议纪要' });
    const again = await send(village1, 'POST', url, proposal({ totalFen: 2_000_000 }));
    expect(again.statusCode, again.body).toBe(201);
    rewardId = again.json().id;
  });

  it('is approved once, audited, and then on the village’s notice', async () => {
    const decide = `${url}/${rewardId}/decision`;
    const approved = await send(township, 'POST', decide, { approve: true });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', can: { decide: false } });
    await expectRefused([[county, 'POST', decide, { approve: true }, 409, '']]);
    const actions = (
      await t.deps.database.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(eq(auditEvents.objectId, rewardId))
    ).map((a) => a.action);
    expect(actions.sort()).toEqual(['economy.cadreReward.approve', 'economy.cadreReward.propose']);
    const notice = (await get(villager, '/api/v1/me/cadre-rewards')).json();
    expect(notice.village).toBe(V1);
    expect(notice.items).toHaveLength(1);
    // 20,000 元 at 3 : 1 : 1 gives the 书记 12,000 元: capped at 10,000 元, the rest half and half
    // (largest first, then by name in pinyin: 丙 bing before 乙 yi)
    expect(notice.items[0]).toMatchObject({ year: 2026, totalFen: 2_000_000 });
    expect(notice.items[0].cadres).toEqual([
      { name: '甲书记', positions: ['secretary', 'villageDirector'], amountFen: 1_000_000 },
      { name: '丙委员', positions: ['twoCommitteesMember'], amountFen: 500_000 },
      { name: '乙委员', positions: ['committeeMember'], amountFen: 500_000 },
    ]);
    const listed = (await get(county, url)).json().items.map((r: { id: string }) => r.id);
    expect(listed).toContain(rewardId);
    expect((await get(village2, url)).json().items).toEqual([]);
  });

  describe('the cadre rewards as .xlsx', () => {
    const exportUrl = '/api/v1/economy/exports/rewards';
    it('lists each reward with its books and decision, and each cadre’s amount summing to its total', async () => {
      const file = await download(t.app, township, `${exportUrl}?region=${V1}&year=2026`);
      const [header, ...rewards] = await rowsOf(file, '干部奖励');
      expect(header?.slice(0, 7)).toEqual([
        '村',
        '年度',
        '本年集体收入（元）',
        '上年集体收入（元）',
        '收益增量（元）',
        '奖励资金池（元）',
        '奖励总额（元）',
      ]);
      const name = (await get(township, `/api/v1/economy/cadre-rewards/${rewardId}`)).json()
        .villageName as string;
      // the returned proposal (25,000 元, the pool) and the approved one (20,000 元) — proposed in
      // the same instant of the test's clock, so in either order; 10 % of the 300,000 元
      // increment is capped at the village's 25,000 元
      rewards.sort((a, b) => Number(b[6]) - Number(a[6]));
      expect(rewards.map((r) => r.slice(0, 9))).toEqual([
        [name, 2026, 1_300_000, 1_000_000, 300_000, 25_000, 25_000, 10, '已退回'],
        [name, 2026, 1_300_000, 1_000_000, 300_000, 25_000, 20_000, 10, '已批准'],
      ]);
      expect(rewards.map((r) => r[10] || null)).toEqual(['请附两委会议纪要', null]);
      expect(rewards.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r[9])))).toBe(true);
      const [, ...cadres] = await rowsOf(file, '各人奖励金额');
      const sumOf = (status: string) =>
        cadres.filter((c) => c[6] === status).reduce((n, c) => n + Number(c[5]), 0);
      expect(sumOf('已退回')).toBe(25_000);
      expect(sumOf('已批准')).toBe(20_000);
      expect(cadres.filter((c) => c[6] === '已批准').map((c) => [c[2], c[4], c[5]])).toEqual([
        ['甲书记', 3, 10_000],
        ['丙委员', 1, 5_000],
        ['乙委员', 1, 5_000],
      ]);
    });

    it('shows the caller’s villages only: another village is not found, bad input is a 400', async () => {
      expect((await get(village2, `${exportUrl}?region=${V1}`)).statusCode).toBe(404);
      const own = await rowsOf(await download(t.app, village2, exportUrl), '干部奖励');
      expect(own).toHaveLength(1); // the header: V2 has no reward
      const bad = await get(township, `${exportUrl}?region=${V1}&year=1999`);
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('year');
      // an earlier year has none
      const none = await rowsOf(
        await download(t.app, township, `${exportUrl}?region=${V1}&year=2025`),
        '干部奖励',
      );
      expect(none).toHaveLength(1);
    });
  });
});
