import { beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { ageOn } from '../../../domain/directory/plainDate.ts';
import { demoCounty, useDirectoryApp } from '../../testing/directoryFixtures.ts';
import { call } from '../../testing/testApp.ts';
import { useLogins } from '../../testing/appKit.ts';

const VILLAGE1 = '410599100200';
const VILLAGE2 = '410599100201';
const demo = demoCounty();
const adults = demo.persons.filter(
  (p) => p.regionCode === VILLAGE1 && ageOn(p.birthDate, '2020-01-01') >= 18,
);
const grid1 = demo.grids.find((g) => g.regionCode === VILLAGE1);
const village1Name = demo.regions.find((r) => r.code === VILLAGE1)?.name;

const t = useDirectoryApp();
const { county, village1: cadre } = useLogins(t, 'county', 'village1');
let positionId: string;
beforeAll(async () => {
  const created = await call(t.app, cadre, 'POST', '/api/v1/positions', {
    payload: {
      personId: adults[0]?.id,
      code: 'gridWorker',
      regionCode: VILLAGE1,
      gridId: grid1?.id,
      startDate: '2024-03-01',
    },
  });
  expect(created.statusCode).toBe(201);
  positionId = created.json().id;
  const ended = await call(t.app, cadre, 'PATCH', `/api/v1/positions/${positionId}`, {
    payload: { endDate: '2026-10-31' },
  });
  expect(ended.statusCode).toBe(200);
}, 120_000);

interface Row {
  action: string;
  actorUsername: string | null;
  objectId: string | null;
  regionCode: string | null;
  regionName: string | null;
  occurredAt: string;
}
const list = async (query: string) => {
  const res = await call(t.app, county, 'GET', `/api/v1/audit-events?pageSize=200&${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Row[]; total: number };
};

describe('the audit log: filters, paging and names', () => {
  it('filters by object, action (key or module prefix), actor and region, with the region’s name', async () => {
    const byObject = await list(`objectType=position&objectId=${positionId}`);
    expect(byObject.items.map((e) => e.action)).toEqual(['position.end', 'position.create']);
    expect(byObject.items[0]).toMatchObject({ regionCode: VILLAGE1, regionName: village1Name });
    expect(village1Name).toBeTruthy();

    const exact = await list(`action=position.create&objectId=${positionId}`);
    expect(exact.items.map((e) => e.action)).toEqual(['position.create']);
    const prefix = await list('action=position');
    expect(prefix.total).toBeGreaterThanOrEqual(2);
    expect(prefix.items.every((e) => e.action.startsWith('position.'))).toBe(true);

    const actor = await list(`actor=${cadre.username}`);
    expect(actor.total).toBeGreaterThanOrEqual(2);
    expect(actor.items.every((e) => e.actorUsername === cadre.username)).toBe(true);
    expect((await list(`actor=${cadre.username}&region=${VILLAGE2}`)).total).toBe(0);
    expect((await list(`objectId=${positionId}&region=${VILLAGE1}`)).total).toBe(2);
  });

  it('filters by day (China Standard Time, inclusive) and pages', async () => {
    const all = await list(`objectId=${positionId}`);
    expect(all.total).toBe(2);
    const at = new Date(all.items[0]?.occurredAt ?? '');
    const day = shanghaiDate(at);
    const next = shanghaiDate(new Date(at.getTime() + 86_400_000));
    // the day before (Shanghai) holds nothing of it
    const before = shanghaiDate(new Date(at.getTime() - 86_400_000));
    expect((await list(`objectId=${positionId}&to=${before}`)).total).toBe(0);
    expect((await list(`objectId=${positionId}&from=${day}&to=${day}`)).total).toBe(2);
    expect((await list(`objectId=${positionId}&from=${next}`)).total).toBe(0);
    expect((await list(`objectId=${positionId}&to=2000-01-01`)).total).toBe(0);
    const page = async (n: number) =>
      (
        await call(
          t.app,
          county,
          'GET',
          `/api/v1/audit-events?objectId=${positionId}&pageSize=1&page=${n}`,
        )
      ).json() as { items: Row[]; total: number };
    const [page1, page2] = [await page(1), await page(2)];
    expect(page1.total).toBe(2);
    expect([page1.items[0]?.action, page2.items[0]?.action]).toEqual([
      'position.end',
      'position.create',
    ]);
  });

  it('refuses a bad filter clearly', async () => {
    for (const query of ['from=2026-12-02&to=2026-12-01', 'from=yesterday', 'region=41', 'x=1']) {
      const res = await call(t.app, county, 'GET', `/api/v1/audit-events?${query}`);
      expect(res.statusCode, query).toBe(400);
    }
  });

  it('gives a filter no way around the permission: a village cadre still cannot read the log', async () => {
    const res = await call(t.app, cadre, 'GET', `/api/v1/audit-events?region=${VILLAGE1}`);
    expect(res.statusCode).toBe(403);
  });
});
