import { beforeAll, describe, expect, it } from 'vitest';
import { PRESET_SCHEMES } from '../../../domain/evaluation/presets/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { CITY_ADMIN_PASSWORD, createCityAdmin, json } from '../../testing/evaluationKit.ts';
import { rootCtx } from '../../testing/fixtureCounty.ts';
import { createRegion } from '../regions/service.ts';

// Scheme configuration a county edits: refused definitions, the first-secretary target as a field,
// and a city's ranking of counties that respects each county's rankings switch.
const COUNTY = '410599000000';
const CITY = '410500000000';
const OTHER_COUNTY = '410522000000';

const t = useTestApp({}, { directory: true }, 180_000);
let county: Session;
let city: Session;
type Row = Record<string, unknown>;
const rows = async (sql: string): Promise<Row[]> =>
  ((await t.deps.database.db.execute(sql)) as unknown as { rows: Row[] }).rows;
const schemeCount = async () =>
  Number((await rows('SELECT count(*)::int AS n FROM evaluation_schemes'))[0]?.n);
const auditCount = async () =>
  Number((await rows('SELECT count(*)::int AS n FROM audit_events'))[0]?.n);
const progress = async (s: Session, region: string, scheme: string) => {
  const res = await call(
    t.app,
    s,
    'GET',
    `/api/v1/evaluation/progress?region=${region}&scheme=${scheme}&period=2026`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    rankings: { code: string }[] | null;
    unranked: { code: string; name: string; reason: string }[];
    warnings: { firstSecretaries: { regionCode: string; target: number }[] };
  };
};

beforeAll(async () => {
  await createCityAdmin(t);
  await createRegion(rootCtx(t, '410000000000'), { code: OTHER_COUNTY, name: '安阳县' });
  county = await login(t.app, 'county');
  city = await login(t.app, 'city-admin', CITY_ADMIN_PASSWORD);
}, 180_000);

describe('a scheme from scratch', () => {
  const blank = {
    key: 'village-clean',
    name: '清洁村庄评比',
    subjectType: 'village',
    period: 'year',
    claimRole: 'village_cadre',
    stars: [
      {
        key: 'star1',
        name: '整洁星',
        criteria: [{ kind: 'checklist', id: 'item1', label: '垃圾日清', evidence: 'optional' }],
      },
    ],
    levelRule: {},
    steps: [{ key: 'step1', name: '乡镇审核', role: 'township_admin', level: 'township' }],
    noticeDays: 5,
    vetoes: [],
    firstSecretaryTarget: null,
  };

  it.each([
    [
      'a step whose role does not review',
      { steps: [{ key: 'step1', name: '党员表决', role: 'party_member', level: 'village' }] },
      'body.definition.steps.0.role',
    ],
    [
      'a step with a role that does not exist',
      { steps: [{ key: 'step1', name: '书记', role: 'secretary', level: 'village' }] },
      'body.definition.steps.0.role',
    ],
    [
      'a metric rule naming an unknown metric',
      {
        stars: [
          {
            key: 'star1',
            name: '富裕星',
            criteria: [
              {
                kind: 'metric',
                id: 'gdp',
                label: 'GDP',
                metric: 'villageGdp',
                comparison: '>=',
                threshold: 5,
              },
            ],
          },
        ],
      },
      'body.definition.stars.0.criteria.0.metric',
    ],
    [
      'a veto removing a star that does not exist',
      { vetoes: [{ key: 'fire', label: '火灾', removes: ['ghost'] }] },
      'body.definition.vetoes.fire',
    ],
    [
      'a first-secretary target above the stars',
      { firstSecretaryTarget: 2 },
      'body.definition.firstSecretaryTarget',
    ],
  ])('refuses %s with 400 naming the field, nothing written', async (_name, patch, path) => {
    const [schemes, audits] = [await schemeCount(), await auditCount()];
    const res = await call(t.app, county, 'POST', '/api/v1/evaluation/schemes', {
      payload: { definition: { ...blank, ...patch } },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.body).toContain(path);
    expect([await schemeCount(), await auditCount()]).toEqual([schemes, audits]);
  });

  it('creates it with an audit event, then takes steps, vetoes and metric rules added in the editor', async () => {
    const audits = await auditCount();
    const created = await call(t.app, county, 'POST', '/api/v1/evaluation/schemes', {
      payload: { definition: blank },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await auditCount()).toBe(audits + 1);
    const id = String(json(created).id);
    const richer = {
      ...blank,
      stars: [
        ...blank.stars,
        {
          key: 'star2',
          name: '平安星',
          criteria: [
            {
              kind: 'metric',
              id: 'noCrime',
              label: '无刑事案件',
              metric: 'criminalCasesYear',
              comparison: '<=',
              threshold: 0,
            },
          ],
        },
      ],
      steps: [
        ...blank.steps,
        { key: 'step2', name: '县级认定', role: 'county_admin', level: 'county', fromLevel: 2 },
      ],
      vetoes: [{ key: 'fire', label: '发生火灾', removes: ['star2'] }],
      firstSecretaryTarget: 2,
    };
    const edited = await call(t.app, county, 'PUT', `/api/v1/evaluation/schemes/${id}`, {
      payload: { definition: richer },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(json(edited)).toMatchObject({
      version: 1,
      definition: {
        firstSecretaryTarget: 2,
        steps: [{ key: 'step1' }, { key: 'step2', fromLevel: 2 }],
        vetoes: [{ key: 'fire' }],
      },
    });
    expect(await auditCount()).toBe(audits + 2);
  });
});

describe('the first-secretary warning follows the scheme’s target, not its key', () => {
  let warnedVillage = '';
  it('warns under a renamed county copy that keeps the target, and not once the county clears it', async () => {
    // A first secretary in the last year of the term, whose village has no 五星 result at three stars.
    const [secretary] = await rows(
      `SELECT p.id, p.region_code AS region FROM positions p WHERE p.code = 'firstSecretary' AND p.end_date IS NULL LIMIT 1`,
    );
    if (!secretary) throw new Error('the demo county has a first secretary');
    warnedVillage = String(secretary.region);
    await rows(
      `UPDATE positions SET details = jsonb_set(details, '{termEndDate}', '"2027-06-30"') WHERE id = '${String(secretary.id)}'`,
    );
    await rows(
      `UPDATE evaluations SET level = 2 WHERE region_code = '${warnedVillage}' AND stage = 'awarded'`,
    );
    expect(
      (await progress(county, COUNTY, 'five-star-branch-rural')).warnings.firstSecretaries,
    ).toEqual([expect.objectContaining({ regionCode: warnedVillage, target: 3 })]);

    const presetId = String(
      json(await call(t.app, county, 'GET', '/api/v1/evaluation/schemes')).items.find(
        (s) => s.key === 'five-star-branch-rural',
      )?.id,
    );
    const copy = await call(t.app, county, 'POST', '/api/v1/evaluation/schemes', {
      payload: { copyOf: presetId, key: 'shifan-stars', name: '示范县星级支部' },
    });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(json(copy)).toMatchObject({ definition: { firstSecretaryTarget: 3 } });
    expect((await progress(county, COUNTY, 'shifan-stars')).warnings.firstSecretaries).toEqual([
      expect.objectContaining({ regionCode: warnedVillage, target: 3 }),
    ]);
    // a target of two: the village at two stars is no longer below it
    const definition = json(copy).definition as Record<string, unknown>;
    const two = await call(
      t.app,
      county,
      'PUT',
      `/api/v1/evaluation/schemes/${String(json(copy).id)}`,
      { payload: { definition: { ...definition, firstSecretaryTarget: 2 } } },
    );
    expect(two.statusCode, two.body).toBe(200);
    expect((await progress(county, COUNTY, 'shifan-stars')).warnings.firstSecretaries).toEqual([]);
    await call(t.app, county, 'PUT', `/api/v1/evaluation/schemes/${String(json(copy).id)}`, {
      payload: { definition: { ...definition, firstSecretaryTarget: null } },
    });
    expect((await progress(county, COUNTY, 'shifan-stars')).warnings.firstSecretaries).toEqual([]);
    // a scheme that never set a target raises no such warning
    expect(
      (await progress(county, COUNTY, 'ten-star-household')).warnings.firstSecretaries,
    ).toEqual([]);
    expect(PRESET_SCHEMES.filter((s) => s.firstSecretaryTarget === 3).map((s) => s.key)).toEqual([
      'five-star-branch-rural',
      'five-star-branch-community',
    ]);
  });
});

describe('a city’s ranking of counties', () => {
  it('leaves out a county that switched rankings off, listing it as unranked', async () => {
    // 安阳县's own 2026 五星 round: one branch awarded four stars.
    const [round] = await rows(
      `SELECT r.scheme_id FROM evaluation_rounds r JOIN evaluation_schemes s ON s.id = r.scheme_id WHERE s.key = 'five-star-branch-rural' AND r.period = '2026' LIMIT 1`,
    );
    await rows(
      `INSERT INTO evaluation_rounds (id, region_code, county_code, scheme_id, name, period, notice_days, status, created_at, updated_at) VALUES ('0190a000-0000-7000-8000-0000000000a1', '${OTHER_COUNTY}', '410522', '${String(round?.scheme_id)}', '安阳县2026年五星支部', '2026', 5, 'closed', now(), now())`,
    );
    await rows(
      `INSERT INTO evaluations (id, region_code, county_code, round_id, subject_type, subject_id, subject_name, stage, step_index, granted_stars, held_stars, level, awarded_at, created_at, updated_at) VALUES ('0190a000-0000-7000-8000-0000000000a2', '${OTHER_COUNTY}', '410522', '0190a000-0000-7000-8000-0000000000a1', 'party_org', '0190a000-0000-7000-8000-0000000000a3', '安阳县某村党支部', 'awarded', 3, '{a,b,c,d}', '{a,b,c,d}', 4, now(), now(), now())`,
    );
    const on = await progress(city, CITY, 'five-star-branch-rural');
    expect(on.rankings?.map((r) => r.code).sort()).toEqual(['410522', '410599']);
    expect(on.unranked).toEqual([]);

    expect(
      (
        await call(t.app, county, 'PUT', '/api/v1/evaluation/settings', {
          payload: { countyCode: COUNTY, rankingsEnabled: false },
        })
      ).statusCode,
    ).toBe(200);
    const off = await progress(city, CITY, 'five-star-branch-rural');
    expect(off.rankings?.map((r) => r.code)).toEqual(['410522']);
    expect(off.unranked).toEqual([{ code: '410599', name: '示范县', reason: 'rankingsOff' }]);
    // inside the county the switch hides the ranking altogether
    expect((await progress(county, COUNTY, 'five-star-branch-rural')).rankings).toBeNull();
  });
});
