import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RollupMetric } from '../../db/schema/index.ts';
import { COUNTY, rootCtx, TOWNSHIP, V1, V2 } from '../../testing/fixtureCounty.ts';
import { insertHouseholdOfOne } from '../../testing/directoryFixtures.ts';
import { rollupSnapshot, rollupValue } from '../../testing/insightsKit.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../../testing/testApp.ts';
import { foldInsightChanges } from '../insights/fold.ts';
import { rebuildInsights } from '../insights/rollups.ts';
import type { ContractView } from './views.ts';

// The collective economy's county roll-ups (issue 13 part 8) on the hand-written county (today
// 2026-11-22): contract payments, a 清化收 outcome and 托管 sign-ups go through the real services; the
// ledger's and the other tables' statement triggers leave deltas that the fold adds to every level,
// and a full rebuild from the books gives the same rows, equal to the ledger's own sums.

let t: TestApp;
let village1: Session;
let village2: Session;

type Row = Record<string, unknown>;
const db = () => t.ctx().db;
const rows = async (q: string): Promise<Row[]> =>
  ((await t.deps.database.db.execute(q)) as unknown as { rows: Row[] }).rows;
const value = (code: string, period: string, metric: RollupMetric) =>
  rollupValue(db(), code, period, metric);
const send = (s: Session, url: string, payload: unknown) =>
  call(t.app, s, 'POST', url, { payload });
/** The ledger's own sum over a region's subtree and a period (`2026` or `2026-11`). */
const ledgerFen = async (region: string, period: string) => {
  const prefix = region.replace(/0+$/, '');
  const [row] = await rows(`
    SELECT coalesce(sum(amount_fen), 0)::bigint AS fen FROM economy_income_entries
    WHERE region_code LIKE '${prefix}%' AND to_char(posted_on, 'YYYY-MM') LIKE '${period}%'`);
  return Number(row?.fen);
};

beforeAll(async () => {
  t = await createTestApp();
  village1 = await login(t.app, 'village1');
  village2 = await login(t.app, 'village2');
}, 120_000);
afterAll(() => t.close());

/** A village's farmland with a contract on it, through the real services. */
async function contractIn(s: Session, village: string, lessee: string, area: number) {
  const asset = await send(s, '/api/v1/economy/assets', {
    village,
    kind: 'resource',
    assetClass: 'farmland',
    name: `${lessee}承包地`,
    area,
    location: '村北',
    valueFen: 0,
  });
  expect(asset.statusCode, asset.body).toBe(201);
  const res = await send(s, '/api/v1/economy/contracts', {
    assetId: asset.json<{ id: string }>().id,
    lessee,
    area,
    pricePerMuFen: 80_000,
    startsOn: '2026-01-01',
    endsOn: '2030-12-31',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ContractView>().id;
}

const pay = async (s: Session, contract: string, paidOn: string, amountFen: number) => {
  const res = await send(s, `/api/v1/economy/contracts/${contract}/payments`, {
    paidOn,
    amountFen,
  });
  expect(res.statusCode, res.body).toBe(201);
};

describe('collective income in the roll-ups', () => {
  it('folds contract payments into every level, equal to a rebuild and to the ledger’s sum', async () => {
    await rebuildInsights(db());
    await foldInsightChanges(db());
    const before = {
      county: await value(COUNTY, '2026', 'income_fen'),
      province: await value('410000000000', '2026', 'income_fen'),
    };

    const a = await contractIn(village1, V1, '赵大田', 12.5);
    const b = await contractIn(village2, V2, '钱二亩', 8);
    await pay(village1, a, '2026-03-15', 1_000_000);
    await pay(village1, a, '2026-09-15', 333_333);
    await pay(village2, b, '2026-09-30', 640_001);
    expect(await foldInsightChanges(db())).toBeGreaterThan(0);
    const folded = await rollupSnapshot(db());

    expect(await value(V1, '2026-03', 'income_fen')).toBe(1_000_000);
    expect(await value(V1, '2026-Q3', 'income_fen')).toBe(333_333);
    expect(await value(TOWNSHIP, '2026-09', 'income_fen')).toBe(973_334);
    expect(await value(COUNTY, '2026', 'income_fen')).toBe(before.county + 1_973_334);
    expect(await value('410000000000', '2026', 'income_fen')).toBe(before.province + 1_973_334);
    // The roll-ups say what the ledger itself sums to, at every level and period read.
    for (const [code, period] of [
      [V1, '2026'],
      [V2, '2026-09'],
      [TOWNSHIP, '2026'],
      [COUNTY, '2026'],
      [COUNTY, '2026-03'],
      ['410000000000', '2026'],
    ] as const)
      expect(await value(code, period, 'income_fen'), `${code} ${period}`).toBe(
        await ledgerFen(code, period),
      );

    await rebuildInsights(db());
    expect(await rollupSnapshot(db())).toEqual(folded);
  });

  it('folds 清化收 outcomes, 托管 sign-ups and a withdrawal, and a published dividend run', async () => {
    await foldInsightChanges(db());
    const cleaned = await value(COUNTY, '2026', 'contracts_cleaned');
    const contract = await contractIn(village1, V1, '孙低价', 20);
    const outcome = await call(
      t.app,
      village1,
      'PUT',
      `/api/v1/economy/contracts/${contract}/outcome`,
      {
        payload: {
          outcome: 'regularized',
          on: '2026-10-08',
          incomeAddedFen: 250_000,
          note: '补签',
        },
      },
    );
    expect(outcome.statusCode, outcome.body).toBe(200);

    const ctx = rootCtx(t);
    const [h1, h2] = await Promise.all([
      insertHouseholdOfOne(ctx, V1, '托管甲户'),
      insertHouseholdOfOne(ctx, V1, '托管乙户'),
    ]);
    const item = await send(village1, '/api/v1/economy/trusteeship/items', {
      village: V1,
      cropGroup: 'grain',
      name: '耕',
      pricePerMuFen: 6_000,
      marketPricePerMuFen: 7_000,
    });
    expect(item.statusCode, item.body).toBe(201);
    const signUps: string[] = [];
    for (const [household, area] of [
      [h1.householdId, 10],
      [h2.householdId, 5.5],
    ] as const) {
      const res = await send(village1, '/api/v1/economy/trusteeship/sign-ups', {
        year: 2027,
        cropGroup: 'grain',
        startsOn: '2027-03-01',
        householdId: household,
        mode: 'fullChain',
        area,
      });
      expect(res.statusCode, res.body).toBe(201);
      signUps.push(res.json<{ id: string }>().id);
    }
    expect(await foldInsightChanges(db())).toBeGreaterThan(0);
    expect(await value(COUNTY, '2027', 'trusteeship_sign_ups')).toBe(2);
    expect(await value(COUNTY, '2027-03', 'trusteeship_area_hundredths')).toBe(1_550);
    const withdraw = await send(
      village1,
      `/api/v1/economy/trusteeship/sign-ups/${signUps[1]}/withdraw`,
      {},
    );
    expect(withdraw.statusCode, withdraw.body).toBe(200);

    // A run published as the dividend service leaves it (the trigger sees the status change).
    await rows(`
      INSERT INTO economy_dividend_runs (id, region_code, county_code, payer, year,
        distributable_fen, rule, status, collective_fen, welfare_fen, households_fen, proposed_by,
        created_at)
      VALUES ('00000000-0000-7000-8000-00000000d1a1', '${V1}', '410599', '村股份经济合作社', 2026,
        1000000, '{}', 'approved', 600000, 120000, 400000, '00000000-0000-7000-8000-000000000000',
        now())`);
    await rows(`
      UPDATE economy_dividend_runs SET status = 'published',
        published_at = timestamptz '2026-11-30 20:00+00'
      WHERE id = '00000000-0000-7000-8000-00000000d1a1'`);
    expect(await foldInsightChanges(db())).toBeGreaterThan(0);
    const folded = await rollupSnapshot(db());

    expect(await value(COUNTY, '2026', 'contracts_cleaned')).toBe(cleaned + 1);
    expect(await value(V1, '2026-10', 'cleanup_income_added_fen')).toBe(250_000);
    expect(await value(COUNTY, '2027', 'trusteeship_sign_ups')).toBe(1);
    expect(await value(TOWNSHIP, '2027-Q1', 'trusteeship_area_hundredths')).toBe(1_000);
    // Published at 04:00 on 1 December, Shanghai time.
    expect(await value(V1, '2026-12', 'dividends_paid_fen')).toBe(400_000);
    expect(await value(V1, '2026-11', 'dividends_paid_fen')).toBe(0);

    await rebuildInsights(db());
    expect(await rollupSnapshot(db())).toEqual(folded);
  });
});
