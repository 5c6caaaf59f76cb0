import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../domain/directory/plainDate.ts';
import { memberships } from '../../db/schema/index.ts';
import { demoCounty, useDirectoryApp, rowCounts } from '../../testing/directoryFixtures.ts';
import { expectEachNotFound, itRefusesEach, type BadWrite } from '../../testing/refusals.ts';
import { call } from '../../testing/testApp.ts';
import { useLogins } from '../../testing/appKit.ts';

const VILLAGE1 = '410599100200';
const VILLAGE2 = '410599100201';
const demo = demoCounty();
const memberIds = new Set(demo.memberships.map((m) => m.personId));
const joiners = demo.persons.filter(
  (p) =>
    p.regionCode === VILLAGE1 && !memberIds.has(p.id) && ageOn(p.birthDate, '2000-01-01') >= 18,
);
const group = demo.orgs.find((o) => o.regionCode === VILLAGE1 && o.type === 'partyGroup');
const branch = demo.orgs.find((o) => o.id === group?.parentId);
const otherGroup =
  demo.orgs.find(
    (o) => o.type === 'partyGroup' && o.parentId !== branch?.id && o.regionCode === VILLAGE1,
  ) ?? demo.orgs.find((o) => o.type === 'partyGroup' && o.parentId !== branch?.id);
const foreignMember = demo.memberships.find(
  (m) => demo.orgs.find((o) => o.id === m.orgId)?.regionCode === VILLAGE2,
);

const t = useDirectoryApp();
const { county, village1: cadre } = useLogins(t, 'county', 'village1');

const counts = rowCounts(() => t, 'memberships', memberships);

describe('party memberships', () => {
  it('lists the members of a branch and of one of its party groups, with names', async () => {
    const ofBranch = (
      await call(t.app, county, 'GET', `/api/v1/memberships?org=${branch?.id}&pageSize=200`)
    ).json();
    const expected = demo.memberships.filter(
      (m) => m.orgId === branch?.id || m.groupId === branch?.id,
    );
    expect(ofBranch.items.map((m: { personId: string }) => m.personId).sort()).toEqual(
      expected.map((m) => m.personId).sort(),
    );
    const one = ofBranch.items[0];
    expect(one.personName).toBe(demo.persons.find((p) => p.id === one.personId)?.name);
    expect(one.orgName).toBe(branch?.name);
    const ofGroup = (
      await call(t.app, county, 'GET', `/api/v1/memberships?org=${group?.id}&pageSize=200`)
    ).json();
    expect(ofGroup.total).toBe(demo.memberships.filter((m) => m.groupId === group?.id).length);
    expect(ofGroup.items.every((m: { groupName: string }) => m.groupName === group?.name)).toBe(
      true,
    );
  });

  it('keeps a village cadre to the village’s own organizations', async () => {
    const mine = (await call(t.app, cadre, 'GET', '/api/v1/memberships?pageSize=200')).json();
    const villageOrgs = new Set(
      demo.orgs.filter((o) => o.regionCode === VILLAGE1).map((o) => o.id),
    );
    expect(mine.total).toBe(demo.memberships.filter((m) => villageOrgs.has(m.orgId)).length);
    const foreignOrg = demo.orgs.find((o) => o.regionCode === VILLAGE2);
    await expectEachNotFound(t, cadre, [
      ['GET', `/api/v1/memberships?org=${foreignOrg?.id}`],
      ['PATCH', `/api/v1/memberships/${foreignMember?.personId}`, { kind: 'formal' }],
    ]);
  });

  it('admits a probationary member into a party group, then makes them formal', async () => {
    const joiner = joiners[0];
    const created = await call(t.app, cadre, 'POST', '/api/v1/memberships', {
      payload: {
        personId: joiner?.id,
        orgId: branch?.id,
        groupId: group?.id,
        kind: 'probationary',
        joinDate: '2025-07-01',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      personName: joiner?.name,
      orgName: branch?.name,
      groupName: group?.name,
      regionCode: VILLAGE1,
      kind: 'probationary',
    });
    const formal = await call(t.app, cadre, 'PATCH', `/api/v1/memberships/${joiner?.id}`, {
      payload: { kind: 'formal' },
    });
    expect(formal.json()).toMatchObject({ kind: 'formal', groupId: group?.id });
    const person = (await call(t.app, cadre, 'GET', `/api/v1/persons/${joiner?.id}`)).json();
    expect(person.partyMember).toBe(true);
  });

  const joiner = () => joiners[1];
  const fresh = (over: Record<string, unknown>) => ({
    personId: joiner()?.id,
    orgId: branch?.id,
    kind: 'formal',
    joinDate: '2010-07-01',
    ...over,
  });
  const adultAt = (birthDate: string | undefined, years: number) =>
    `${Number(birthDate?.slice(0, 4)) + years}${birthDate?.slice(4)}`;
  const bad: BadWrite[] = [
    [
      'a join date in the future',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ joinDate: '2027-01-01' }),
      400,
      'body.joinDate',
    ],
    [
      'a join date before the 18th birthday',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ joinDate: adultAt(joiner()?.birthDate, 17) }),
      400,
      'body.joinDate',
    ],
    [
      'a date that does not exist',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ joinDate: '2010-13-01' }),
      400,
      'body.joinDate',
    ],
    [
      'an unknown kind',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ kind: 'honorary' }),
      400,
      'body.kind',
    ],
    [
      'an unknown person',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ personId: '01a202f8-0000-7000-8000-000000000000' }),
      400,
      'body.personId',
    ],
    [
      'a person of another village',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ personId: demo.persons.find((p) => p.regionCode === VILLAGE2)?.id }),
      400,
      'body.personId',
    ],
    [
      'an unknown organization',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ orgId: '01a202f8-0000-7000-8000-000000000000' }),
      404,
      '',
    ],
    [
      'another village’s organization',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ orgId: foreignMember?.orgId }),
      404,
      '',
    ],
    [
      'a party group as the organization',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ orgId: group?.id }),
      400,
      'body.orgId',
    ],
    [
      'a group of another branch',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ groupId: otherGroup?.id }),
      400,
      'body.groupId',
    ],
    [
      'a second membership',
      'POST',
      () => '/api/v1/memberships',
      () => fresh({ personId: demo.memberships.find((m) => m.orgId === branch?.id)?.personId }),
      409,
      '',
    ],
    [
      'a membership that does not exist',
      'PATCH',
      () => `/api/v1/memberships/${joiner()?.id}`,
      () => ({ kind: 'formal' }),
      404,
      '',
    ],
    [
      'moving into a foreign group',
      'PATCH',
      () => `/api/v1/memberships/${demo.memberships.find((m) => m.orgId === branch?.id)?.personId}`,
      () => ({ groupId: otherGroup?.id }),
      400,
      'body.groupId',
    ],
    [
      'a join date moved into the future',
      'PATCH',
      () => `/api/v1/memberships/${demo.memberships.find((m) => m.orgId === branch?.id)?.personId}`,
      () => ({ joinDate: '2030-01-01' }),
      400,
      'body.joinDate',
    ],
    [
      'an empty patch',
      'PATCH',
      () => `/api/v1/memberships/${demo.memberships.find((m) => m.orgId === branch?.id)?.personId}`,
      () => ({}),
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
});
