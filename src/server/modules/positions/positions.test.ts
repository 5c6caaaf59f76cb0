import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../domain/directory/plainDate.ts';
import { isHeldOn } from '../../../domain/directory/positions.ts';
import { positions } from '../../db/schema/index.ts';
import { demoCounty, useDirectoryApp, rowCounts } from '../../testing/directoryFixtures.ts';
import { itRefusesEach, type BadWrite } from '../../testing/refusals.ts';
import { call } from '../../testing/testApp.ts';
import { useLogins } from '../../testing/appKit.ts';

const VILLAGE1 = '410599100200';
const VILLAGE2 = '410599100201';
const TODAY = '2026-11-22'; // the test clock's date in Asia/Shanghai
const demo = demoCounty();
const members = new Set(demo.memberships.map((m) => m.personId));
const adults = demo.persons.filter(
  (p) => p.regionCode === VILLAGE1 && ageOn(p.birthDate, '2020-01-01') >= 18,
);
const member = adults.find((p) => members.has(p.id));
const nonMember = adults.find((p) => !members.has(p.id));
const minor = demo.persons.find((p) => p.regionCode === VILLAGE1 && ageOn(p.birthDate, TODAY) < 10);
const branch = demo.orgs.find((o) => o.regionCode === VILLAGE1 && o.type !== 'partyGroup');
const grid1 = demo.grids.find((g) => g.regionCode === VILLAGE1);
const grid2 = demo.grids.find((g) => g.regionCode === VILLAGE2);
const countyMember = demo.persons.find(
  (p) => p.unitId && p.regionCode === '410599000000' && members.has(p.id),
);
const unit = demo.units[0];

const t = useDirectoryApp();
const { county, township, village1: cadre } = useLogins(t, 'county', 'township', 'village1');

const counts = rowCounts(() => t, 'positions', positions);

describe('positions with history', () => {
  it('lists a village’s current positions with the holders’ names, and filters by code and person', async () => {
    const current = (
      await call(
        t.app,
        county,
        'GET',
        `/api/v1/positions?region=${VILLAGE1}&current=true&pageSize=200`,
      )
    ).json();
    const expected = demo.positions.filter((p) => p.regionCode === VILLAGE1 && isHeldOn(p, TODAY));
    expect(current.items.map((p: { id: string }) => p.id).sort()).toEqual(
      expected.map((p) => p.id).sort(),
    );
    const secretary = current.items.find((p: { code: string }) => p.code === 'secretary');
    expect(secretary.personName).toBe(demo.persons.find((p) => p.id === secretary.personId)?.name);
    expect(secretary.orgName).toBe(demo.orgs.find((o) => o.id === secretary.orgId)?.name);
    const secretaries = (
      await call(t.app, county, 'GET', '/api/v1/positions?code=secretary&pageSize=200')
    ).json();
    expect(secretaries.total).toBe(demo.positions.filter((p) => p.code === 'secretary').length);
    const mine = (
      await call(t.app, county, 'GET', `/api/v1/positions?person=${secretary.personId}`)
    ).json();
    expect(mine.total).toBe(demo.positions.filter((p) => p.personId === secretary.personId).length);
    const past = (
      await call(t.app, county, 'GET', '/api/v1/positions?current=false&pageSize=200')
    ).json();
    expect(past.total).toBe(demo.positions.filter((p) => !isHeldOn(p, TODAY)).length);
  });

  it('shows the dispatched first secretary with the dispatching unit and term', async () => {
    const fs = demo.positions.find((p) => p.code === 'firstSecretary');
    const detail = (await call(t.app, county, 'GET', `/api/v1/positions/${fs?.id}`)).json();
    expect(detail).toMatchObject({
      code: 'firstSecretary',
      dispatchingUnitId: fs?.dispatchingUnitId,
      termEndDate: fs?.termEndDate,
      dispatchingUnitName: demo.units.find((u) => u.id === fs?.dispatchingUnitId)?.name,
    });
  });

  it('keeps a village cadre to the own village: another village’s position is not found', async () => {
    const mine = (await call(t.app, cadre, 'GET', '/api/v1/positions?pageSize=200')).json();
    expect(mine.total).toBe(demo.positions.filter((p) => p.regionCode === VILLAGE1).length);
    const foreign = demo.positions.find((p) => p.regionCode === VILLAGE2);
    expect((await call(t.app, cadre, 'GET', `/api/v1/positions/${foreign?.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (
        await call(t.app, cadre, 'PATCH', `/api/v1/positions/${foreign?.id}`, {
          payload: { endDate: TODAY },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('records a grid worker, ends the position and keeps it as history', async () => {
    const created = await call(t.app, cadre, 'POST', '/api/v1/positions', {
      payload: {
        personId: nonMember?.id,
        code: 'gridWorker',
        regionCode: VILLAGE1,
        gridId: grid1?.id,
        startDate: '2024-03-01',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      personName: nonMember?.name,
      gridName: grid1?.name,
      current: true,
      endDate: null,
    });
    const ended = await call(t.app, cadre, 'PATCH', `/api/v1/positions/${created.json().id}`, {
      payload: { endDate: '2026-10-31' },
    });
    expect(ended.json()).toMatchObject({ endDate: '2026-10-31', current: false });
    const past = (
      await call(t.app, cadre, 'GET', `/api/v1/positions?person=${nonMember?.id}&current=false`)
    ).json();
    expect(past.items.map((p: { id: string }) => p.id)).toContain(created.json().id);
    const audit = (await call(t.app, county, 'GET', '/api/v1/audit-events?pageSize=5')).json();
    expect(audit.items[0]).toMatchObject({ action: 'position.end', objectId: created.json().id });
  });

  it('lets a county writer appoint a county unit’s member as first secretary; a township writer cannot see that person', async () => {
    const body = {
      personId: countyMember?.id,
      code: 'firstSecretary',
      regionCode: VILLAGE1,
      orgId: branch?.id,
      dispatchingUnitId: unit?.id,
      termEndDate: '2028-06-30',
      startDate: '2026-07-01',
    };
    const hidden = await call(t.app, township, 'POST', '/api/v1/positions', { payload: body });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().error.details.issues[0].path).toBe('body.personId');
    const created = await call(t.app, county, 'POST', '/api/v1/positions', { payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      personName: countyMember?.name,
      dispatchingUnitName: unit?.name,
      termEndDate: '2028-06-30',
    });
  });

  const fresh = (over: Record<string, unknown>) => ({
    personId: member?.id,
    code: 'twoCommitteesMember',
    regionCode: VILLAGE1,
    startDate: '2025-01-01',
    ...over,
  });
  const bad: BadWrite[] = [
    [
      'an end before the start',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ endDate: '2024-12-31' }),
      400,
      'body.endDate',
    ],
    [
      'a date that does not exist',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ startDate: '2025-02-30' }),
      400,
      'body.startDate',
    ],
    [
      'an unknown person',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ personId: '01a202f8-0000-7000-8000-000000000000' }),
      400,
      'body.personId',
    ],
    [
      'a person of another village',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ personId: demo.persons.find((p) => p.regionCode === VILLAGE2)?.id }),
      400,
      'body.personId',
    ],
    [
      'a child',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ personId: minor?.id, code: 'mediator' }),
      400,
      'body.startDate',
    ],
    [
      'another village’s region',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ regionCode: VILLAGE2 }),
      404,
      '',
    ],
    [
      'an unknown position code',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ code: 'emperor' }),
      400,
      'body.code',
    ],
    [
      'a secretary without an organization',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ code: 'secretary' }),
      400,
      'body.orgId',
    ],
    [
      'a secretary who is not a party member',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ code: 'secretary', orgId: branch?.id, personId: nonMember?.id }),
      400,
      'body.personId',
    ],
    [
      'a grid of another village',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ code: 'gridWorker', gridId: grid2?.id }),
      400,
      'body.gridId',
    ],
    [
      'a first secretary without a dispatching unit',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ code: 'firstSecretary', termEndDate: '2027-01-01' }),
      400,
      'body.dispatchingUnitId',
    ],
    [
      'a term for a position that is not dispatched',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ termEndDate: '2027-01-01' }),
      400,
      'body.termEndDate',
    ],
    [
      'a gold secretary',
      'POST',
      () => '/api/v1/positions',
      () => fresh({ code: 'secretary', orgId: branch?.id, goldMediator: true }),
      400,
      'body.goldMediator',
    ],
    [
      'the same holding twice',
      'POST',
      () => '/api/v1/positions',
      () => ({
        ...fresh({}),
        personId: dup?.personId,
        code: dup?.code,
        regionCode: dup?.regionCode,
        startDate: dup?.startDate,
        orgId: dup?.orgId,
        gridId: dup?.gridId,
      }),
      409,
      '',
    ],
    [
      'ending before the start',
      'PATCH',
      () => `/api/v1/positions/${dup?.id}`,
      () => ({ endDate: '1990-01-01' }),
      400,
      'body.endDate',
    ],
    [
      'removing a secretary’s organization',
      'PATCH',
      () => `/api/v1/positions/${dup?.id}`,
      () => ({ orgId: null }),
      400,
      'body.orgId',
    ],
    ['an empty patch', 'PATCH', () => `/api/v1/positions/${dup?.id}`, () => ({}), 400, ''],
  ];
  const dup = demo.positions.find((p) => p.regionCode === VILLAGE1 && p.code === 'secretary');
  itRefusesEach(
    bad,
    () => t,
    () => cadre,
    counts,
  );
});
