import { describe, expect, it } from 'vitest';
import { demoCounty, useDirectoryApp } from '../../testing/directoryFixtures.ts';
import { call } from '../../testing/testApp.ts';
import { useLogins } from '../../testing/appKit.ts';

const VILLAGE1 = '410599100200';
const demo = demoCounty();
const t = useDirectoryApp();
const { county, village1: cadre } = useLogins(t, 'county', 'village1');

describe('party organization tree', () => {
  it('starts at the top organizations of the scope and drills down to children', async () => {
    const roots = (await call(t.app, county, 'GET', '/api/v1/orgs?pageSize=200')).json();
    const expectedRoots = demo.orgs
      .filter((o) => o.parentId === null)
      .map((o) => o.id)
      .sort();
    expect(roots.items.map((o: { id: string }) => o.id).sort()).toEqual(expectedRoots);
    const withChildren = roots.items.find((o: { childCount: number }) => o.childCount > 0);
    const children = (
      await call(t.app, county, 'GET', `/api/v1/orgs?parent=${withChildren.id}&pageSize=200`)
    ).json();
    expect(children.total).toBe(demo.orgs.filter((o) => o.parentId === withChildren.id).length);
  });

  it('shows a village cadre the village’s own organizations as roots', async () => {
    const roots = (await call(t.app, cadre, 'GET', '/api/v1/orgs?pageSize=200')).json();
    expect(roots.total).toBeGreaterThan(0);
    for (const o of roots.items) expect(o.regionCode).toBe(VILLAGE1);
    const branch = demo.orgs.find((o) => o.regionCode === VILLAGE1 && o.type !== 'partyGroup');
    const members = demo.memberships.filter((m) => m.orgId === branch?.id).length;
    const detail = (await call(t.app, cadre, 'GET', `/api/v1/orgs/${branch?.id}`)).json();
    expect(detail.memberCount).toBe(members);
  });

  it('creates an organization under a parent above the writer’s scope, and refuses bad ones', async () => {
    const parent =
      demo.orgs.find((o) => o.regionCode === VILLAGE1 && o.parentId !== null)?.parentId ?? null;
    const created = await call(t.app, cadre, 'POST', '/api/v1/orgs', {
      payload: {
        name: '振兴村农业托管党支部',
        type: 'functionalBranch',
        kind: 'rural',
        regionCode: VILLAGE1,
        parentId: parent,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(
      (
        await call(t.app, cadre, 'POST', '/api/v1/orgs', {
          payload: {
            name: '振兴村农业托管党支部',
            type: 'functionalBranch',
            kind: 'rural',
            regionCode: VILLAGE1,
          },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await call(t.app, cadre, 'POST', '/api/v1/orgs', {
          payload: { name: '外村支部', type: 'branch', kind: 'rural', regionCode: '410599100201' },
        })
      ).statusCode,
    ).toBe(404);
    const badParent = await call(t.app, cadre, 'POST', '/api/v1/orgs', {
      payload: {
        name: '孤儿支部',
        type: 'branch',
        kind: 'rural',
        regionCode: VILLAGE1,
        parentId: '01a202f8-0000-7000-8000-000000000000',
      },
    });
    expect(badParent.json().error.details.issues[0].path).toBe('body.parentId');
  });
});
