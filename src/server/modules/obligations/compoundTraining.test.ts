import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESIDENTIAL_COMPOUND } from '../../../domain/obligations/rules.ts';
import { activities, grids } from '../../db/schema/index.ts';
import { openObligationsFixture, type ObligationsFixture } from '../../testing/obligationsKit.ts';
import { call, type TestApp } from '../../testing/testApp.ts';
import { boardCells } from './boardCells.ts';
import { yearAndDay } from './compliance.ts';
import { effectiveRules } from './rules.ts';
import { rebuildStandings } from './standings.ts';

// 小区 training cadence (闻喜): each residential compound's party organization holds one
// observation a year, one training each half-year and one secretaries' forum each quarter. The
// test clock stands at 2026-11-22: Q1–Q3 and H1 have ended, Q4, H2 and the year are running.
let fx: ObligationsFixture;
let t: TestApp;
let keeping = { id: '', community: '' };
let lagging = { id: '', community: '' };

interface Laggard {
  kind: string;
  id: string;
  name: string;
  missed: { ruleCode: string; ruleName: string; periodKey: string; done: number }[];
}

const record = (compound: string, activityType: string, occurredOn: string) =>
  call(t.app, fx.county, 'POST', '/api/v1/activities', {
    payload: {
      subjectKind: 'compound',
      subjectId: compound,
      activityType,
      occurredOn,
      title: `小区${activityType}`,
    },
  });

beforeAll(async () => {
  fx = await openObligationsFixture();
  t = fx.t;
  const compounds = await t.deps.database.db
    .select({ id: grids.id, community: grids.regionCode })
    .from(grids)
    .where(and(eq(grids.kind, RESIDENTIAL_COMPOUND), eq(grids.countyCode, '410599')))
    .orderBy(asc(grids.regionCode), asc(grids.seq))
    .limit(2);
  if (compounds.length < 2) throw new Error('the demo county has fewer than two 小区');
  [keeping, lagging] = compounds as [typeof keeping, typeof keeping];
  // The demo holds a year of 小区 activities: these two start from what the test records.
  await t.deps.database.db
    .delete(activities)
    .where(inArray(activities.subjectId, [keeping.id, lagging.id]));
  await rebuildStandings(t.ctx(), '410599', await effectiveRules(t.ctx(), '410599'));
  const plan: [string, string, string][] = [
    [keeping.id, 'observation', '2026-05-10'],
    [keeping.id, 'training', '2026-03-15'],
    [keeping.id, 'training', '2026-08-15'],
    [keeping.id, 'secretaryForum', '2026-02-20'],
    [keeping.id, 'secretaryForum', '2026-05-20'],
    [keeping.id, 'secretaryForum', '2026-08-20'],
    [lagging.id, 'training', '2026-03-15'],
    [lagging.id, 'secretaryForum', '2026-02-20'],
  ];
  for (const [id, type, day] of plan) {
    const res = await record(id, type, day);
    if (res.statusCode !== 201) throw new Error(res.body);
  }
}, 120_000);
afterAll(() => t.close());

describe('小区 training cadence', () => {
  it('binds each compound with the preset: yearly observation, half-yearly training, quarterly forum', async () => {
    const rules = (
      (await call(t.app, fx.county, 'GET', '/api/v1/obligations/rules')).json() as {
        items: { code: string; subjectKind: string; activityType: string; every: string }[];
      }
    ).items.filter((r) => r.subjectKind === 'compound');
    expect(rules.map((r) => [r.code, r.activityType, r.every])).toEqual([
      ['compound.observation', 'observation', 'year'],
      ['compound.training', 'training', 'halfYear'],
      ['compound.secretaryForum', 'secretaryForum', 'quarter'],
    ]);
  });

  it('lists a compound that lags with each missed period named, and not the one that keeps up', async () => {
    const board = (
      await call(
        t.app,
        fx.county,
        'GET',
        `/api/v1/obligations/board?subjectKind=compound&region=${lagging.community}`,
      )
    ).json() as { subjectKind: string; laggards: Laggard[] };
    const lag = board.laggards.find((l) => l.id === lagging.id);
    expect(lag?.kind).toBe('compound');
    expect(lag?.missed.map((m) => [m.ruleCode, m.periodKey, m.done])).toEqual([
      ['compound.secretaryForum', '2026-Q2', 0],
      ['compound.secretaryForum', '2026-Q3', 0],
    ]);
    expect(lag?.missed[0]?.ruleName).toBe('每季度一次书记论坛');
    const keeps = (
      await call(
        t.app,
        fx.county,
        'GET',
        `/api/v1/obligations/board?subjectKind=compound&region=${keeping.community}`,
      )
    ).json() as { laggards: Laggard[] };
    expect(keeps.laggards.some((l) => l.id === keeping.id)).toBe(false);

    const detail = (
      await call(t.app, fx.county, 'GET', `/api/v1/obligations/subjects/compound/${keeping.id}`)
    ).json() as { periods: { ruleCode: string; periodKey: string; status: string }[] };
    const status = (code: string, key: string) =>
      detail.periods.find((p) => p.ruleCode === code && p.periodKey === key)?.status;
    expect(status('compound.training', '2026-H1')).toBe('met');
    expect(status('compound.training', '2026-H2')).toBe('met');
    expect(status('compound.observation', '2026')).toBe('met');
    expect(status('compound.secretaryForum', '2026-Q4')).toBe('open');
  });

  it('keeps the compounds’ standings equal to a scan of their activities', async () => {
    const ctx = t.ctx();
    const top = '410599000000';
    const actor = {
      accountId: 'test',
      username: 'test',
      grants: [{ role: 'county_admin' as const, scope: top, regionCode: top }],
    };
    const { year, asOf } = yearAndDay(ctx);
    const rules = (await effectiveRules(ctx, '410599')).filter((r) => r.subjectKind === 'compound');
    const lines = async (source: 'standings' | 'activities') =>
      (await boardCells(ctx, actor, 'compound', top, rules, year, asOf, source))
        .map((l) => JSON.stringify(l))
        .sort();
    const kept = await lines('standings');
    expect(kept.length).toBeGreaterThan(rules.length);
    expect(kept).toEqual(await lines('activities'));
  });

  it('refuses a compound id that is not a 小区 (404) and writes nothing', async () => {
    const before = await fx.activityCount();
    const [street] = await t.deps.database.db
      .select({ id: grids.id })
      .from(grids)
      .where(eq(grids.kind, 'villagerGroup'))
      .limit(1);
    expect((await record(street?.id ?? '', 'training', '2026-03-01')).statusCode).toBe(404);
    expect(await fx.activityCount()).toBe(before);
  });
});
