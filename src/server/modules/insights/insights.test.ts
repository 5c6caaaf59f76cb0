import { count, eq, like } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, insightRollups, type RollupMetric } from '../../db/schema/index.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../../testing/testApp.ts';
import { FIXTURE_PLACES } from '../../testing/fixtureRegions.ts';
import { rollupSnapshot, rollupValue } from '../../testing/insightsKit.ts';
import { foldInsightChanges } from './fold.ts';
import { rebuildInsights } from './rollups.ts';

let t: TestApp;
let villager: Session;
let county: Session;
let township: Session;
let member: Session;

beforeAll(async () => {
  t = await createTestApp({}, { directory: true });
  [villager, county, township, member] = (await Promise.all(
    ['villager', 'county', 'township', 'member'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session, Session];
}, 180_000);
afterAll(() => t.close());

const db = () => t.ctx().db;
const snapshot = () => rollupSnapshot(db());
const newCase = (title: string) =>
  call(t.app, villager, 'POST', '/api/v1/cases', {
    payload: { typeCode: 'request', title, description: `${title}，请尽快处理。`, fields: {} },
  });
// The county's row of this year (where new cases fall): the demo's 托管 sign-ups for the coming
// season (an economy roll-up metric) give the county a row for another year too.
const countyRow = async (metric: RollupMetric) =>
  (
    await db()
      .select()
      .from(insightRollups)
      .where(eq(insightRollups.regionCode, FIXTURE_PLACES.county))
  ).find((r) => r.period === String(t.clock.now().getUTCFullYear()))?.[metric] ?? 0;

describe('roll-ups', () => {
  it('folds new cases into every level, and a full rebuild gives the same rows', async () => {
    await rebuildInsights(db());
    await foldInsightChanges(db());
    const before = await countyRow('cases_received');

    for (const title of ['自来水管冻裂', '路灯不亮', '垃圾未清运']) {
      expect((await newCase(title)).statusCode).toBe(201);
    }
    expect(await foldInsightChanges(db())).toBeGreaterThan(0);
    const folded = await snapshot();
    expect(await countyRow('cases_received')).toBe(before + 3);

    const [raw] = await db()
      .select({ n: count() })
      .from(cases)
      .where(like(cases.regionCode, '410599%'));
    await rebuildInsights(db());
    const rebuilt = await snapshot();
    expect(rebuilt).toEqual(folded);
    expect(await countyRow('cases_received')).toBe(raw?.n);
    // The province row carries the same case count as its only county holds.
    const province = rebuilt.find(
      (r) => r.regionCode === '410000000000' && r.period === String(t.clock.now().getUTCFullYear()),
    );
    expect(province?.cases_received).toBe(raw?.n);
  });

  it('a second fold with nothing new changes nothing', async () => {
    const before = await snapshot();
    expect(await foldInsightChanges(db())).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});

describe('folding changes that are not additions', () => {
  const act = async (s: Session, id: string, payload: Record<string, unknown>) => {
    const res = await call(t.app, s, 'POST', `/api/v1/cases/${id}/actions`, { payload });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('folds escalated, resolved, rated and reopened cases as new minus old, equal to a rebuild', async () => {
    const [a, b, c] = await Promise.all(
      ['排水沟堵塞', '村道坑洼', '广场灯坏'].map(async (title) => (await newCase(title)).json()),
    );
    await foldInsightChanges(db());
    const metrics = [
      'cases_received',
      'cases_resolved',
      'cases_escalated',
      'cases_rated',
      'cases_rating_sum',
      'cases_satisfied',
    ] as const;
    const before = {} as Record<(typeof metrics)[number], number>;
    for (const m of metrics) before[m] = await countyRow(m);

    // The three cases were folded as received; now each changes in a way a pure addition misses,
    // folded step by step as the server does every few seconds (so a change that takes a count
    // back is folded on its own, not netted out against the step before it within one fold).
    await act(member, a.id, { type: 'escalate', note: '需要村里协调' });
    await act(member, b.id, { type: 'resolve', note: '已疏通' });
    await act(member, c.id, { type: 'resolve' });
    expect(await foldInsightChanges(db())).toBeGreaterThan(0);
    expect(await countyRow('cases_resolved')).toBe(before.cases_resolved + 2);
    expect((await act(villager, b.id, { type: 'confirm', rating: 5 })).state).toBe('confirmed');
    expect((await act(villager, c.id, { type: 'reject', rating: 2, note: '还是不亮' })).state).toBe(
      'reopened',
    );
    expect(await foldInsightChanges(db())).toBeGreaterThan(0);
    const folded = await snapshot();

    expect(await countyRow('cases_received')).toBe(before.cases_received);
    expect(await countyRow('cases_escalated')).toBe(before.cases_escalated + 1);
    expect(await countyRow('cases_resolved')).toBe(before.cases_resolved + 1);
    expect(await countyRow('cases_rated')).toBe(before.cases_rated + 2);
    expect(await countyRow('cases_rating_sum')).toBe(before.cases_rating_sum + 7);
    expect(await countyRow('cases_satisfied')).toBe(before.cases_satisfied + 1);
    await rebuildInsights(db());
    expect(await snapshot()).toEqual(folded);
  });
});

describe('folding records filed above the villages', () => {
  it('folds cases moved to a township, the county, the city and the province, equal to a rebuild', async () => {
    await foldInsightChanges(db());
    const codes = [FIXTURE_PLACES.township, FIXTURE_PLACES.county, '410500000000', '410000000000'];
    const moved = await db()
      .select({ id: cases.id, regionCode: cases.regionCode })
      .from(cases)
      .where(like(cases.regionCode, '410599%'))
      .limit(codes.length);
    expect(moved).toHaveLength(codes.length);
    // Each statement moves one case: taken from its village and added at the level above.
    for (const [i, { id }] of moved.entries())
      await db().update(cases).set({ regionCode: codes[i] }).where(eq(cases.id, id));
    const before = await countyRow('cases_received');
    expect(await foldInsightChanges(db())).toBeGreaterThan(0);
    const folded = await snapshot();
    // Two of the four stay inside the county (the township and the county itself).
    expect(await countyRow('cases_received')).toBe(before - 2);
    await rebuildInsights(db());
    expect(await snapshot()).toEqual(folded);

    // And back to their villages, as the tests below expect them.
    for (const { id, regionCode } of moved)
      await db().update(cases).set({ regionCode }).where(eq(cases.id, id));
    expect(await foldInsightChanges(db())).toBeGreaterThan(0);
    expect(await countyRow('cases_received')).toBe(before);
    const back = await snapshot();
    await rebuildInsights(db());
    expect(await snapshot()).toEqual(back);
  });
});

describe('dashboard overview', () => {
  it('gives a county admin the county totals, townships as children and villages for the map', async () => {
    const year = String(t.clock.now().getUTCFullYear());
    const res = await call(t.app, county, 'GET', `/api/v1/insights/overview?year=${year}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.region).toMatchObject({ code: FIXTURE_PLACES.county, level: 'county' });
    expect(body.totals.cases_received).toBe(await countyRow('cases_received'));
    const children = body.children as { code: string; level: string }[];
    expect(children.length).toBeGreaterThan(0);
    expect(children.every((c) => c.level === 'township')).toBe(true);
    const villages = body.villages as { code: string; level: string; lat: number | null }[];
    expect(villages.length).toBeGreaterThan(children.length);
    expect(villages.every((v) => v.level === 'village' && v.code.startsWith('410599'))).toBe(true);
    // The township rows add up to the county's (no case is filed at the county itself here).
    const sum = children.reduce(
      (n, c) =>
        n + ((c as unknown as { metrics: Record<string, number> }).metrics.cases_received ?? 0),
      0,
    );
    expect(sum).toBe(body.totals.cases_received);
    expect(body.trend).toHaveLength(12);
    expect(body.path.map((p: { code: string }) => p.code)).toContain(FIXTURE_PLACES.county);
  });

  it('gives the home page a summary: the same totals and trend, without the places a map needs', async () => {
    const year = String(t.clock.now().getUTCFullYear());
    const full = (
      await call(t.app, county, 'GET', `/api/v1/insights/overview?year=${year}`)
    ).json();
    const res = await call(
      t.app,
      county,
      'GET',
      `/api/v1/insights/overview?year=${year}&detail=summary`,
    );
    expect(res.statusCode).toBe(200);
    const summary = res.json();
    expect(summary.totals).toEqual(full.totals);
    expect(summary.trend).toEqual(full.trend);
    expect([summary.children, summary.villages]).toEqual([[], []]);
    const bad = await call(t.app, county, 'GET', '/api/v1/insights/overview?detail=brief');
    expect(bad.statusCode).toBe(400);
  });

  it('answers 404 to a township user asking for the county above them, and rejects a bad code', async () => {
    const mine = await call(t.app, township, 'GET', '/api/v1/insights/overview');
    expect(mine.statusCode).toBe(200);
    const own = mine.json().region as { code: string; level: string };
    expect(own.level).toBe('township');
    const up = await call(
      t.app,
      township,
      'GET',
      `/api/v1/insights/overview?region=${FIXTURE_PLACES.county}`,
    );
    expect(up.statusCode).toBe(404);
    const bad = await call(t.app, county, 'GET', '/api/v1/insights/overview?region=41');
    expect(bad.statusCode).toBe(400);
  });
});

describe('通报', () => {
  const textOf = async (payload: Buffer) => {
    const zip = await JSZip.loadAsync(payload);
    return ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
  };
  const bulletinOf = (s: Session, query: string) =>
    call(t.app, s, 'GET', `/api/v1/insights/bulletin?${query}`);
  const periodRow = (code: string, period: string, metric: RollupMetric) =>
    rollupValue(db(), code, period, metric);

  it('writes the quarter’s bulletin from the roll-ups and the warnings, ranked, with the villages annexed', async () => {
    await rebuildInsights(db());
    const res = await bulletinOf(county, 'period=2026-Q4');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = await textOf(res.rawPayload);
    const received = await periodRow(FIXTURE_PLACES.county, '2026-Q4', 'cases_received');
    const resolved = await periodRow(FIXTURE_PLACES.county, '2026-Q4', 'cases_resolved');
    expect(received).toBeGreaterThan(0);
    expect(text).toContain('2026年第四季度');
    expect(text).toContain(`受理群众诉求${received}件`);
    expect(text).toContain(`办结${resolved}件`);
    expect(text).toContain('二、各地情况（按办结率排序）');
    expect(text).toContain('名次');
    const warnings = (await call(t.app, county, 'GET', '/api/v1/warnings')).json();
    expect(text).toContain(`待处理预警${warnings.total}条`);
    expect(text).toContain('附件：各村（社区）情况表');
    const overview = (await call(t.app, county, 'GET', '/api/v1/insights/overview')).json();
    for (const p of [...overview.children, ...overview.villages] as { name: string }[])
      expect(text, p.name).toContain(p.name);
  });

  it('leaves the ranking out when the county turned rankings off, and compares with the month before', async () => {
    const off = await call(t.app, county, 'PUT', '/api/v1/evaluation/settings', {
      payload: { countyCode: FIXTURE_PLACES.county, rankingsEnabled: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    const text = await textOf((await bulletinOf(county, 'period=2026-11')).rawPayload);
    expect(text).toContain('2026年11月');
    expect(text).not.toContain('名次');
    expect(text).toContain('不排名');
    expect(text).toMatch(/比上期(增加|减少)|与上期持平/);
  });

  it('answers 404 above the caller’s scope and 400 for a period that is not a month or quarter', async () => {
    expect(
      (await bulletinOf(township, `region=${FIXTURE_PLACES.county}&period=2026-11`)).statusCode,
    ).toBe(404);
    expect((await bulletinOf(township, 'period=2026-11')).statusCode).toBe(200);
    for (const period of ['2026', '2026-13', '2026-Q5', 'x'])
      expect((await bulletinOf(county, `period=${period}`)).statusCode, period).toBe(400);
    expect((await bulletinOf(villager, 'period=2026-11')).statusCode).toBe(403);
  });
});
