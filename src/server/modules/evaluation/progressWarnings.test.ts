import { beforeAll, describe, expect, it } from 'vitest';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { proposeWeakBranchVeto, removeAllStars } from '../../testing/evaluationKit.ts';

// 安阳: a first secretary's village must reach three stars by the end of the term. The demo seed
// ran the county-wide 2026 五星 round; the test clock stands at 2026-11-22.
const COUNTY = '410599000000';
const URL = `/api/v1/evaluation/progress?region=${COUNTY}&scheme=five-star-branch-rural&period=2026`;

const t = useTestApp({}, { directory: true }, 180_000);
let county: Session;
type Warned = { name: string; regionCode: string; termEndDate: string; level: number | null };
type Row = Record<string, unknown>;

const rows = async (sql: string): Promise<Row[]> =>
  ((await t.deps.database.db.execute(sql)) as unknown as { rows: Row[] }).rows;
const warned = async (): Promise<Warned[]> => {
  const res = await call(t.app, county, 'GET', URL);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { warnings: { firstSecretaries: Warned[] } }).warnings.firstSecretaries;
};
const setTermEnd = (positionId: string, date: string) =>
  t.deps.database.db.execute(
    `UPDATE positions SET details = jsonb_set(details, '{termEndDate}', '"${date}"') WHERE id = '${positionId}'`,
  );

beforeAll(async () => {
  county = await login(t.app, 'county');
}, 180_000);

describe('first-secretary warnings', () => {
  it('warn in the last year of the term while the village’s latest 五星 result is below three stars', async () => {
    // The demo county's first secretary, in a village its seeded 五星 evaluation awarded three stars.
    const [secretary] = await rows(`
      SELECT p.id, p.region_code AS region, e.id AS evaluation, e.level
      FROM positions p
      JOIN evaluations e ON e.region_code = p.region_code AND e.stage = 'awarded'
      JOIN evaluation_rounds r ON r.id = e.round_id AND r.period = '2026'
      JOIN evaluation_schemes s ON s.id = r.scheme_id AND s.key = 'five-star-branch-rural'
      WHERE p.code = 'firstSecretary' AND p.end_date IS NULL`);
    if (!secretary || Number(secretary.level) < 3)
      throw new Error('the demo county has a first secretary in a village at three stars or more');
    const id = String(secretary.id);
    await setTermEnd(id, '2030-12-31');
    expect(await warned()).toEqual([]);
    // in the last year of the term, but the village stands at three stars
    await setTermEnd(id, '2027-06-30');
    expect(await warned()).toEqual([]);

    // 摘星 after a 软弱涣散 designation takes the village below three stars: now warned.
    const veto = await proposeWeakBranchVeto(t, county, String(secretary.evaluation));
    expect(veto.statusCode, veto.body).toBe(201);
    expect(await warned()).toEqual([]); // proposed only: the stars still stand
    const decided = await removeAllStars(t, county, veto);
    expect(decided.statusCode, decided.body).toBe(200);
    expect(await warned()).toEqual([
      expect.objectContaining({
        regionCode: secretary.region,
        termEndDate: '2027-06-30',
        level: 0,
      }),
    ]);

    // A term ending more than a year from today is not yet in its last year; a day less is.
    await setTermEnd(id, '2027-11-23');
    expect(await warned()).toEqual([]);
    await setTermEnd(id, '2027-11-21');
    expect(await warned()).toEqual([
      expect.objectContaining({ regionCode: secretary.region, termEndDate: '2027-11-21' }),
    ]);
  });

  it('judge the village by its latest awarded result, not its best one', async () => {
    const [row] = await rows(`
      SELECT p.id, p.region_code AS region, e.id AS evaluation
      FROM positions p JOIN evaluations e ON e.region_code = p.region_code AND e.stage = 'awarded' AND e.level = 0
      WHERE p.code = 'firstSecretary' AND p.details->>'termEndDate' = '2027-11-21'`);
    if (!row) throw new Error('the previous test left one warned village');
    // A 2025 round of the same village had awarded four stars, before the 2026 result.
    const schemes = (await call(t.app, county, 'GET', '/api/v1/evaluation/schemes')).json() as {
      items: { id: string; key: string }[];
    };
    const schemeId = schemes.items.find((s) => s.key === 'five-star-branch-rural')?.id;
    const opened = await call(t.app, county, 'POST', '/api/v1/evaluation/rounds', {
      payload: { schemeId, regionCode: row.region, period: '2025' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const roundId = String((opened.json() as { id: string }).id);
    await t.deps.database.db.execute(
      `UPDATE evaluations SET stage = 'awarded', level = 4, held_stars = '{strongBranch,prosperousIndustry,livableEcology,safeLawful}', awarded_at = '2025-12-20T02:00:00Z' WHERE round_id = '${roundId}'`,
    );
    expect(await warned()).toEqual([expect.objectContaining({ regionCode: row.region, level: 0 })]);
    // Were the four stars the latest result, the village would be at three or more: no warning.
    await t.deps.database.db.execute(
      `UPDATE evaluations SET awarded_at = '2026-11-21T02:00:00Z' WHERE round_id = '${roundId}'`,
    );
    expect(await warned()).toEqual([]);
  });
});
