import { describe, expect, it } from 'vitest';
import { demoCounty, useDirectoryApp } from '../../testing/directoryFixtures.ts';
import { call } from '../../testing/testApp.ts';
import { useLogins } from '../../testing/appKit.ts';

const demo = demoCounty();
const t = useDirectoryApp();
const { county } = useLogins(t, 'county');

describe('units', () => {
  it('lists the county’s units and filters them by capability', async () => {
    const all = (await call(t.app, county, 'GET', '/api/v1/units?pageSize=200')).json();
    expect(all.total).toBe(demo.units.length);
    const tag = demo.units[0]?.capabilities[0];
    const filtered = (
      await call(t.app, county, 'GET', `/api/v1/units?capability=${tag}&pageSize=200`)
    ).json();
    expect(filtered.total).toBe(
      demo.units.filter((u) => tag && u.capabilities.includes(tag)).length,
    );
    const unit = demo.units[0];
    const detail = (await call(t.app, county, 'GET', `/api/v1/units/${unit?.id}`)).json();
    expect(detail.staffCount).toBe(demo.persons.filter((p) => p.unitId === unit?.id).length);
  });

  it('creates a unit once per county name and edits its capabilities', async () => {
    const body = {
      name: '县林业局测试科',
      kind: 'agency',
      regionCode: '410599000000',
      capabilities: ['forestry'],
    };
    const created = await call(t.app, county, 'POST', '/api/v1/units', { payload: body });
    expect(created.statusCode).toBe(201);
    expect((await call(t.app, county, 'POST', '/api/v1/units', { payload: body })).statusCode).toBe(
      409,
    );
    expect(
      (
        await call(t.app, county, 'POST', '/api/v1/units', {
          payload: { ...body, name: '坏标签单位', capabilities: ['magic'] },
        })
      ).statusCode,
    ).toBe(400);
    const edited = await call(t.app, county, 'PATCH', `/api/v1/units/${created.json().id}`, {
      payload: { capabilities: ['forestry', 'agriculture'] },
    });
    expect(edited.json().capabilities).toEqual(['forestry', 'agriculture']);
  });
});
