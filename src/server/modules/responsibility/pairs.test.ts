import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { contactPairs } from '../../db/schema/index.ts';
import { directoryApp } from '../../testing/directoryFixtures.ts';
import { call, login, type Session, type TestApp } from '../../testing/testApp.ts';

let t: TestApp, county: Session;
beforeAll(async () => ([t, county] = await directoryApp('county')));
afterAll(() => t.close());

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
