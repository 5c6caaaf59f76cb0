import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RollupMetric } from '../../db/schema/index.ts';
import { proposeWeakBranchVeto, removeAllStars } from '../../testing/evaluationKit.ts';
import { FIXTURE_PLACES } from '../../testing/fixtureRegions.ts';
import { rollupSnapshot, rollupValue } from '../../testing/insightsKit.ts';
import { createTestApp, login, type Session, type TestApp } from '../../testing/testApp.ts';
import { foldInsightChanges } from './fold.ts';
import { rebuildInsights } from './rollups.ts';

// 摘星: a veto decided after the award takes stars back. The evaluations trigger writes the change
// as new minus old, so the fold moves the village from its old star count to its new one at every
// level, and a full rebuild gives the same rows.

let t: TestApp;
let county: Session;
type Row = Record<string, unknown>;

const db = () => t.ctx().db;
const rows = async (sql: string): Promise<Row[]> =>
  ((await t.deps.database.db.execute(sql)) as unknown as { rows: Row[] }).rows;
const snapshot = () => rollupSnapshot(db());
/** The county's year figure for one metric (0 when the roll-ups hold no row for it). */
const countyYear = (metric: string, year: string) =>
  rollupValue(db(), FIXTURE_PLACES.county, year, metric as RollupMetric);

beforeAll(async () => {
  t = await createTestApp({}, { directory: true });
  county = await login(t.app, 'county');
}, 180_000);
afterAll(() => t.close());

describe('a revoked award in the roll-ups', () => {
  it('folds 摘星 as the old stars taken away and the new level added, equal to a rebuild', async () => {
    const [awarded] = await rows(`
      SELECT e.id, e.level, to_char(e.awarded_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') AS year
      FROM evaluations e
      JOIN evaluation_rounds r ON r.id = e.round_id
      JOIN evaluation_schemes s ON s.id = r.scheme_id AND s.key = 'five-star-branch-rural'
      WHERE e.stage = 'awarded' AND e.level >= 3 AND e.region_code LIKE '410599%'
      ORDER BY e.region_code LIMIT 1`);
    if (!awarded) throw new Error('the fixture county has a village awarded three stars or more');
    const level = Number(awarded.level);
    const year = String(awarded.year);

    await rebuildInsights(db());
    await foldInsightChanges(db());
    const before = {
      awarded: await countyYear('evaluations_awarded', year),
      atLevel: await countyYear(`stars_${level}`, year),
      threePlus: await countyYear('stars_3plus', year),
    };
    expect(before.atLevel).toBeGreaterThan(0);

    const veto = await proposeWeakBranchVeto(t, county, String(awarded.id));
    expect(veto.statusCode, veto.body).toBe(201);
    // Proposed only: the stars still stand, and nothing changed in the evaluations table.
    await foldInsightChanges(db());
    expect(await countyYear(`stars_${level}`, year)).toBe(before.atLevel);
    const decided = await removeAllStars(t, county, veto);
    expect(decided.statusCode, decided.body).toBe(200);
    const [after] = await rows(
      `SELECT level, stage FROM evaluations WHERE id = '${String(awarded.id)}'`,
    );
    expect(after).toMatchObject({ stage: 'awarded' });
    const newLevel = Number(after?.level);
    expect(newLevel).toBeLessThan(3);

    expect(await foldInsightChanges(db())).toBeGreaterThan(0);
    const folded = await snapshot();
    expect(await countyYear('evaluations_awarded', year)).toBe(before.awarded);
    expect(await countyYear(`stars_${level}`, year)).toBe(before.atLevel - 1);
    expect(await countyYear('stars_3plus', year)).toBe(before.threePlus - 1);

    await rebuildInsights(db());
    expect(await snapshot()).toEqual(folded);
  });
});
