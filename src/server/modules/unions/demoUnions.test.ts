import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { positions } from '../../db/schema/index.ts';
import { call, login } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

// The small demo county's unions (seed/seedUnions.ts): the planner's proposal for the demo
// township, each union live with its org and secretary, and the `union` account on the first.
const t = useTestApp({}, { directory: true }, 180_000);

describe('demo unions', () => {
  it('gives the demo township its planned unions, each with org and secretary', async () => {
    const county = await login(t.app, 'county');
    const { items } = (await call(t.app, county, 'GET', '/api/v1/unions')).json();
    expect(items.length).toBeGreaterThan(0);
    const township = (await call(t.app, await login(t.app, 'township'), 'GET', '/api/v1/auth/me'))
      .json()
      .roles[0].scope.slice(0, 9);
    for (const union of items) {
      expect(union.regionCode.slice(0, 9)).toBe(township);
      expect(union.members.length).toBeGreaterThanOrEqual(2);
      expect(union.org?.name).toMatch(/(联合党委|联村党支部)$/);
      expect(union.secretary).not.toBeNull();
    }
    // A realistic committee: one 书记 from the lead village, at most one 委员 from each other
    // member village (its own secretary), nobody twice.
    let committees = 0;
    for (const union of items) {
      const detail = (await call(t.app, county, 'GET', `/api/v1/unions/${union.id}`)).json() as {
        lead: string;
        members: string[];
        secretary: { id: string; regionCode: string };
        committee: { id: string; regionCode: string }[];
      };
      expect(detail.secretary.regionCode, union.name).toBe(detail.lead);
      const villages = detail.committee.map((m) => m.regionCode);
      expect(new Set(villages).size, union.name).toBe(villages.length);
      expect(villages.every((v) => v !== detail.lead && detail.members.includes(v))).toBe(true);
      expect(detail.committee.map((m) => m.id)).not.toContain(detail.secretary.id);
      committees += detail.committee.length;
    }
    expect(committees).toBeGreaterThan(0);
    // The directory holds exactly one open 书记 position on each union's org.
    const orgIds = items.map((u: { org: { id: string } }) => u.org.id);
    const held = await t.deps.database.db
      .select({ orgId: positions.orgId, n: count() })
      .from(positions)
      .where(
        and(
          inArray(positions.orgId, orgIds),
          eq(positions.code, 'secretary'),
          isNull(positions.endDate),
        ),
      )
      .groupBy(positions.orgId);
    expect(held.map((h) => h.n)).toEqual(orgIds.map(() => 1));

    const cadre = await login(t.app, 'union');
    const mine = (await call(t.app, cadre, 'GET', '/api/v1/unions')).json().items;
    expect(mine).toHaveLength(1);
    const first = items.find((u: { id: string }) => u.id === mine[0].id);
    expect(mine[0]).toEqual(first);
    const others = items.filter((u: { id: string }) => u.id !== first.id);
    for (const other of others)
      expect((await call(t.app, cadre, 'GET', `/api/v1/unions/${other.id}`)).statusCode).toBe(404);
  });
});
