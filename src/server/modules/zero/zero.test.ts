import { beforeAll, describe, expect, it } from 'vitest';
import { threeZeros } from '../../../domain/evaluation/presets/others.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { metricSnapshot } from '../evaluation/metricRegistry.ts';
import '../evaluation/metricProviders.ts';

// 三零 as records: events per village and unit, progress and warnings from them, the year's
// 评定验收 on the record, and the 三零 metrics read from them. The test clock: 2026-11-22.
const t = useTestApp({}, { directory: true }, 180_000);
let county: Session;
let cadre: Session;
let village: string;
let otherVillage: string;
type Row = Record<string, unknown>;

const rows = async (sql: string): Promise<Row[]> =>
  ((await t.deps.database.db.execute(sql)) as unknown as { rows: Row[] }).rows;
const scopeOf = async (username: string) =>
  String(
    (
      await rows(
        `SELECT r.scope FROM account_roles r JOIN accounts a ON a.id = r.account_id WHERE a.username = '${username}'`,
      )
    )[0]?.scope,
  );
const footprint = async () =>
  (
    await rows(
      `SELECT (SELECT count(*) FROM zero_events)::int AS events, (SELECT count(*) FROM zero_acceptances)::int AS acceptances, (SELECT count(*) FROM audit_events)::int AS audit`,
    )
  )[0];
const metricsOf = async (regionCode: string) =>
  Object.fromEntries(
    (
      await metricSnapshot(
        t.ctx(),
        threeZeros,
        { id: regionCode, subjectType: 'village', regionCode },
        null,
        new Map(),
        '2026',
      )
    ).map((m) => [m.key, m]),
  );
const progressRow = async (regionCode: string) => {
  const res = await call(
    t.app,
    county,
    'GET',
    `/api/v1/zero-progress?region=${regionCode.slice(0, 9)}000&year=2026`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { rows: Row[] }).rows.find(
    (r) => r.regionCode === regionCode && r.unitId === null,
  );
};

beforeAll(async () => {
  county = await login(t.app, 'county');
  cadre = await login(t.app, 'village1');
  village = await scopeOf('village1');
  otherVillage = await scopeOf('village2');
}, 180_000);

describe('三零 events', () => {
  it('records an accident: the village leaves zero, the metric reads it, a warning shows it', async () => {
    // The demo seed (seedZero.ts): the model village at zero, its neighbour with two events.
    expect(await progressRow(otherVillage)).toMatchObject({
      counts: { petition: 1, accident: 1, criminal: 0 },
      atZero: false,
    });
    expect((await metricsOf(otherVillage)).petitionsYear).toMatchObject({
      value: 1,
      source: 'zero',
    });
    expect(await progressRow(village)).toMatchObject({ atZero: true });
    expect((await metricsOf(village)).safetyAccidentsYear).toMatchObject({
      value: 0,
      source: 'zero',
    });
    const res = await call(t.app, cadre, 'POST', '/api/v1/zero-events', {
      payload: {
        regionCode: village,
        kind: 'accident',
        occurredOn: '2026-10-03',
        description: '村道农用车侧翻，一人受伤',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const metrics = await metricsOf(village);
    expect(metrics.safetyAccidentsYear).toMatchObject({ value: 1, source: 'zero' });
    expect(metrics.safetyAccidentsYear?.sources[0]).toMatchObject({
      kind: 'zeroEvents',
      id: village,
    });
    expect(metrics.petitionsYear).toMatchObject({ value: 0, source: 'zero' });
    expect(metrics.criminalCasesYear).toMatchObject({ value: 0, source: 'zero' });

    expect(await progressRow(village)).toMatchObject({
      counts: { petition: 0, accident: 1, criminal: 0 },
      atZero: false,
      acceptance: null,
    });

    const progress = await call(
      t.app,
      county,
      'GET',
      `/api/v1/evaluation/progress?region=${village.slice(0, 6)}000000&scheme=three-zeros&period=2026`,
    );
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json().warnings.zeroEvents).toContainEqual(
      expect.objectContaining({ regionCode: village, kind: 'accident', occurredOn: '2026-10-03' }),
    );
  });

  it('refuses an event dated in the future, changing nothing', async () => {
    const before = await footprint();
    const res = await call(t.app, cadre, 'POST', '/api/v1/zero-events', {
      payload: {
        regionCode: village,
        kind: 'petition',
        occurredOn: '2026-11-23',
        description: '明日的上访',
      },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.body).toContain('body.occurredOn');
    expect(await footprint()).toEqual(before);
    // another village's cadre cannot record here: not found
    const elsewhere = await call(t.app, cadre, 'POST', '/api/v1/zero-events', {
      payload: {
        regionCode: otherVillage,
        kind: 'petition',
        occurredOn: '2026-11-01',
        description: 'x',
      },
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(await footprint()).toEqual(before);
  });

  it('decides the year’s 评定验收 on the record: no pass with an event, once per year', async () => {
    const accept = (regionCode: string, accepted: boolean) =>
      call(t.app, county, 'POST', '/api/v1/zero-acceptances', {
        payload: {
          regionCode,
          year: 2026,
          accepted,
          comment: accepted ? '三零达标' : '发生安全事故',
        },
      });
    const before = await footprint();
    const refused = await accept(village, true);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(await footprint()).toEqual(before);

    const failed = await accept(village, false);
    expect(failed.statusCode, failed.body).toBe(201);
    expect(failed.json()).toMatchObject({
      subject: `village:${village}`,
      accepted: false,
      counts: { petition: 0, accident: 1, criminal: 0 },
    });
    expect((await accept(village, false)).statusCode).toBe(409);

    // A village of the township still at zero passes.
    const township = await call(
      t.app,
      county,
      'GET',
      `/api/v1/zero-progress?region=${village.slice(0, 9)}000&year=2026`,
    );
    const atZero = (township.json() as { rows: Row[] }).rows.find(
      (r) => r.atZero === true && r.unitId === null,
    );
    if (!atZero) throw new Error('the demo township has a village at zero');
    const zeroVillage = String(atZero.regionCode);
    expect((await accept(zeroVillage, true)).statusCode).toBe(201);
    expect(await progressRow(zeroVillage)).toMatchObject({
      atZero: true,
      acceptance: { accepted: true },
    });
    // a village cadre does not decide 验收
    const byCadre = await call(t.app, cadre, 'POST', '/api/v1/zero-acceptances', {
      payload: { regionCode: village, year: 2025, accepted: true, comment: 'x' },
    });
    expect(byCadre.statusCode).toBe(403);
  });
});
