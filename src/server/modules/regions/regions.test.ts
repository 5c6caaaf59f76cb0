import { describe, expect, it } from 'vitest';
import { call, login } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

const t = useTestApp();

describe('regions', () => {
  it('lists the roots of the user’s scope, then drills down by parent with child counts', async () => {
    const s = await login(t.app, 'county');
    const roots = (await call(t.app, s, 'GET', '/api/v1/regions')).json();
    expect(roots.items.map((r: { code: string }) => r.code)).toEqual(['410599000000']);
    expect(roots.items[0].childCount).toBe(2);
    const towns = (await call(t.app, s, 'GET', '/api/v1/regions?parent=410599000000')).json();
    expect(towns.items.map((r: { name: string }) => r.name)).toEqual(['红旗镇', '青山乡']);
    expect(towns.items[0]).toMatchObject({ level: 'township', childCount: 3 });
  });

  it('pages and searches by name', async () => {
    const s = await login(t.app, 'county');
    const page = (
      await call(t.app, s, 'GET', '/api/v1/regions?parent=410599101000&pageSize=2&page=2')
    ).json();
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(1);
    const found = (
      await call(
        t.app,
        s,
        'GET',
        `/api/v1/regions?parent=410599101000&q=${encodeURIComponent('振兴')}`,
      )
    ).json();
    expect(found.items.map((r: { code: string }) => r.code)).toEqual(['410599101201']);
  });

  it('searches the whole scope by name when no parent is given, and nothing outside it', async () => {
    const county = await login(t.app, 'county');
    const search = (s: typeof county, q: string) =>
      call(t.app, s, 'GET', `/api/v1/regions?q=${encodeURIComponent(q)}`).then((r) => r.json());
    const anywhere = await search(county, '村');
    expect(anywhere.total).toBeGreaterThan(1);
    expect(anywhere.items.every((r: { level: string }) => r.level === 'village')).toBe(true);
    expect((await search(county, '振兴')).items).toMatchObject([
      { code: '410599101201', parentName: '红旗镇' },
    ]);
    const village = await login(t.app, 'village1');
    const own = await search(village, '村');
    expect(own.items.map((r: { code: string }) => r.code)).toEqual(['410599101201']);
  });

  it('shows a village cadre only their own village', async () => {
    const s = await login(t.app, 'village1');
    const roots = (await call(t.app, s, 'GET', '/api/v1/regions')).json();
    expect(roots).toMatchObject({ total: 1, items: [{ code: '410599101201', name: '振兴村' }] });
    expect((await call(t.app, s, 'GET', '/api/v1/regions/410599101202')).statusCode).toBe(404);
    expect((await call(t.app, s, 'GET', '/api/v1/regions?parent=410599101000')).statusCode).toBe(
      404,
    );
  });

  it('creates a child region under a parent in scope and updates it', async () => {
    const s = await login(t.app, 'county');
    const created = await call(t.app, s, 'POST', '/api/v1/regions', {
      payload: {
        code: '410599201203',
        name: '北坡村',
        population: 900,
        households: 300,
        lat: 35.95,
        lng: 114.33,
        urbanRuralClass: '220',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      code: '410599201203',
      level: 'village',
      parentCode: '410599201000',
      population: 900,
    });
    const updated = await call(t.app, s, 'PATCH', '/api/v1/regions/410599201203', {
      payload: { name: '北坡新村', population: 950 },
    });
    expect(updated.json()).toMatchObject({ name: '北坡新村', population: 950, households: 300 });
  });
});
