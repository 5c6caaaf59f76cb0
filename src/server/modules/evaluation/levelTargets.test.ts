import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

// 五星 targets belong to the level whose plan set them: 安阳's 127 five-star / 517 four-star
// branches are the city's plan; the demo county (its 2026 round is seeded) inherits the shares.
const CITY = '410500000000';
const COUNTY = '410599000000';
type Target = { label: string; measure: string; level: number; value: number; source: string };

const t = useTestApp({}, { directory: true }, 180_000);
let county: Session;
let city: Session;

beforeAll(async () => {
  county = await login(t.app, 'county');
  city = await login(t.app, 'city');
}, 180_000);

const targetsOf = async (session: Session, region: string, scheme: string) => {
  const res = await call(
    t.app,
    session,
    'GET',
    `/api/v1/evaluation/progress?region=${region}&scheme=${scheme}&period=2026`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { targets: Target[] }).targets.map((x) => [x.measure, x.level, x.value]);
};

describe('五星 targets at the region level they were set for', () => {
  it('gives a county the shares (79 % plan, 60 % goal), not the city’s counts', async () => {
    expect(await targetsOf(county, COUNTY, 'five-star-branch-rural')).toEqual([
      ['shareAtLeast', 3, 79],
      ['shareAtLeast', 3, 60],
    ]);
    expect(await targetsOf(county, COUNTY, 'five-star-branch-community')).toEqual([
      ['shareAtLeast', 3, 76],
      ['shareAtLeast', 3, 75],
    ]);
  });

  it('gives the city its plan: the shares and 127 / 517 (community 8 / 57)', async () => {
    expect(await targetsOf(city, CITY, 'five-star-branch-rural')).toEqual([
      ['shareAtLeast', 3, 79],
      ['shareAtLeast', 3, 60],
      ['countAtLeast', 5, 127],
      ['countAtLeast', 4, 517],
    ]);
    expect(await targetsOf(city, CITY, 'five-star-branch-community')).toEqual([
      ['shareAtLeast', 3, 76],
      ['shareAtLeast', 3, 75],
      ['countAtLeast', 5, 8],
      ['countAtLeast', 4, 57],
    ]);
  });

  it('writes the county round’s 通报 with the county’s targets', async () => {
    const rounds = (await t.deps.database.db.execute(
      `SELECT r.id FROM evaluation_rounds r JOIN evaluation_schemes s ON s.id = r.scheme_id
       WHERE s.key = 'five-star-branch-rural' AND r.period = '2026' AND r.region_code = '${COUNTY}'`,
    )) as unknown as { rows: { id: string }[] };
    const roundId = rounds.rows[0]?.id;
    if (!roundId) throw new Error('the demo seed runs a county-wide 2026 五星 round');
    const res = await call(t.app, county, 'GET', `/api/v1/evaluation/rounds/${roundId}/report`);
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(
      /<[^>]+>/g,
      '|',
    );
    expect(text).toContain('三星以上占比（年度计划）');
    expect(text).toContain('|79%|');
    expect(text).not.toContain('五星支部数');
    expect(text).not.toContain('|127|');
  });
});
