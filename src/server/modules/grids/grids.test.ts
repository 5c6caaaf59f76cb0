import { describe, expect, it } from 'vitest';
import { grids } from '../../db/schema/index.ts';
import { demoCounty, useDirectoryApp, rowCounts } from '../../testing/directoryFixtures.ts';
import { expectEachNotFound, itRefusesEach, type BadWrite } from '../../testing/refusals.ts';
import { call } from '../../testing/testApp.ts';
import { useLogins } from '../../testing/appKit.ts';

const VILLAGE1 = '410599100200';
const VILLAGE2 = '410599100201';
const COMMUNITY = '410599001001';
const demo = demoCounty();
const t = useDirectoryApp();
const { county, village1: cadre } = useLogins(t, 'county', 'village1');

const counts = rowCounts(() => t, 'grids', grids);

describe('grids', () => {
  it('lists the county’s grids by village and kind, with household counts', async () => {
    const all = (await call(t.app, county, 'GET', '/api/v1/grids?pageSize=200')).json();
    expect(all.total).toBe(demo.grids.length);
    const streets = (
      await call(t.app, county, 'GET', `/api/v1/grids?region=${VILLAGE1}&kind=street&pageSize=200`)
    ).json();
    const expected = demo.grids.filter((g) => g.regionCode === VILLAGE1 && g.kind === 'street');
    expect(streets.items.map((g: { id: string }) => g.id).sort()).toEqual(
      expected.map((g) => g.id).sort(),
    );
    const first = expected[0];
    const detail = (await call(t.app, county, 'GET', `/api/v1/grids/${first?.id}`)).json();
    expect(detail).toMatchObject({
      name: first?.name,
      kind: 'street',
      regionCode: VILLAGE1,
      seq: first?.seq,
    });
    expect(detail.householdCount).toBe(
      demo.households.filter((h) => h.gridId === first?.id).length,
    );
  });

  it('shows a village cadre only the own village’s grids; another village’s grid is not found', async () => {
    const mine = (await call(t.app, cadre, 'GET', '/api/v1/grids?pageSize=200')).json();
    expect(mine.total).toBe(demo.grids.filter((g) => g.regionCode === VILLAGE1).length);
    const foreign = demo.grids.find((g) => g.regionCode !== VILLAGE1);
    await expectEachNotFound(t, cadre, [
      ['GET', `/api/v1/grids/${foreign?.id}`],
      ['PATCH', `/api/v1/grids/${foreign?.id}`, { name: '越权改名' }],
    ]);
  });

  it('creates a grid with the next sequence number and edits it', async () => {
    const created = await call(t.app, cadre, 'POST', '/api/v1/grids', {
      payload: { regionCode: VILLAGE1, kind: 'villagerGroup', name: '第九村民小组' },
    });
    expect(created.statusCode).toBe(201);
    const maxSeq = Math.max(
      ...demo.grids.filter((g) => g.regionCode === VILLAGE1).map((g) => g.seq),
    );
    expect(created.json()).toMatchObject({
      regionCode: VILLAGE1,
      kind: 'villagerGroup',
      seq: maxSeq + 1,
      householdCount: 0,
    });
    const edited = await call(t.app, cadre, 'PATCH', `/api/v1/grids/${created.json().id}`, {
      payload: { name: '第十村民小组', kind: 'grid' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: '第十村民小组', kind: 'grid' });
    const community = await call(t.app, county, 'POST', '/api/v1/grids', {
      payload: { regionCode: COMMUNITY, kind: 'residentialCompound', name: '新苑小区', seq: 40 },
    });
    expect(community.json()).toMatchObject({ seq: 40, kind: 'residentialCompound' });
  });

  const takenName = demo.grids.find((g) => g.regionCode === VILLAGE1)?.name ?? '';
  const bad: BadWrite[] = [
    [
      'a duplicate name in the village',
      'POST',
      () => '/api/v1/grids',
      { regionCode: VILLAGE1, kind: 'grid', name: takenName },
      409,
      '',
    ],
    [
      'another village',
      'POST',
      () => '/api/v1/grids',
      { regionCode: VILLAGE2, kind: 'grid', name: '外村网格' },
      404,
      '',
    ],
    [
      'a township instead of a village',
      'POST',
      () => '/api/v1/grids',
      { regionCode: '410599100000', kind: 'grid', name: '镇网格' },
      404,
      '',
    ],
    [
      'a compound in a village (村)',
      'POST',
      () => '/api/v1/grids',
      { regionCode: VILLAGE1, kind: 'residentialCompound', name: '村里小区' },
      400,
      'body.kind',
    ],
    [
      'an unknown kind',
      'POST',
      () => '/api/v1/grids',
      { regionCode: VILLAGE1, kind: 'district', name: '怪网格' },
      400,
      'body.kind',
    ],
    [
      'an invalid region code',
      'POST',
      () => '/api/v1/grids',
      { regionCode: '410599100999x', kind: 'grid', name: '坏码' },
      400,
      'body.regionCode',
    ],
    [
      'an empty name',
      'POST',
      () => '/api/v1/grids',
      { regionCode: VILLAGE1, kind: 'grid', name: '  ' },
      400,
      'body.name',
    ],
    [
      'a rename onto a taken name',
      'PATCH',
      () => `/api/v1/grids/${demo.grids.filter((g) => g.regionCode === VILLAGE1)[1]?.id}`,
      { name: takenName },
      409,
      '',
    ],
    [
      'a street station turned into a compound',
      'PATCH',
      () => `/api/v1/grids/${demo.grids.find((g) => g.regionCode === VILLAGE1)?.id}`,
      { kind: 'residentialCompound' },
      400,
      'body.kind',
    ],
    [
      'an empty patch',
      'PATCH',
      () => `/api/v1/grids/${demo.grids.find((g) => g.regionCode === VILLAGE1)?.id}`,
      {},
      400,
      '',
    ],
  ];
  itRefusesEach(
    bad,
    () => t,
    () => cadre,
    counts,
  );

  it('refuses a village-only kind in a community, and a township for a county writer', async () => {
    const township = await call(t.app, county, 'POST', '/api/v1/grids', {
      payload: { regionCode: '410599100000', kind: 'grid', name: '镇网格' },
    });
    expect(township.statusCode).toBe(400);
    expect(township.json().error.details.issues[0].path).toBe('body.regionCode');
    const res = await call(t.app, county, 'POST', '/api/v1/grids', {
      payload: { regionCode: COMMUNITY, kind: 'street', name: '社区街道站' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('community');
  });
});
