import { insertHouseholdOfOne } from './directoryFixtures.ts';
import { rootCtx, sessionWithRole, V1, V2 } from './fixtureCounty.ts';
import type { Session, TestApp } from './testApp.ts';

/**
 * The households the economy's tests work with on the hand-written county: 甲户, 乙户 and 丙户 in
 * V1 and 外村户 in V2, each a household of one (their ids); and 甲户's head signed in as the
 * villager `jiahu`, made by the county (an account is tied to its person by the directory).
 */
export async function economyHouseholds(t: TestApp, county: Session) {
  const ctx = rootCtx(t);
  const [a, b, c, stranger] = await Promise.all([
    insertHouseholdOfOne(ctx, V1, '甲户'),
    insertHouseholdOfOne(ctx, V1, '乙户'),
    insertHouseholdOfOne(ctx, V1, '丙户'),
    insertHouseholdOfOne(ctx, V2, '外村户'),
  ]);
  const jiahu = await sessionWithRole(t, county, {
    username: 'jiahu',
    password: 'Jiahu#2026pw',
    role: 'villager',
    scope: V1,
    personId: a.personId,
  });
  return {
    household: {
      a: a.householdId,
      b: b.householdId,
      c: c.householdId,
      stranger: stranger.householdId,
    },
    jiahu,
  };
}
