import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../db/schema/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { sweepCases } from './sweep.ts';

// The privacy rule (requester identity and dispute details only for the owner chain and
// reviewers), statistics by owner, and the overdue sweep that never skips a case.

const t = useTestApp({}, { directory: true }, 180_000);
let villager: Session;
let member: Session;
let cadre: Session;
let county: Session;

async function relogin(): Promise<void> {
  [villager, member, cadre, county] = (await Promise.all(
    ['villager', 'member', 'village1', 'county'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session, Session];
}

beforeAll(async () => {
  await relogin();
}, 180_000);

const post = (s: Session, url: string, payload: unknown) =>
  call(t.app, s, 'POST', url, { payload });
const get = (s: Session, url: string) => call(t.app, s, 'GET', url);
const request = {
  typeCode: 'request',
  title: '路灯不亮',
  description: '村东头路灯坏了三天。',
  fields: {},
};

interface Me {
  person: { id: string; householdId: string };
  ownHousehold: { responsibleChain: { links: { level: number; personId: string }[] } };
}

describe('privacy: only the owner chain and reviewers', () => {
  it('hides another resident’s case, its requester and a dispute’s parties from members and villagers outside the chain', async () => {
    const me = (await get(villager, '/api/v1/me/households')).json() as Me;
    const memberPersonId = me.ownHousehold.responsibleChain.links[0]?.personId;
    const people = (await get(cadre, '/api/v1/persons?pageSize=100')).json().items as {
      id: string;
      householdId: string | null;
    }[];
    const neighbour = people.find(
      (p) =>
        p.id !== me.person.id &&
        p.id !== memberPersonId &&
        p.householdId &&
        p.householdId !== me.person.householdId,
    );
    if (!neighbour) throw new Error('a second household in the model village');
    const service = await post(cadre, '/api/v1/cases', {
      typeCode: 'svc-01',
      title: '开具户籍证明',
      description: '外出务工需要户籍证明',
      channel: 'walk_in',
      requesterPersonId: neighbour.id,
      fields: {},
    });
    expect(service.statusCode).toBe(201);
    const dispute = await post(cadre, '/api/v1/cases', {
      typeCode: 'dispute',
      title: '宅基地边界',
      description: '与邻居宅基地边界不清',
      channel: 'visit',
      requesterPersonId: neighbour.id,
      fields: { disputeType: '宅基地' },
      parties: [
        { name: '赵甲', role: 'applicant' },
        { name: '钱乙', role: 'respondent' },
      ],
    });
    expect(dispute.statusCode).toBe(201);
    const ids = [service.json().id as string, dispute.json().id as string];
    for (const c of [service.json(), dispute.json()]) expect(c.owner.id).not.toBe(memberPersonId);

    // a party member of the same village outside the chain, and another villager: not found
    for (const s of [member, villager]) {
      for (const id of ids) expect((await get(s, `/api/v1/cases/${id}`)).statusCode).toBe(404);
      for (const view of ['mine', 'waiting', 'scope']) {
        const listed = (await get(s, `/api/v1/cases?view=${view}&pageSize=200`)).json().items as {
          id: string;
        }[];
        expect(listed.filter((i) => ids.includes(i.id))).toEqual([]);
      }
      expect(
        (await post(s, `/api/v1/cases/${ids[1]}/actions`, { type: 'note', note: '看看' }))
          .statusCode,
      ).toBe(404);
    }
    // reviewers see who asked and the dispute's parties; lists carry neither
    const seen = (await get(county, `/api/v1/cases/${ids[1]}`)).json();
    expect(seen.requester.personId).toBe(neighbour.id);
    expect(seen.details.parties.map((p: { name: string }) => p.name)).toEqual(['赵甲', '钱乙']);
    const list = JSON.stringify((await get(cadre, '/api/v1/cases?view=scope&pageSize=200')).json());
    expect(list).not.toContain('赵甲');
    expect(list).not.toContain(neighbour.id);
  });
});

describe('statistics', () => {
  it('break down by region, category, level and current owner, adding up to the total; reviewers only', async () => {
    await post(villager, '/api/v1/cases', request);
    const stats = (await get(county, '/api/v1/case-stats')).json();
    const sum = (rows: { total: number }[]) => rows.reduce((n, r) => n + r.total, 0);
    for (const key of ['byRegion', 'byCategory', 'byOwnerStep', 'byOwner'])
      expect(sum(stats[key]), key).toBe(stats.overall.total);
    const memberPersonId = ((await get(villager, '/api/v1/me/households')).json() as Me)
      .ownHousehold.responsibleChain.links[0]?.personId;
    const own = stats.byOwner.find((r: { owner: { id: string } }) => r.owner.id === memberPersonId);
    expect(own.owner).toMatchObject({ kind: 'person', step: 'L4' });
    expect(own.owner.name).toEqual(expect.any(String));
    expect(own.total).toBeGreaterThanOrEqual(1);
    expect(stats.byOwnerStep.map((r: { key: string }) => r.key)).toContain('L4');
    expect((await get(member, '/api/v1/case-stats')).statusCode).toBe(403);
  });
});

describe('overdue sweep', () => {
  it('never skips a case: one it cannot handle is set aside, every other due case climbs, across batches, and it is retried next run', async () => {
    const made = await Promise.all(
      [1, 2, 3].map((i) => post(villager, '/api/v1/cases', { ...request, title: `逾期 ${i}` })),
    );
    const ids = made.map((r) => r.json().id as string);
    const [broken, ...good] = ids as [string, ...string[]];
    // the type of one case is gone from the catalog (a poison case)
    await t.ctx().db.update(cases).set({ typeCode: 'gone-type' }).where(eq(cases.id, broken));
    t.clock.advanceMinutes(72 * 60 + 1);
    await relogin();
    const first = await sweepCases(t.ctx(), 1);
    expect(first.failed.map((f) => f.id)).toEqual([broken]);
    expect(first.failed[0]?.error).toMatch(/gone-type/);
    const rows = await t
      .ctx()
      .db.select({ id: cases.id, escalations: cases.escalations, ownerStep: cases.ownerStep })
      .from(cases)
      .where(inArray(cases.id, ids));
    for (const id of good) expect(rows.find((r) => r.id === id)).toMatchObject({ escalations: 1 });
    expect(rows.find((r) => r.id === broken)).toMatchObject({ escalations: 0, ownerStep: 'L4' });
    // repaired, the next run picks it up; the others are not due again yet
    await t.ctx().db.update(cases).set({ typeCode: 'request' }).where(eq(cases.id, broken));
    const second = await sweepCases(t.ctx(), 1);
    expect(second.failed).toEqual([]);
    const [after] = await t
      .ctx()
      .db.select({ escalations: cases.escalations })
      .from(cases)
      .where(eq(cases.id, broken));
    expect(after?.escalations).toBe(1);
    const again = await t
      .ctx()
      .db.select({ escalations: cases.escalations })
      .from(cases)
      .where(inArray(cases.id, good));
    expect(again.every((r) => r.escalations === 1)).toBe(true);
  });
});
