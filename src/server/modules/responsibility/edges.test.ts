import { describe, expect, it } from 'vitest';
import {
  householdsOf,
  householdsUnder,
  type ResponsibilityEdge,
} from '../../../domain/directory/responsibility.ts';
import { responsibilityEdges } from '../../db/schema/index.ts';
import { demoCounty, useDirectoryApp, rowCounts } from '../../testing/directoryFixtures.ts';
import { itRefusesEach, postedTo } from '../../testing/refusals.ts';
import { call } from '../../testing/testApp.ts';
import { useLogins } from '../../testing/appKit.ts';

const VILLAGE1 = '410599100200';
const VILLAGE2 = '410599100201';
const demo = demoCounty();
const edges = demo.responsibilityEdges as ResponsibilityEdge[];
const memberIds = new Set(demo.memberships.map((m) => m.personId));
const l4 = edges.filter((e) => e.level === 4 && e.regionCode === VILLAGE1);
const contact = l4[0]?.responsibleId ?? '';
const otherMember = l4.find((e) => e.responsibleId !== contact)?.responsibleId ?? '';
const freeHousehold = demo.households.find(
  (h) =>
    h.regionCode === VILLAGE1 &&
    !l4.some((e) => e.targetId === h.id && e.responsibleId === otherMember),
);
const nonMember = demo.persons.find(
  (p) => p.regionCode === VILLAGE1 && !memberIds.has(p.id) && p.birthDate < '2000-01-01',
);
const l1Member = edges.find((e) => e.level === 1 && e.regionCode === VILLAGE1)?.responsibleId ?? '';
const group = demo.orgs.find((o) => o.regionCode === VILLAGE1 && o.type === 'partyGroup');
const branch = demo.orgs.find((o) => o.regionCode === VILLAGE1 && o.type !== 'partyGroup');
const outsider = demo.memberships.find(
  (m) =>
    m.groupId &&
    m.groupId !== group?.id &&
    demo.persons.find((p) => p.id === m.personId)?.regionCode === VILLAGE1,
);
const household1 = demo.households.find((h) => h.regionCode === VILLAGE1 && h.memberCount > 1);
const familyMember = demo.persons.find(
  (p) => p.householdId === household1?.id && p.id !== household1?.headId,
);

const t = useDirectoryApp();
const { county, village1: cadre } = useLogins(t, 'county', 'village1');

const counts = rowCounts(() => t, 'edges', responsibilityEdges);

describe('responsibility edges', () => {
  it('lists a village’s edges by level and responsible person, with names', async () => {
    const level4 = (
      await call(t.app, cadre, 'GET', `/api/v1/responsibility/edges?level=4&pageSize=200`)
    ).json();
    expect(level4.total).toBe(l4.length);
    const mine = (
      await call(
        t.app,
        cadre,
        'GET',
        `/api/v1/responsibility/edges?responsible=${contact}&pageSize=200`,
      )
    ).json();
    expect(mine.items.map((e: { id: string }) => e.id).sort()).toEqual(
      edges
        .filter((e) => e.responsibleId === contact)
        .map((e) => e.id)
        .sort(),
    );
    const first = mine.items.find((e: { level: number }) => e.level === 4);
    const household = demo.households.find((h) => h.id === first.targetId);
    expect(first.targetName).toBe(demo.persons.find((p) => p.id === household?.headId)?.name);
    expect(first.responsibleName).toBe(demo.persons.find((p) => p.id === contact)?.name);
    const all = (await call(t.app, cadre, 'GET', '/api/v1/responsibility/edges?pageSize=1')).json();
    expect(all.total).toBe(edges.filter((e) => e.regionCode === VILLAGE1).length);
  });

  it('shows a member’s households: direct contacts and everything below an L1 member', async () => {
    const direct = (
      await call(t.app, cadre, 'GET', `/api/v1/responsibility/members/${contact}/households`)
    ).json();
    expect(direct.contactHouseholds.map((h: { id: string }) => h.id).sort()).toEqual(
      householdsOf(contact, edges).sort(),
    );
    const top = (
      await call(t.app, county, 'GET', `/api/v1/responsibility/members/${l1Member}/households`)
    ).json();
    expect(top.householdsUnder.length).toBeGreaterThan(0);
    expect(top.householdsUnder.map((h: { id: string }) => h.id).sort()).toEqual(
      householdsUnder(l1Member, edges).sort(),
    );
    const foreign = edges.find((e) => e.level === 4 && e.regionCode === VILLAGE2)?.responsibleId;
    expect(
      (await call(t.app, cadre, 'GET', `/api/v1/responsibility/members/${foreign}/households`))
        .statusCode,
    ).toBe(404);
  });

  it('reassigns a household: delete and create, both in the audit log', async () => {
    const edge = l4.find((e) => e.responsibleId === contact);
    expect(
      (await call(t.app, cadre, 'DELETE', `/api/v1/responsibility/edges/${edge?.id}`)).statusCode,
    ).toBe(204);
    expect(
      (await call(t.app, cadre, 'DELETE', `/api/v1/responsibility/edges/${edge?.id}`)).statusCode,
    ).toBe(404);
    const payload = {
      level: 4,
      responsibleId: otherMember,
      targetKind: 'household',
      targetId: edge?.targetId,
      regionCode: VILLAGE1,
    };
    const created = await call(t.app, cadre, 'POST', '/api/v1/responsibility/edges', { payload });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      level: 4,
      responsibleId: otherMember,
      targetId: edge?.targetId,
      withinId: null,
    });
    // the same edge a second time
    const again = await call(t.app, cadre, 'POST', '/api/v1/responsibility/edges', { payload });
    expect(again.statusCode).toBe(409);
    const audit = (await call(t.app, county, 'GET', '/api/v1/audit-events?pageSize=5')).json();
    expect(audit.items.slice(0, 2).map((a: { action: string }) => a.action)).toEqual([
      'responsibility.create',
      'responsibility.delete',
    ]);
  });

  it('adds a family member to the head’s L5 edges and a member to a party group leader’s L3', async () => {
    const l5 = await call(t.app, cadre, 'POST', '/api/v1/responsibility/edges', {
      payload: {
        level: 5,
        responsibleId: household1?.headId,
        targetKind: 'familyMember',
        targetId: familyMember?.id,
        withinId: household1?.id,
        regionCode: VILLAGE1,
      },
    });
    expect([201, 409]).toContain(l5.statusCode); // the generator may already hold this one
    const leader = edges.find((e) => e.level === 3 && e.withinId === group?.id)?.responsibleId;
    const joiner = demo.persons.find(
      (p) =>
        p.regionCode === VILLAGE1 &&
        !memberIds.has(p.id) &&
        p.birthDate < '1990-01-01' &&
        p.id !== nonMember?.id,
    );
    const joined = await call(t.app, cadre, 'POST', '/api/v1/memberships', {
      payload: {
        personId: joiner?.id,
        orgId: group?.parentId,
        groupId: group?.id,
        kind: 'probationary',
        joinDate: '2025-07-01',
      },
    });
    expect(joined.statusCode, joined.body).toBe(201);
    const l3 = await call(t.app, cadre, 'POST', '/api/v1/responsibility/edges', {
      payload: {
        level: 3,
        responsibleId: leader,
        targetKind: 'partyMember',
        targetId: joiner?.id,
        withinId: group?.id,
        regionCode: VILLAGE1,
      },
    });
    expect(l3.statusCode, l3.body).toBe(201);
    expect(l3.json().targetName).toBe(joiner?.name);
  });

  const e4 = (over: Record<string, unknown>) => ({
    level: 4,
    responsibleId: otherMember,
    targetKind: 'household',
    targetId: freeHousehold?.id,
    regionCode: VILLAGE1,
    ...over,
  });
  const bad: [string, () => Record<string, unknown>, number, string][] = [
    [
      'a level pointing at the wrong kind',
      () => e4({ targetKind: 'village', targetId: VILLAGE1 }),
      400,
      'body',
    ],
    [
      'level 2 without the enclosing target',
      () => e4({ level: 2, targetKind: 'team', targetId: group?.id }),
      400,
      'body',
    ],
    [
      'a person answering for themselves',
      () => e4({ level: 3, targetKind: 'partyMember', targetId: otherMember, withinId: group?.id }),
      400,
      'body',
    ],
    ['level 6', () => e4({ level: 6 }), 400, 'body.level'],
    [
      'an unknown responsible person',
      () => e4({ responsibleId: '01a202f8-0000-7000-8000-000000000000' }),
      400,
      'body.responsibleId',
    ],
    [
      'a contact member who is not in the party',
      () => e4({ responsibleId: nonMember?.id }),
      400,
      'body.responsibleId',
    ],
    [
      'a household of another village',
      () => e4({ targetId: demo.households.find((h) => h.regionCode === VILLAGE2)?.id }),
      400,
      'body.targetId',
    ],
    ['a malformed household id', () => e4({ targetId: 'not-a-household' }), 400, 'body.targetId'],
    [
      'a branch as a team',
      () => e4({ level: 2, targetKind: 'team', targetId: branch?.id, withinId: VILLAGE1 }),
      400,
      'body.targetId',
    ],
    [
      'a member of another party group',
      () =>
        e4({
          level: 3,
          targetKind: 'partyMember',
          targetId: outsider?.personId,
          withinId: group?.id,
        }),
      400,
      'body.withinId',
    ],
    [
      'a family edge by someone who is not the head',
      () =>
        e4({
          level: 5,
          responsibleId: familyMember?.id,
          targetKind: 'familyMember',
          targetId: household1?.headId,
          withinId: household1?.id,
        }),
      400,
      'body.responsibleId',
    ],
    ['another village’s region', () => e4({ regionCode: VILLAGE2 }), 404, ''],
  ];
  itRefusesEach(
    postedTo('/api/v1/responsibility/edges', bad),
    () => t,
    () => cadre,
    counts,
  );

  it('does not let a village cadre remove another village’s edge', async () => {
    const foreign = edges.find((e) => e.regionCode === VILLAGE2);
    const before = await counts();
    expect(
      (await call(t.app, cadre, 'DELETE', `/api/v1/responsibility/edges/${foreign?.id}`))
        .statusCode,
    ).toBe(404);
    expect(await counts()).toEqual(before);
  });
});
