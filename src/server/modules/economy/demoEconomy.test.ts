import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, login, type Session } from '../../testing/testApp.ts';
import {
  DEMO_REWARD_APPROVAL_NOTE,
  DEMO_REWARD_RULE,
} from '../../../domain/economy/demoEconomy.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { useTestApp } from '../../testing/appKit.ts';
import type { CleanupView, ContractView, LedgerView } from './views.ts';

// The small demo county's collective economy (seed/seedEconomy.ts): the 清化收 report finds
// exactly the planted contracts, and a year of payments stands in the income ledger.
const t = useTestApp({}, { directory: true }, 240_000);
let county: Session;
beforeAll(async () => {
  county = await login(t.app, 'county');
}, 240_000);

describe('the demo economy', () => {
  it('finds exactly the planted 清化收 contracts, one flag each', async () => {
    const res = await call(t.app, county, 'GET', '/api/v1/economy/cleanup');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<CleanupView>();
    const flagged = Object.fromEntries(
      report.flagged.map((c) => [c.findings.map((f) => f.code).join('+'), c.lessee]),
    );
    const cadre = flagged.cadreHousehold;
    expect(flagged).toEqual({
      underpriced: '王海（养殖户）',
      expiredInUse: '赵春生',
      termTooLong: '河南丰禾农业公司',
      arrears: '周长河',
      latePayments: '刘记农资店',
      ...(cadre ? { cadreHousehold: cadre } : {}),
    });
    expect(cadre, 'the third demo village has a 两委 member').toBeTruthy();
    expect(report.flagged).toHaveLength(6);
    expect(report).toMatchObject({
      cleaned: 1,
      byOutcome: { regularized: 1 },
      incomeAddedFen: 2_100_000,
    });
  });

  it('posts every demo payment to the ledger: the village’s income is its payments and 托管 fees', async () => {
    const village1 = await login(t.app, 'village1');
    const ledger = (
      await call(t.app, village1, 'GET', '/api/v1/economy/ledger')
    ).json<LedgerView>();
    const contracts = (
      await call(t.app, village1, 'GET', '/api/v1/economy/contracts?pageSize=200')
    ).json<{ items: ContractView[] }>().items;
    const year = String(ledger.year);
    const paidThisYear = contracts
      .flatMap((c) => c.payments)
      .filter((p) => p.paidOn.startsWith(year))
      .reduce((n, p) => n + p.amountFen, 0);
    const bySource = (source: string) =>
      ledger.bySource.find((s) => s.source === source)?.amountFen ?? 0;
    expect(ledger.totalFen).toBeGreaterThan(0);
    expect(bySource('contract')).toBe(paidThisYear);
    // the rest is the 托管 season's fees (below), nothing typed
    expect(ledger.totalFen).toBe(paidThisYear + bySource('service'));
    expect(ledger.lastYearFen).toBeGreaterThan(0);
    expect(ledger.byMonth.reduce((n, m) => n + m, 0)).toBe(ledger.totalFen);
  });

  it('gives village1 the 托管 menu and three households signed up, the villager free to sign', async () => {
    const village1 = await login(t.app, 'village1');
    const menu = (await call(t.app, village1, 'GET', '/api/v1/economy/trusteeship/items')).json<{
      items: { cropGroup: string; name: string; savingPerMuFen: number }[];
    }>().items;
    // grain (粮食) before fruit (果蔬)
    expect(menu.map((i) => i.name)).toEqual(['耕', '种', '防', '收', '技术指导', '农机', '农资']);
    // the fruit full chain saves 240 元 per 亩, as in 大甲村
    const fruit = menu.filter((i) => i.cropGroup === 'fruit');
    expect(fruit.reduce((n, i) => n + i.savingPerMuFen, 0)).toBe(24_000);
    // signed up for the coming season (2027 on the test's 2026-11-22) and the one under way, when
    // the demo villager's own household has 6 亩 of grain in full chain too
    const sums = { households: 3, area: 40.5, fee: 892_500 + 132_000 + 360_000, saving: 340_000 };
    for (const [year, extra] of [
      [2026, 1],
      [2027, 0],
    ] as const) {
      const list = (
        await call(t.app, village1, 'GET', `/api/v1/economy/trusteeship/sign-ups?year=${year}`)
      ).json<{
        items: { status: string }[];
        totals: { households: number; area: number; feeFen: number; savingFen: number };
      }>();
      expect(list.items).toHaveLength(3 + extra);
      // 8.5 亩 fruit × 1050 元; 12 亩 耕+收 × 110 元; 20 亩 grain × 180 元; (6 亩 × 180 元)
      expect(list.totals).toEqual({
        households: sums.households + extra,
        area: sums.area + 6 * extra,
        feeFen: sums.fee + 108_000 * extra,
        savingFen: sums.saving + 30_000 * extra,
      });
    }
    const villager = await login(t.app, 'villager');
    const mine = (await call(t.app, villager, 'GET', '/api/v1/me/trusteeship')).json<{
      menu: unknown[];
      signUps: { year: number }[];
      services: { itemName: string }[];
    }>();
    expect(mine.menu).toHaveLength(7);
    // free to sign up for the coming season on the phone; what was done this season is shown
    expect(mine.signUps.map((s) => s.year)).toEqual([2026]);
    expect(mine.services.map((s) => s.itemName)).toEqual(['耕', '种', '防', '收']);
  });

  it('delivers the 2026 season in full and books its fees as service income', async () => {
    const village1 = await login(t.app, 'village1');
    const services = (
      await call(t.app, village1, 'GET', '/api/v1/economy/trusteeship/services?year=2026')
    ).json<{ items: { itemName: string }[]; totals: { records: number; feeFen: number } }>();
    // 3 fruit items + 耕、收 + 耕种防收 twice, each over its whole area: the season's fees exactly
    expect(services.totals).toEqual({
      records: 13,
      area: 3 * 8.5 + 2 * 12 + 4 * 20 + 4 * 6,
      feeFen: 892_500 + 132_000 + 360_000 + 108_000,
    });
    const ledger = (await call(t.app, village1, 'GET', '/api/v1/economy/ledger?year=2026')).json<{
      bySource: { source: string; amountFen: number }[];
    }>();
    expect(ledger.bySource.find((s) => s.source === 'service')?.amountFen).toBe(1_492_500);
  });

  it('has the town’s 共富公司 renting land at 800 元/亩 (from 400), bound to the cooperative (双绑)', async () => {
    const township = await login(t.app, 'township');
    const orgs = (await call(t.app, township, 'GET', '/api/v1/economy/organizations')).json<{
      items: {
        name: string;
        kind: string;
        members: unknown[];
        bindings: { partnerName: string; orders: unknown[] }[];
        landTransfers: { pricePerMuFen: number; previousPricePerMuFen: number }[];
        totals: { transferredArea: number; rentFen: number };
      }[];
    }>().items;
    const coop = orgs.find((o) => o.kind === 'branchCooperative');
    const company = orgs.find((o) => o.kind === 'townCompany');
    expect(coop?.members).toHaveLength(4);
    expect(company?.landTransfers).toHaveLength(5);
    expect(
      company?.landTransfers.every(
        (l) => l.pricePerMuFen === 80_000 && l.previousPricePerMuFen === 40_000,
      ),
    ).toBe(true);
    // 6.5 + 4.2 + 8 + 3.75 + 5.1 亩 at 800 元
    expect(company?.totals).toEqual({ members: 0, transferredArea: 27.55, rentFen: 2_204_000 });
    // Both bindings start the same day; the view then orders them by id, so compare as a set.
    const bound = company?.bindings.map((b) => [b.partnerName, b.orders.length]);
    expect(bound).toHaveLength(2);
    expect(bound).toEqual(
      expect.arrayContaining([
        ['鲁丰食品有限公司（龙头企业）', 2],
        [coop?.name, 1],
      ]),
    );
  });

  it('rewards village1’s 两委 cadres from the year’s income increment under the county’s rule, approved by the township', async () => {
    const village1 = await login(t.app, 'village1');
    const ledger = (
      await call(t.app, village1, 'GET', '/api/v1/economy/ledger')
    ).json<LedgerView>();
    const { year, region: village } = ledger;
    const ruleRes = await call(
      t.app,
      county,
      'GET',
      `/api/v1/economy/counties/${village.slice(0, 6)}/reward-rules/${year}`,
    );
    expect(ruleRes.statusCode, ruleRes.body).toBe(200);
    expect(ruleRes.json<{ rule: unknown }>().rule).toMatchObject(DEMO_REWARD_RULE);

    // the pool stands on the ledger: the rule's share of the increment, rounded down, capped
    const pool = (
      await call(
        t.app,
        village1,
        'GET',
        `/api/v1/economy/cadre-rewards/pool?village=${village}&year=${year}`,
      )
    ).json<{
      thisYearFen: number;
      lastYearFen: number;
      incrementFen: number;
      poolFen: number;
      payableFen: number;
      cadres: { personId: string }[];
      standingId: string | null;
      can: { propose: boolean };
    }>();
    expect(pool.thisYearFen).toBe(ledger.totalFen);
    expect(pool.lastYearFen).toBe(ledger.lastYearFen);
    const increment = ledger.totalFen - ledger.lastYearFen;
    expect(increment).toBeGreaterThan(0);
    expect(pool.poolFen).toBe(
      Math.min(
        Math.floor((increment * DEMO_REWARD_RULE.shareBp) / 10_000),
        DEMO_REWARD_RULE.villageCapFen,
      ),
    );
    expect(pool.poolFen).toBeGreaterThan(0);
    expect(pool.cadres.length).toBeGreaterThan(0);
    expect(pool.payableFen).toBe(
      Math.min(pool.poolFen, DEMO_REWARD_RULE.cadreCapFen * pool.cadres.length),
    );
    // already proposed and approved: nothing more to propose this year
    expect(pool.standingId).toBeTruthy();
    expect(pool.can.propose).toBe(false);

    interface Reward {
      id: string;
      status: string;
      totalFen: number;
      poolFen: number;
      decisionNote: string | null;
      cadres: { personId: string; amountFen: number }[];
    }
    const township = await login(t.app, 'township');
    const reward = (
      await call(t.app, township, 'GET', `/api/v1/economy/cadre-rewards/${pool.standingId}`)
    ).json<Reward>();
    expect(reward).toMatchObject({
      status: 'approved',
      poolFen: pool.poolFen,
      totalFen: pool.payableFen,
      decisionNote: DEMO_REWARD_APPROVAL_NOTE,
    });
    // every 两委 cadre of the year, the amounts summing to the total to the 分
    expect(reward.cadres.map((c) => c.personId).sort()).toEqual(
      pool.cadres.map((c) => c.personId).sort(),
    );
    expect(reward.cadres.reduce((n, c) => n + c.amountFen, 0)).toBe(reward.totalFen);
    expect(reward.cadres.every((c) => c.amountFen <= DEMO_REWARD_RULE.cadreCapFen)).toBe(true);
    const listed = (await call(t.app, township, 'GET', '/api/v1/economy/cadre-rewards')).json<{
      items: { id: string; status: string }[];
    }>().items;
    expect(listed).toContainEqual(expect.objectContaining({ id: reward.id, status: 'approved' }));

    // in the village's open-affairs notice on a resident's phone
    const villager = await login(t.app, 'villager');
    const notice = (await call(t.app, villager, 'GET', '/api/v1/me/cadre-rewards')).json<{
      village: string;
      items: { id: string; totalFen: number; cadres: { amountFen: number }[] }[];
    }>();
    expect(notice.village).toBe(village);
    const shown = notice.items.find((i) => i.id === reward.id);
    expect(shown?.totalFen).toBe(reward.totalFen);
    expect(shown?.cadres.reduce((n, c) => n + c.amountFen, 0)).toBe(reward.totalFen);

    // proposed by the village and approved by the township, each audited as its account
    const audited = await t
      .ctx()
      .db.select({ action: auditEvents.action, by: auditEvents.actorUsername })
      .from(auditEvents)
      .where(eq(auditEvents.objectId, reward.id));
    expect(audited.map((a) => [a.action, a.by]).sort()).toEqual([
      ['economy.cadreReward.approve', 'township'],
      ['economy.cadreReward.propose', 'village1'],
    ]);
  });
});
