import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  evaluations,
  households,
  persons,
  responsibilityEdges,
} from '../../db/schema/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

// 居民手机首页 on the demo county: a villager sees their own household, a party member their 联户
// households; stars, waiting requests and open notices come from the records.

const t = useTestApp({}, { directory: true }, 180_000);
let villager: Session;
let member: Session;
let county: Session;

type Home = {
  person: { name: string } | null;
  households: {
    id: string;
    relation: 'own' | 'contact';
    headName: string;
    regionCode: string;
    stars: { level: number; evaluationId: string } | null;
  }[];
  contacts: { id: string; name: string }[];
  cases: { open: number; toConfirm: number; items: { id: string; title: string }[] } | null;
  notices: { roundId: string; villageCode: string; subjects: number; endsAt: string }[];
};
const homeOf = async (s: Session, query = '') => {
  const res = await call(t.app, s, 'GET', `/api/v1/me/home${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Home;
};
const personOf = async (username: string) => {
  const [row] = await t
    .ctx()
    .db.select({ id: persons.id, householdId: persons.householdId })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .where(eq(accounts.username, username));
  return row!;
};
const contactHouseholds = async (personId: string) =>
  (
    await t
      .ctx()
      .db.select({ id: responsibilityEdges.targetId })
      .from(responsibilityEdges)
      .where(and(eq(responsibilityEdges.level, 4), eq(responsibilityEdges.responsibleId, personId)))
  ).map((r) => r.id);

beforeAll(async () => {
  [villager, member, county] = (await Promise.all(
    ['villager', 'member', 'county'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session];
}, 180_000);

describe('GET /api/v1/me/home', () => {
  it('shows a villager their own household only, with the party members who answer for it', async () => {
    const me = await personOf('villager');
    const home = await homeOf(villager);
    expect(home.person).not.toBeNull();
    expect(home.households.map((h) => [h.id, h.relation])).toEqual([[me.householdId, 'own']]);
    const answering = await t
      .ctx()
      .db.select({ id: responsibilityEdges.responsibleId })
      .from(responsibilityEdges)
      .where(
        and(
          eq(responsibilityEdges.level, 4),
          eq(responsibilityEdges.targetId, String(me.householdId)),
        ),
      );
    expect(answering.length).toBeGreaterThan(0);
    expect(home.contacts.map((c) => c.id).sort()).toEqual(answering.map((a) => a.id).sort());
  });

  it('shows a party member their 联户 households with each one’s latest award from the evaluation records', async () => {
    const me = await personOf('member');
    const contacts = await contactHouseholds(me.id);
    expect(contacts.length).toBeGreaterThan(0);
    const home = await homeOf(member);
    const listed = home.households.filter((h) => h.relation === 'contact').map((h) => h.id);
    expect(listed.sort()).toEqual(contacts.filter((id) => id !== me.householdId).sort());
    const awarded = await t
      .ctx()
      .db.select({ id: evaluations.id, subjectId: evaluations.subjectId, level: evaluations.level })
      .from(evaluations)
      .where(and(inArray(evaluations.subjectId, contacts), eq(evaluations.stage, 'awarded')))
      .orderBy(desc(evaluations.awardedAt));
    expect(awarded.length).toBeGreaterThan(0);
    for (const h of home.households.filter((x) => x.relation === 'contact')) {
      const latest = awarded.find((a) => a.subjectId === h.id);
      expect(h.stars && { id: h.stars.evaluationId, level: h.stars.level }, h.headName).toEqual(
        latest ? { id: latest.id, level: latest.level } : null,
      );
    }
  });

  it('lists the caller’s own requests still waiting, not another resident’s', async () => {
    const before = (await homeOf(villager)).cases;
    // the demo's requests were filed at the test clock's start: this one comes a minute later
    t.clock.advanceMinutes(1);
    const created = await call(t.app, villager, 'POST', '/api/v1/cases', {
      payload: {
        typeCode: 'request',
        title: '村口路灯不亮',
        description: '村口路灯坏了三天，请尽快修。',
        fields: {},
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const after = (await homeOf(villager)).cases;
    expect(after?.open).toBe(Number(before?.open) + 1);
    expect(after?.items[0]?.title).toBe('村口路灯不亮');
    expect((await homeOf(member)).cases?.items.map((c) => c.title)).not.toContain('村口路灯不亮');
  });

  it('lists the 公示 under way in the villages of the caller’s households, and not after it ends', async () => {
    const me = await personOf('villager');
    const [own] = await t
      .ctx()
      .db.select({ regionCode: households.regionCode })
      .from(households)
      .where(eq(households.id, String(me.householdId)));
    // An awarded household of the village goes back to its notice window (as a re-decision would).
    const [other] = await t
      .ctx()
      .db.select({ id: evaluations.id, roundId: evaluations.roundId })
      .from(evaluations)
      .where(
        and(
          eq(evaluations.regionCode, String(own?.regionCode)),
          eq(evaluations.stage, 'awarded'),
          ne(evaluations.subjectId, String(me.householdId)),
        ),
      )
      .limit(1);
    const now = t.clock.now();
    const ends = new Date(now.getTime() + 3 * 86_400_000);
    await t
      .ctx()
      .db.update(evaluations)
      .set({ stage: 'notice', noticeStartsAt: now, noticeEndsAt: ends })
      .where(eq(evaluations.id, String(other?.id)));
    const notices = (await homeOf(villager)).notices;
    expect(notices).toContainEqual(
      expect.objectContaining({
        roundId: other?.roundId,
        villageCode: own?.regionCode,
        endsAt: ends.toISOString(),
      }),
    );
    t.clock.advanceMinutes(4 * 24 * 60);
    const later = await login(t.app, 'villager');
    expect((await homeOf(later)).notices.map((n) => n.roundId)).not.toContain(other?.roundId);
    villager = later;
    member = await login(t.app, 'member');
    county = await login(t.app, 'county');
  });

  it('narrows to one household of the caller’s; any other household is not found, bad input is a 400', async () => {
    const mine = await personOf('villager');
    const theirs = await personOf('member');
    const contacts = (await contactHouseholds(theirs.id)).filter((id) => id !== mine.householdId);
    const one = await homeOf(member, `?household=${contacts[0]}`);
    expect(one.households.map((h) => h.id)).toEqual([contacts[0]]);
    // a 联户 household of the member is not the villager's
    const notVillagers = await call(
      t.app,
      villager,
      'GET',
      `/api/v1/me/home?household=${contacts[0]}`,
    );
    expect(notVillagers.statusCode).toBe(404);
    // a household of the village the member does not answer for
    const [stranger] = await t
      .ctx()
      .db.select({ id: households.id })
      .from(households)
      .where(
        and(
          ne(households.id, String(theirs.householdId)),
          ...[...contacts, String(mine.householdId)].map((id) => ne(households.id, id)),
        ),
      )
      .limit(1);
    const notMembers = await call(
      t.app,
      member,
      'GET',
      `/api/v1/me/home?household=${stranger?.id}`,
    );
    expect(notMembers.statusCode).toBe(404);
    // the county admin has no household of their own: every household is not found
    expect(
      (await call(t.app, county, 'GET', `/api/v1/me/home?household=${contacts[0]}`)).statusCode,
    ).toBe(404);
    expect(await homeOf(county)).toMatchObject({ person: null, households: [], cases: null });
    for (const [query, field] of [
      ['?household=12', 'query.household'],
      ['?region=410599000000', 'region'],
    ] as const) {
      const res = await call(t.app, member, 'GET', `/api/v1/me/home${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.body).toContain(field);
    }
  });
});
