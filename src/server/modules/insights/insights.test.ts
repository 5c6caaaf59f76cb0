import { asc, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, insightRollups } from '../../db/schema/index.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../../testing/testApp.ts';
import { FIXTURE_PLACES } from '../../testing/fixtureRegions.ts';
import { foldInsightChanges } from './fold.ts';
import { rebuildInsights } from './rollups.ts';

let t: TestApp;
let villager: Session;
let county: Session;
let township: Session;

beforeAll(async () => {
  t = await createTestApp({}, { directory: true });
  [villager, county, township] = (await Promise.all(
    ['villager', 'county', 'township'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session];
}, 180_000);
afterAll(() => t.close());

const db = () => t.ctx().db;
const snapshot = () =>
  db()
    .select()
    .from(insightRollups)
    .orderBy(
      asc(insightRollups.regionCode),
      asc(insightRollups.period),
      asc(insightRollups.metric),
    );
const newCase = (title: string) =>
  call(t.app, villager, 'POST', '/api/v1/cases', {
    payload: { typeCode: 'request', title, description: `${title}，请尽快处理。`, fields: {} },
  });
const countyRow = async (metric: string) =>
  (
    await db()
      .select()
      .from(insightRollups)
      .where(eq(insightRollups.regionCode, FIXTURE_PLACES.county))
  ).find((r) => r.metric === metric && /^\d{4}$/.test(r.period))?.value ?? 0;

describe('roll-ups', () => {
  it('folds new cases from the audit log into every level, and a full rebuild gives the same rows', async () => {
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
      (r) =>
        r.regionCode === '410000000000' && r.metric === 'cases_received' && r.period.length === 4,
    );
    expect(province?.value).toBe(raw?.n);
  });

  it('a second fold with nothing new changes nothing', async () => {
    const before = await snapshot();
    expect(await foldInsightChanges(db())).toBe(0);
    expect(await snapshot()).toEqual(before);
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
