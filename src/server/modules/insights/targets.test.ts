import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationRounds, evaluations, evaluationSchemes } from '../../db/schema/index.ts';
import { withinRegion } from '../../platform/scope.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../../testing/testApp.ts';
import { rebuildInsights } from './rollups.ts';
import { fromEvaluations } from '../evaluation/fromEvaluations.ts';

// 目标进度 on the demo county: every gauge's figure against the records it claims to count, and
// its target from the configuration that holds it (the region's own, the preset's, the scheme's).
const COUNTY = '410599000000';
const RURAL = 'five-star-branch-rural';

let t: TestApp;
let county: Session;
let township: Session;
let villager: Session;

type Gauge = {
  key: string;
  scheme: string | null;
  actual: number | null;
  part: number;
  whole: number;
  target: number | null;
  targetSource: string | null;
  roundId: string | null;
};
const gaugesOf = async (s: Session, query: string) => {
  const res = await call(t.app, s, 'GET', `/api/v1/insights/targets${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { gauges: Gauge[] }).gauges;
};
const gauge = (gauges: Gauge[], key: string, scheme: string | null = null) => {
  const found = gauges.find((g) => g.key === key && g.scheme === scheme);
  expect(found, key).toBeDefined();
  return found as Gauge;
};

beforeAll(async () => {
  t = await createTestApp({}, { directory: true });
  await rebuildInsights(t.ctx().db);
  [county, township, villager] = (await Promise.all(
    ['county', 'township', 'villager'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session];
}, 180_000);
afterAll(() => t.close());

/** The evaluations of the rural 五星 round of 2026 in the region. */
const ruralRoundOf2026 = (region: string) =>
  and(
    eq(evaluationSchemes.key, RURAL),
    eq(evaluationRounds.period, '2026'),
    withinRegion(evaluations.regionCode, region),
  );

describe('GET /api/v1/insights/targets', () => {
  it('measures the ≥3-star share of the 2026 五星 round against the preset plan (79 %), then the county’s own target', async () => {
    const db = t.ctx().db;
    const [counted] = await fromEvaluations(
      db.select({
        subjects: sql<number>`count(*)::int`,
        atLeast3: sql<number>`(count(*) FILTER (WHERE ${evaluations.stage} = 'awarded' AND ${evaluations.level} >= 3))::int`,
      }),
    ).where(ruralRoundOf2026(COUNTY));
    expect(Number(counted?.subjects)).toBeGreaterThan(0);
    const star = gauge(
      await gaugesOf(county, `?region=${COUNTY}&year=2026`),
      'threeStarShare',
      RURAL,
    );
    expect(star).toMatchObject({
      part: Number(counted?.atLeast3),
      whole: Number(counted?.subjects),
      target: 79,
      targetSource: 'preset',
    });
    expect(star.actual).toBe(
      Math.round((1000 * Number(counted?.atLeast3)) / Number(counted?.subjects)) / 10,
    );
    expect(star.roundId).toMatch(/^[0-9a-f-]{36}$/);

    const set = await call(t.app, county, 'PUT', '/api/v1/evaluation/targets', {
      payload: {
        regionCode: COUNTY,
        schemeKey: RURAL,
        period: '2026',
        measure: 'shareAtLeast',
        level: 3,
        value: 70,
      },
    });
    expect(set.statusCode, set.body).toBeLessThan(300);
    const after = gauge(
      await gaugesOf(county, `?region=${COUNTY}&year=2026`),
      'threeStarShare',
      RURAL,
    );
    expect(after).toMatchObject({ target: 70, targetSource: 'region', whole: star.whole });
  });

  it('takes the dispute target from the scheme’s 平安法治星 rule and counts the disputes as the case statistics do', async () => {
    const gauges = await gaugesOf(county, `?region=${COUNTY}&year=2026`);
    const stats = await call(
      t.app,
      county,
      'GET',
      `/api/v1/case-stats?region=${COUNTY}&from=2026-01-01&to=2026-12-31`,
    );
    expect(stats.statusCode, stats.body).toBe(200);
    const disputes = (stats.json() as { disputes: { found: number; resolved: number } }).disputes;
    expect(disputes.found).toBeGreaterThan(0);
    expect(gauge(gauges, 'disputeResolutionRate')).toMatchObject({
      part: disputes.resolved,
      whole: disputes.found,
      target: 95,
      targetSource: 'scheme',
    });
    // 办结率 and 满意率 read the roll-ups; no configuration holds a target for them.
    const overview = (
      await call(t.app, county, 'GET', `/api/v1/insights/overview?region=${COUNTY}&year=2026`)
    ).json() as { totals: Record<string, number> };
    const resolution = gauge(gauges, 'resolutionRate');
    expect(resolution).toMatchObject({
      part: overview.totals.cases_resolved,
      whole: overview.totals.cases_received,
      target: null,
      targetSource: null,
    });
    expect(resolution.whole).toBeGreaterThan(0);
    expect(gauge(gauges, 'satisfactionRate')).toMatchObject({
      part: overview.totals.cases_satisfied ?? 0,
      whole: overview.totals.cases_rated ?? 0,
    });
  });

  it('counts obligation compliance as the compliance board does (pairings and the villages’ own rules)', async () => {
    const gauges = await gaugesOf(county, `?region=${COUNTY}&year=2026`);
    let due = 0;
    let met = 0;
    for (const kind of ['pairing', 'village']) {
      const board = await call(
        t.app,
        county,
        'GET',
        `/api/v1/obligations/board?region=${COUNTY}&subjectKind=${kind}&year=2026`,
      );
      expect(board.statusCode, board.body).toBe(200);
      const totals = (board.json() as { totals: { due: number; met: number } }).totals;
      due += totals.due;
      met += totals.met;
    }
    expect(due).toBeGreaterThan(0);
    // the preset 五星 scheme has no obligation rule: measured, without a target
    expect(gauge(gauges, 'obligationCompliance')).toMatchObject({
      part: met,
      whole: due,
      actual: Math.round((1000 * met) / due) / 10,
      target: null,
    });
  });

  it('follows a county’s own scheme: a rule on obligation compliance becomes the gauge’s target', async () => {
    const db = t.ctx().db;
    const [round] = await db
      .select({ schemeId: evaluationRounds.schemeId })
      .from(evaluationRounds)
      .innerJoin(evaluationSchemes, eq(evaluationSchemes.id, evaluationRounds.schemeId))
      .where(and(eq(evaluationSchemes.key, RURAL), eq(evaluationRounds.period, '2026')));
    const [scheme] = await db
      .select()
      .from(evaluationSchemes)
      .where(eq(evaluationSchemes.id, String(round?.schemeId)));
    const definition = structuredClone(scheme!.definition);
    definition.stars[0]!.criteria.push({
      kind: 'metric',
      id: 'compliance',
      label: '结对与联户义务完成率 ≥ 90%',
      metric: 'obligationCompliance',
      comparison: '>=',
      threshold: 90,
    });
    // The round's scheme row is configuration; written here as the scheme editor's new version would be.
    await db
      .update(evaluationSchemes)
      .set({ definition })
      .where(eq(evaluationSchemes.id, String(round?.schemeId)));
    const gauges = await gaugesOf(county, `?region=${COUNTY}&year=2026`);
    expect(gauge(gauges, 'obligationCompliance')).toMatchObject({
      target: 90,
      targetSource: 'scheme',
    });
    await db
      .update(evaluationSchemes)
      .set({ definition: scheme!.definition })
      .where(eq(evaluationSchemes.id, String(round?.schemeId)));
  });

  it('shows a township its own share of the county’s round; a region outside is not found', async () => {
    const me = (await call(t.app, township, 'GET', '/api/v1/auth/me')).json() as {
      roles: { scope: string }[];
    };
    const townshipCode = String(me.roles[0]?.scope);
    const mine = await gaugesOf(township, '');
    const star = gauge(mine, 'threeStarShare', RURAL);
    const [counted] = await fromEvaluations(
      t.ctx().db.select({ n: sql<number>`count(*)::int` }),
    ).where(ruralRoundOf2026(townshipCode));
    expect(star.whole).toBe(Number(counted?.n));
    expect(star.whole).toBeGreaterThan(0);
    // the county's target is not the township's: the preset's share holds there
    expect(star).toMatchObject({ target: 79, targetSource: 'preset' });
    const outside = await call(t.app, township, 'GET', `/api/v1/insights/targets?region=${COUNTY}`);
    expect(outside.statusCode).toBe(404);
  });

  it('refuses bad input with the field named, and a villager without the dashboard', async () => {
    for (const [query, field] of [
      ['?region=4105', 'query.region'],
      ['?year=26', 'query.year'],
      ['?region=410599000000&colour=red', 'colour'],
    ] as const) {
      const res = await call(t.app, county, 'GET', `/api/v1/insights/targets${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.body).toContain(field);
    }
    const villagerRes = await call(t.app, villager, 'GET', `/api/v1/insights/targets`);
    expect(villagerRes.statusCode).toBe(403);
  });
});
