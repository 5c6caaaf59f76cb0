import { describe, expect, it } from 'vitest';
import { count, eq, ne } from 'drizzle-orm';
import { contactPairs, households, memberships, persons } from '../../db/schema/index.ts';
import { useDirectoryApp } from '../../testing/directoryFixtures.ts';
import { useLogins } from '../../testing/appKit.ts';
import { call, login, type Session } from '../../testing/testApp.ts';

const t = useDirectoryApp();
const { county } = useLogins(t, 'county');

interface PairPage {
  items: {
    regionCode: string;
    unitName: string | null;
    unitMemberName: string | null;
    ruralMemberName: string | null;
    households: { headName: string | null }[];
  }[];
  total: number;
}

describe('1+1+N pairs list', () => {
  it('lists the pairs of a village with names, and answers 404 for a village outside the caller’s scope', async () => {
    const [pair] = await t.deps.database.db
      .select()
      .from(contactPairs)
      .orderBy(contactPairs.id)
      .limit(1);
    if (!pair) throw new Error('the demo county has no 1+1+N pair');
    const [stored] = await t.deps.database.db
      .select({ n: count() })
      .from(contactPairs)
      .where(eq(contactPairs.regionCode, pair.regionCode));
    const page = (
      await call(
        t.app,
        county,
        'GET',
        `/api/v1/responsibility/pairs?region=${pair.regionCode}&pageSize=100`,
      )
    ).json() as PairPage;
    expect(page.total).toBe(stored?.n);
    for (const item of page.items) {
      expect(item.regionCode).toBe(pair.regionCode);
      expect(item.unitName && item.unitMemberName && item.ruralMemberName).toBeTruthy();
      expect(item.households.length).toBeGreaterThan(0);
      expect(item.households.every((h) => h.headName !== null)).toBe(true);
    }
    const cadre = await login(t.app, 'village1');
    const mine = (
      await call(t.app, cadre, 'GET', '/api/v1/responsibility/pairs?pageSize=100')
    ).json() as PairPage;
    const scope = (
      (await call(t.app, cadre, 'GET', '/api/v1/auth/me')).json() as { roles: { scope: string }[] }
    ).roles[0]?.scope;
    expect(mine.items.every((i) => i.regionCode === scope)).toBe(true);
    if (pair.regionCode !== scope)
      expect(
        (await call(t.app, cadre, 'GET', `/api/v1/responsibility/pairs?region=${pair.regionCode}`))
          .statusCode,
      ).toBe(404);
    expect(
      (await call(t.app, cadre, 'GET', '/api/v1/responsibility/pairs?region=123')).statusCode,
    ).toBe(400);
  });
});

describe('1+1+N pairs entered by hand', () => {
  it('adds a pair under the import’s rules; bad input is 400, a repeat 409, another scope 404, and nothing else is written', async () => {
    const db = t.deps.database.db;
    const [pair] = await db.select().from(contactPairs).orderBy(contactPairs.id).limit(1);
    if (!pair) throw new Error('the demo county has no 1+1+N pair');
    const village = pair.regionCode;
    // another party member of the village, not yet paired with the same unit member
    const paired = new Set(
      (
        await db
          .select({ id: contactPairs.ruralMemberId })
          .from(contactPairs)
          .where(eq(contactPairs.unitMemberId, pair.unitMemberId))
      ).map((p) => p.id),
    );
    const [rural] = (
      await db
        .select({ id: persons.id })
        .from(persons)
        .innerJoin(memberships, eq(memberships.personId, persons.id))
        .where(eq(persons.regionCode, village))
    ).filter((p) => !paired.has(p.id));
    const [home] = await db
      .select({ id: households.id })
      .from(households)
      .where(eq(households.regionCode, village))
      .limit(1);
    const [elsewhere] = await db
      .select({ id: households.id })
      .from(households)
      .where(ne(households.regionCode, village))
      .limit(1);
    if (!rural || !home || !elsewhere) throw new Error('demo data');
    const body = {
      regionCode: village,
      unitId: pair.unitId,
      unitMemberId: pair.unitMemberId,
      ruralMemberId: rural.id,
      householdIds: [home.id],
    };
    const post = (s: Session, payload: unknown) =>
      call(t.app, s, 'POST', '/api/v1/responsibility/pairs', { payload });
    const total = async () => (await db.select({ n: count() }).from(contactPairs))[0]?.n;
    const before = await total();
    for (const [bad, path] of [
      [{ unitMemberId: rural.id }, 'body.unitMemberId'],
      [{ ruralMemberId: pair.unitMemberId }, 'body.ruralMemberId'],
      [{ householdIds: [home.id, elsewhere.id] }, 'body.householdIds.1'],
      [{ householdIds: [home.id, home.id] }, 'body.householdIds'],
      [{ regionCode: village.slice(0, 9) + '000' }, 'body.regionCode'],
    ] as const) {
      const res = await post(county, { ...body, ...bad });
      expect(res.statusCode, path).toBe(400);
      expect(JSON.stringify(res.json()), path).toContain(path);
    }
    expect((await post(county, { ...body, householdIds: [] })).statusCode).toBe(400);
    const other = await login(t.app, 'village2');
    const scope = (
      (await call(t.app, other, 'GET', '/api/v1/auth/me')).json() as {
        roles: { scope: string }[];
      }
    ).roles[0]?.scope;
    if (scope !== village) expect((await post(other, body)).statusCode).toBe(404);
    expect(await total()).toBe(before);

    const created = await post(county, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      regionCode: village,
      unitId: pair.unitId,
      ruralMemberId: rural.id,
      households: [{ id: home.id, headName: expect.any(String) }],
    });
    expect((await post(county, body)).statusCode).toBe(409);
    expect(await total()).toBe((before ?? 0) + 1);
  });
});
