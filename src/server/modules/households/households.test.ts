import { describe, expect, it } from 'vitest';
import { chainUp } from '../../../domain/directory/responsibility.ts';
import { demoCounty, useDirectoryApp } from '../../testing/directoryFixtures.ts';
import { useLogins } from '../../testing/appKit.ts';
import { call, login } from '../../testing/testApp.ts';

const VILLAGE1 = '410599100200';
const demo = demoCounty();
const t = useDirectoryApp();
const { county } = useLogins(t, 'county');

describe('households', () => {
  it('lists a village’s households with head and member count, searchable by the head’s name', async () => {
    const cadre = await login(t.app, 'village1');
    const body = (await call(t.app, cadre, 'GET', '/api/v1/households?pageSize=200')).json();
    const expected = demo.households.filter((h) => h.regionCode === VILLAGE1);
    expect(body.total).toBe(expected.length);
    const first = expected[0];
    const head = demo.persons.find((p) => p.id === first?.headId);
    if (!first || !head) throw new Error('fixture');
    const found = (
      await call(t.app, cadre, 'GET', `/api/v1/households?q=${encodeURIComponent(head.name)}`)
    ).json();
    const hit = found.items.find((h: { id: string }) => h.id === first.id);
    expect(hit).toMatchObject({
      head: { id: head.id, name: head.name },
      memberCount: demo.persons.filter((p) => p.householdId === first.id).length,
    });
  });

  it('shows who answers for a household, up the five levels', async () => {
    const contacted = demo.households.find(
      (h) => h.regionCode === VILLAGE1 && chainUp(h.id, demo.responsibilityEdges).complete,
    );
    if (!contacted) throw new Error('no fully covered household');
    const expected = chainUp(contacted.id, demo.responsibilityEdges);
    const detail = (await call(t.app, county, 'GET', `/api/v1/households/${contacted.id}`)).json();
    expect(detail.responsibleChain.complete).toBe(true);
    expect(
      detail.responsibleChain.links.map((l: { level: number; personId: string }) => [
        l.level,
        l.personId,
      ]),
    ).toEqual(expected.links.map((l) => [l.level, l.personId]));
    expect(detail.members.length).toBe(
      demo.persons.filter((p) => p.householdId === contacted.id).length,
    );
  });

  it('reports exactly the gaps the generator planted', async () => {
    const res = await call(
      t.app,
      county,
      'GET',
      '/api/v1/responsibility/coverage?region=410599000000',
    );
    expect(res.statusCode).toBe(200);
    const report = res.json();
    const gaps = demo.plantedGaps;
    expect(report.householdsWithoutContact.map((h: { id: string }) => h.id)).toEqual(
      gaps.householdsWithoutContact,
    );
    expect(
      report.overloadedMembers.map((m: { personId: string; households: number }) => ({
        personId: m.personId,
        households: m.households,
      })),
    ).toEqual(gaps.overloadedMembers);
    expect(report.villagesWithoutSecretary.map((v: { code: string }) => v.code)).toEqual(
      gaps.villagesWithoutSecretary,
    );
    expect(report.streetsWithoutStationCadre.map((s: { id: string }) => s.id)).toEqual(
      gaps.streetsWithoutStationCadre,
    );
  });

  it('gives a party member their contact households and a villager their own household', async () => {
    const member = await login(t.app, 'member');
    const mine = (await call(t.app, member, 'GET', '/api/v1/me/households')).json();
    expect(mine.contactHouseholds.length).toBeGreaterThan(0);
    const expectedIds = demo.responsibilityEdges
      .filter((e) => e.level === 4 && e.responsibleId === mine.person.id)
      .map((e) => e.targetId)
      .sort();
    expect(mine.contactHouseholds.map((h: { id: string }) => h.id).sort()).toEqual([
      ...new Set(expectedIds),
    ]);
    const villager = await login(t.app, 'villager');
    const own = (await call(t.app, villager, 'GET', '/api/v1/me/households')).json();
    expect(own.ownHousehold.head.id).toBe(own.person.id);
    expect(own.ownHousehold.responsibleChain.links[0].level).toBe(4);
    // one person a rung: the demo's contact member is not his own group leader (issue 14 item 7),
    // so a request that climbs from L4 reaches someone else at L3
    const links = own.ownHousehold.responsibleChain.links as { level: number; personId: string }[];
    expect(links.map((l) => l.level)).toEqual([4, 3, 2, 1]);
    expect(new Set(links.map((l) => l.personId)).size).toBe(links.length);
    // a villager has no directory access beyond their own household
    expect((await call(t.app, villager, 'GET', '/api/v1/households')).statusCode).toBe(403);
  });
});
