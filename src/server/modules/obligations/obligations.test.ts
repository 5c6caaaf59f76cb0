import { eq, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, pairings } from '../../db/schema/index.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import {
  useObligationsFixture,
  STAFF_PASSWORD as PASSWORD,
  type Period,
} from '../../testing/obligationsKit.ts';
import { call, login, type Session } from '../../testing/testApp.ts';

const fx = useObligationsFixture();
const visit = (over: Record<string, unknown> = {}) => fx.visit(over);
const activityCount = () => fx.activityCount();

describe('activities', () => {
  it('records a household visit once and counts it for 五个一, the 1+1+N contact and the household’s history', async () => {
    const res = await call(fx.t.app, fx.staff, 'POST', '/api/v1/activities', { payload: visit() });
    expect(res.statusCode, res.body).toBe(201);
    const recorded = res.json() as {
      id: string;
      households: { id: string }[];
      participants: { id: string }[];
    };
    expect(recorded.households.map((h) => h.id)).toEqual([fx.visited]);
    expect(recorded.participants.map((p) => p.id)).toEqual([fx.leaderId]);

    const year = (
      await call(fx.t.app, fx.staff, 'GET', `/api/v1/obligations/subjects/pairing/${fx.pairingId}`)
    ).json() as { periods: Period[] };
    const week = year.periods.find(
      (p) => p.ruleCode === 'fiveOnes.visit' && p.periodKey === '2026-W47',
    );
    expect(week).toMatchObject({ done: 1, status: 'met' });
    const leader = year.periods.find(
      (p) => p.ruleCode === 'fiveOnes.leaderVisit' && p.periodKey === '2026-11',
    );
    expect(leader).toMatchObject({ done: 1, status: 'met' });
    expect(
      year.periods.find((p) => p.ruleCode === 'fiveOnes.labourDay' && p.periodKey === '2026-10'),
    ).toMatchObject({
      done: 0,
      status: 'short',
    });

    const history = (
      await call(fx.t.app, fx.county, 'GET', `/api/v1/activities?household=${fx.visited}`)
    ).json() as { items: { id: string }[]; total: number };
    // The newest first: the demo's year of visits to the same household comes after it.
    expect(history.items[0]?.id).toBe(recorded.id);

    const contacts = (
      await call(
        fx.t.app,
        fx.county,
        'GET',
        `/api/v1/responsibility/pairs?region=${fx.village}&pageSize=100`,
      )
    ).json() as { items: { households: { id: string; lastVisitOn: string | null }[] }[] };
    const contact = contacts.items.flatMap((i) => i.households).find((h) => h.id === fx.visited);
    expect(contact?.lastVisitOn).toBe('2026-11-20');

    const mine = (await call(fx.t.app, fx.staff, 'GET', '/api/v1/obligations/mine')).json() as {
      subjects: { id: string; current: Period[]; missedThisYear: number }[];
    };
    expect(mine.subjects.map((s) => s.id)).toEqual([fx.pairingId]);
    expect(mine.subjects[0]?.current.find((p) => p.ruleCode === 'fiveOnes.visit')).toMatchObject({
      periodKey: '2026-W47',
      status: 'met',
    });
    expect(mine.subjects[0]?.missedThisYear).toBeGreaterThan(0);
  });

  it('lets the county grant unit_staff on a unit, whose holder then sees exactly that unit’s pairings', async () => {
    const [pairing] = await fx.t.deps.database.db
      .select({ id: pairings.id, unitId: pairings.unitId })
      .from(pairings)
      .where(ne(pairings.id, fx.pairingId))
      .limit(1);
    /** `s` posts an account `username` holding `role` on `scope`. */
    const postAccount = (s: Session, role: string, scope: string, username: string) =>
      call(fx.t.app, s, 'POST', '/api/v1/accounts', {
        payload: {
          username,
          displayName: '单位干部',
          password: PASSWORD,
          roles: [{ role, scope }],
        },
      });
    const scope = `unit:${pairing?.unitId}`;
    const made = await postAccount(fx.county, 'unit_staff', scope, 'granted-staff');
    expect(made.statusCode, made.body).toBe(201);
    expect((made.json() as { roles: { scope: string }[] }).roles[0]?.scope).toBe(scope);
    const granted = await login(fx.t.app, 'granted-staff', PASSWORD);
    const mine = (await call(fx.t.app, granted, 'GET', '/api/v1/obligations/mine')).json() as {
      subjects: { id: string }[];
    };
    const ofUnit = await fx.t.deps.database.db
      .select({ id: pairings.id })
      .from(pairings)
      .where(eq(pairings.unitId, pairing?.unitId ?? ''));
    expect(mine.subjects.map((m) => m.id).sort()).toEqual(ofUnit.map((p) => p.id).sort());
    // County units lie outside a township's scope: not found, as any row outside it.
    const township = await login(fx.t.app, 'township');
    expect((await postAccount(township, 'unit_staff', scope, 'no-grant')).statusCode).toBe(404);
    expect((await postAccount(fx.county, 'villager', scope, 'wrong-role')).statusCode).toBe(400);
    expect(
      (await postAccount(fx.county, 'unit_staff', `unit:${uuidv7(3)}`, 'no-unit')).statusCode,
    ).toBe(404);
  });

  it('answers bad input with a clear 400 and writes nothing', async () => {
    const before = await activityCount();
    const bad: [string, Record<string, unknown>][] = [
      ['future', { occurredOn: '2026-11-23' }],
      ['before the pairing', { occurredOn: '2025-12-31' }],
      ['household elsewhere', { householdIds: [fx.foreignHousehold] }],
      ['village outside the pairing', { villageCode: '410599201201' }],
      ['households on a labour day', { activityType: 'labourDay' }],
      ['unknown type', { activityType: 'selfie' }],
      ['not a date', { occurredOn: '2026-02-30' }],
      ['stranger', { participantIds: [uuidv7(2)] }],
      ['empty title', { title: ' ' }],
    ];
    for (const [what, over] of bad) {
      const res = await call(fx.t.app, fx.staff, 'POST', '/api/v1/activities', {
        payload: visit(over),
      });
      expect(res.statusCode, `${what}: ${res.body}`).toBe(400);
    }
    expect(await activityCount()).toBe(before);
  });

  it('keeps pairings to their unit and their villages: others get 404, nothing written', async () => {
    const before = await activityCount();
    const other = await login(fx.t.app, 'other-unit-staff', PASSWORD);
    const villager = await login(fx.t.app, 'villager');
    for (const s of [other, villager]) {
      expect(
        (await call(fx.t.app, s, 'POST', '/api/v1/activities', { payload: visit() })).statusCode,
      ).toBe(404);
      expect(
        (await call(fx.t.app, s, 'GET', `/api/v1/obligations/subjects/pairing/${fx.pairingId}`))
          .statusCode,
      ).toBe(404);
    }
    // A cadre of another village: the pairing is not theirs to see or record for.
    const [recorded] = await fx.t.deps.database.db
      .select({ id: activities.id })
      .from(activities)
      .where(eq(activities.regionCode, fx.village))
      .limit(1);
    for (const username of ['village1', 'village2']) {
      const cadre = await login(fx.t.app, username);
      const scope = (
        (await call(fx.t.app, cadre, 'GET', '/api/v1/auth/me')).json() as {
          roles: { scope: string }[];
        }
      ).roles[0]?.scope;
      const want = scope === fx.village ? [201, 200] : [404, 404];
      const wrote = await call(fx.t.app, cadre, 'POST', '/api/v1/activities', {
        payload: visit({ participantIds: [], title: `${username} 记录` }),
      });
      const read = await call(fx.t.app, cadre, 'GET', `/api/v1/activities/${recorded?.id}`);
      expect([wrote.statusCode, read.statusCode], username).toEqual(want);
      if (wrote.statusCode === 201)
        await fx.t.deps.database.db
          .delete(activities)
          .where(eq(activities.id, (wrote.json() as { id: string }).id));
    }
    expect((await call(fx.t.app, other, 'GET', '/api/v1/obligations/mine')).json()).toMatchObject({
      subjects: [],
    });
    expect(await activityCount()).toBe(before);
  });

  it('lists a village cadre’s own village and its 小区 on 我的履职, not a township admin’s villages', async () => {
    const cadre = await login(fx.t.app, 'village1');
    const me = (await call(fx.t.app, cadre, 'GET', '/api/v1/auth/me')).json() as {
      roles: { scope: string }[];
    };
    const own = me.roles[0]?.scope ?? '';
    const mine = (await call(fx.t.app, cadre, 'GET', '/api/v1/obligations/mine')).json() as {
      subjects: {
        kind: string;
        id: string;
        villages: string[];
        mayRecord: boolean;
        current: { ruleCode: string }[];
      }[];
    };
    const villages = mine.subjects.filter((s) => s.kind === 'village');
    expect(villages.map((s) => [s.id, s.mayRecord])).toEqual([[own, true]]);
    expect(villages[0]?.current?.map((p) => p.ruleCode)).toContain('serviceCenter.monthlyTheme');
    for (const s of mine.subjects) expect(s.villages, `${s.kind} ${s.id}`).toContain(own);
    const township = await login(fx.t.app, 'township');
    const theirs = (await call(fx.t.app, township, 'GET', '/api/v1/obligations/mine')).json() as {
      subjects: { kind: string }[];
    };
    expect(theirs.subjects.filter((s) => s.kind !== 'pairing')).toEqual([]);
  });

  it('lets the county edit its rules as data; a zero count or reversed dates answer 400', async () => {
    const presets = (
      await call(fx.t.app, fx.county, 'GET', '/api/v1/obligations/rules')
    ).json() as {
      items: { id: string | null; code: string }[];
    };
    expect(presets.items.every((r) => r.id === null)).toBe(true);
    const cadre = await login(fx.t.app, 'village1');
    expect(
      (await call(fx.t.app, cadre, 'POST', '/api/v1/obligations/rules/presets')).statusCode,
    ).toBe(403);
    const stored = (
      await call(fx.t.app, fx.county, 'POST', '/api/v1/obligations/rules/presets')
    ).json() as {
      items: { id: string; code: string }[];
    };
    const labour = stored.items.find((r) => r.code === 'fiveOnes.labourDay');
    const url = `/api/v1/obligations/rules/${labour?.id}`;
    expect(
      (await call(fx.t.app, fx.county, 'PATCH', url, { payload: { atLeast: 0 } })).statusCode,
    ).toBe(400);
    expect(
      (
        await call(fx.t.app, fx.county, 'PATCH', url, {
          payload: { startsOn: '2026-05-01', endsOn: '2026-04-01' },
        })
      ).statusCode,
    ).toBe(400);
    const edited = await call(fx.t.app, fx.county, 'PATCH', url, {
      payload: { atLeast: 2, startsOn: '2026-06-01' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const year = (
      await call(fx.t.app, fx.county, 'GET', `/api/v1/obligations/subjects/pairing/${fx.pairingId}`)
    ).json() as { periods: (Period & { required: number })[] };
    const labourMonths = year.periods.filter((p) => p.ruleCode === 'fiveOnes.labourDay');
    expect(labourMonths[0]).toMatchObject({ periodKey: '2026-06', required: 2 });
  });
});
