import { count, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  activities,
  auditEvents,
  contactPairs,
  households,
  pairings,
  regions,
  units,
} from '../../db/schema/index.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { metricSnapshot } from '../evaluation/metricRegistry.ts';
import './metrics.ts';
import { insertAccount } from '../accounts/insertAccount.ts';
import { hashPassword } from '../auth/passwords.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../../testing/testApp.ts';

// The test clock stands at 2026-11-22 (a Sunday, Asia/Shanghai): week 2026-W47 runs 16–22 November.
let t: TestApp;
let county: Session;
let staff: Session;
let pairingId = '';
let village = '';
let leaderId = '';
let visited = '';
let foreignHousehold = '';

const PASSWORD = 'Unit#Staff2026';

async function unitStaffAccount(username: string, unitId: string, personId: string | null) {
  const id = await insertAccount(
    t.deps.database.db,
    t.deps.cipher,
    {
      username,
      displayName: '结对单位 干部',
      passwordHash: await hashPassword(PASSWORD),
      roles: [
        { role: 'unit_staff', scope: `unit:${unitId}`, regionCode: village.slice(0, 6) + '000000' },
      ],
    },
    t.clock.now(),
  );
  if (personId)
    await t.deps.database.db.update(accounts).set({ personId }).where(eq(accounts.id, id));
}

const activityCount = async () =>
  (await t.deps.database.db.select({ n: count() }).from(activities))[0]?.n ?? 0;

beforeAll(async () => {
  t = await createTestApp({}, { directory: true });
  const db = t.deps.database.db;
  const [pair] = await db.select().from(contactPairs).orderBy(contactPairs.id).limit(1);
  if (!pair) throw new Error('the demo county has no 1+1+N pair');
  village = pair.regionCode;
  leaderId = pair.unitMemberId;
  visited = pair.householdIds[0] ?? '';
  const [other] = await db
    .select({ id: households.id })
    .from(households)
    .where(ne(households.regionCode, village))
    .limit(1);
  foreignHousehold = other?.id ?? '';
  // A unit of its own (the demo county pairs the pair's unit already): its staff see only this pairing.
  const unitId = uuidv7(t.clock.now().getTime());
  await db.insert(units).values({
    id: unitId,
    regionCode: village.slice(0, 6) + '000000',
    countyCode: village.slice(0, 6),
    name: '测试结对单位',
    kind: 'agency',
    capabilities: [],
    createdAt: t.clock.now(),
    updatedAt: t.clock.now(),
  });
  pairingId = uuidv7(t.clock.now().getTime());
  await db.insert(pairings).values({
    id: pairingId,
    regionCode: village,
    countyCode: village.slice(0, 6),
    unitId,
    villageCode: village,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    leaderPersonId: leaderId,
    createdAt: t.clock.now(),
  });
  await unitStaffAccount('unit-staff', unitId, leaderId);
  await unitStaffAccount('other-unit-staff', uuidv7(1), null);
  county = await login(t.app, 'county');
  staff = await login(t.app, 'unit-staff', PASSWORD);
}, 120_000);
afterAll(() => t.close());

const visit = (over: Record<string, unknown> = {}) => ({
  subjectKind: 'pairing',
  subjectId: pairingId,
  activityType: 'visit',
  occurredOn: '2026-11-20',
  title: '入户走访，了解用水困难',
  participantIds: [leaderId],
  householdIds: [visited],
  ...over,
});

interface Period {
  ruleCode: string;
  periodKey: string;
  done: number;
  status: string;
}

describe('activities and compliance', () => {
  it('records a household visit once and counts it for 五个一, the 1+1+N contact and the household’s history', async () => {
    const res = await call(t.app, staff, 'POST', '/api/v1/activities', { payload: visit() });
    expect(res.statusCode, res.body).toBe(201);
    const recorded = res.json() as {
      id: string;
      households: { id: string }[];
      participants: { id: string }[];
    };
    expect(recorded.households.map((h) => h.id)).toEqual([visited]);
    expect(recorded.participants.map((p) => p.id)).toEqual([leaderId]);

    const year = (
      await call(t.app, staff, 'GET', `/api/v1/obligations/subjects/pairing/${pairingId}`)
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
      await call(t.app, county, 'GET', `/api/v1/activities?household=${visited}`)
    ).json() as { items: { id: string }[]; total: number };
    // The newest first: the demo's year of visits to the same household comes after it.
    expect(history.items[0]?.id).toBe(recorded.id);

    const contacts = (
      await call(
        t.app,
        county,
        'GET',
        `/api/v1/responsibility/pairs?region=${village}&pageSize=100`,
      )
    ).json() as { items: { households: { id: string; lastVisitOn: string | null }[] }[] };
    const contact = contacts.items.flatMap((i) => i.households).find((h) => h.id === visited);
    expect(contact?.lastVisitOn).toBe('2026-11-20');

    const mine = (await call(t.app, staff, 'GET', '/api/v1/obligations/mine')).json() as {
      subjects: { id: string; current: Period[]; missedThisYear: number }[];
    };
    expect(mine.subjects.map((s) => s.id)).toEqual([pairingId]);
    expect(mine.subjects[0]?.current.find((p) => p.ruleCode === 'fiveOnes.visit')).toMatchObject({
      periodKey: '2026-W47',
      status: 'met',
    });
    expect(mine.subjects[0]?.missedThisYear).toBeGreaterThan(0);
  });

  it('shows the county board with the pairing as a laggard, each missed period named, and drills down', async () => {
    const board = (await call(t.app, county, 'GET', '/api/v1/obligations/board')).json() as {
      totals: { subjects: number; due: number; met: number; laggards: number };
      children: { code: string; subjects: number; due: number }[];
      laggards: {
        id: string;
        missed: { ruleCode: string; periodKey: string; done: number; required: number }[];
      }[];
    };
    const [stored] = await t.deps.database.db.select({ n: count() }).from(pairings);
    expect(board.totals.subjects).toBe(stored?.n);
    expect(board.children.reduce((n, c) => n + c.due, 0)).toBe(board.totals.due);
    expect(board.children.reduce((n, c) => n + c.subjects, 0)).toBe(board.totals.subjects);
    // The demo's own pairings: exactly the planted misses (the seed's audit entry counts them).
    const [seeded] = await t.deps.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'system.seed_demo_obligations'));
    const planted = (seeded?.detail as { plantedPairingMisses: number }).plantedPairingMisses;
    expect(planted).toBeGreaterThan(0);
    const demoLaggards = board.laggards.filter((l) => l.id !== pairingId);
    expect(demoLaggards.reduce((n, l) => n + l.missed.length, 0)).toBe(planted);
    expect(board.totals.laggards).toBe(demoLaggards.length + 1);
    const laggard = board.laggards.find((l) => l.id === pairingId);
    expect(laggard?.missed).toContainEqual(
      expect.objectContaining({
        ruleCode: 'fiveOnes.labourDay',
        periodKey: '2026-01',
        done: 0,
        required: 1,
      }),
    );
    expect(laggard?.missed.some((m) => m.periodKey === '2026-W47')).toBe(false);
    const township = board.children.find((c) => village.startsWith(c.code.slice(0, 9)))?.code;
    const down = (
      await call(t.app, county, 'GET', `/api/v1/obligations/board?region=${township}`)
    ).json() as {
      totals: { subjects: number };
      children: { code: string; subjects: number }[];
      laggards: { id: string }[];
    };
    expect(down.totals.subjects).toBe(board.children.find((c) => c.code === township)?.subjects);
    expect(down.children.map((c) => c.code)).toContain(village);
    expect(down.laggards.map((l) => l.id)).toContain(pairingId);
  });

  it('computes the board in SQL exactly as the domain computes each subject, for pairings and villages', async () => {
    for (const kind of ['pairing', 'village'] as const) {
      const board = (
        await call(t.app, county, 'GET', `/api/v1/obligations/board?subjectKind=${kind}`)
      ).json() as {
        totals: { subjects: number; due: number; met: number };
        laggards: { id: string; missed: { ruleCode: string; periodKey: string; done: number }[] }[];
        rules: { code: string; due: number; met: number }[];
      };
      const ids =
        kind === 'pairing'
          ? (await t.deps.database.db.select({ id: pairings.id }).from(pairings)).map((p) => p.id)
          : (
              await t.deps.database.db
                .select({ id: regions.code })
                .from(regions)
                .where(eq(regions.level, 'village'))
            ).map((r) => r.id);
      let due = 0;
      let met = 0;
      const missed: string[] = [];
      const perRule = new Map<string, { due: number; met: number }>();
      for (const id of ids) {
        const detail = (
          await call(t.app, county, 'GET', `/api/v1/obligations/subjects/${kind}/${id}`)
        ).json() as { periods: (Period & { required: number })[] };
        for (const p of detail.periods) {
          if (p.status === 'open') continue;
          const rule = perRule.get(p.ruleCode) ?? { due: 0, met: 0 };
          rule.due += 1;
          due += 1;
          if (p.status === 'met') {
            rule.met += 1;
            met += 1;
          } else missed.push(`${id}|${p.ruleCode}|${p.periodKey}|${p.done}`);
          perRule.set(p.ruleCode, rule);
        }
      }
      expect(board.totals, kind).toMatchObject({ subjects: ids.length, due, met });
      expect(
        board.laggards
          .flatMap((l) => l.missed.map((m) => `${l.id}|${m.ruleCode}|${m.periodKey}|${m.done}`))
          .sort(),
      ).toEqual(missed.sort());
      for (const r of board.rules)
        expect({ code: r.code, due: r.due, met: r.met }).toEqual({
          code: r.code,
          ...(perRule.get(r.code) ?? { due: 0, met: 0 }),
        });
    }
  });

  it('gives star rules the village’s compliance rate as the obligationCompliance metric, with its source', async () => {
    const scheme = {
      stars: [
        {
          criteria: [
            {
              kind: 'metric' as const,
              id: 'c1',
              label: '履职',
              metric: 'obligationCompliance',
              comparison: 'gte' as const,
              threshold: 90,
            },
          ],
        },
      ],
    } as unknown as Parameters<typeof metricSnapshot>[1];
    const [snapshot] = await metricSnapshot(
      t.ctx(),
      scheme,
      { id: 'village', subjectType: 'village', regionCode: village },
      null,
      new Map(),
    );
    let due = 0;
    let met = 0;
    for (const kind of ['pairing', 'village']) {
      const board = (
        await call(
          t.app,
          county,
          'GET',
          `/api/v1/obligations/board?region=${village}&subjectKind=${kind}`,
        )
      ).json() as { totals: { due: number; met: number } };
      due += board.totals.due;
      met += board.totals.met;
    }
    expect(due).toBeGreaterThan(0);
    expect(snapshot).toMatchObject({
      key: 'obligationCompliance',
      source: 'obligations',
      value: Math.round((1000 * met) / due) / 10,
    });
    expect(snapshot?.sources[0]?.label).toContain(`${met}/${due}`);
  });

  it('lets the county grant unit_staff on a unit, whose holder then sees exactly that unit’s pairings', async () => {
    const [pairing] = await t.deps.database.db
      .select({ id: pairings.id, unitId: pairings.unitId })
      .from(pairings)
      .where(ne(pairings.id, pairingId))
      .limit(1);
    const body = (role: string, scope: string, username: string) => ({
      payload: {
        username,
        displayName: '单位干部',
        password: PASSWORD,
        roles: [{ role, scope }],
      },
    });
    const scope = `unit:${pairing?.unitId}`;
    const made = await call(
      t.app,
      county,
      'POST',
      '/api/v1/accounts',
      body('unit_staff', scope, 'granted-staff'),
    );
    expect(made.statusCode, made.body).toBe(201);
    expect((made.json() as { roles: { scope: string }[] }).roles[0]?.scope).toBe(scope);
    const granted = await login(t.app, 'granted-staff', PASSWORD);
    const mine = (await call(t.app, granted, 'GET', '/api/v1/obligations/mine')).json() as {
      subjects: { id: string }[];
    };
    const ofUnit = await t.deps.database.db
      .select({ id: pairings.id })
      .from(pairings)
      .where(eq(pairings.unitId, pairing?.unitId ?? ''));
    expect(mine.subjects.map((m) => m.id).sort()).toEqual(ofUnit.map((p) => p.id).sort());
    // County units lie outside a township's scope: not found, as any row outside it.
    const township = await login(t.app, 'township');
    expect(
      (
        await call(
          t.app,
          township,
          'POST',
          '/api/v1/accounts',
          body('unit_staff', scope, 'no-grant'),
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, county, 'POST', '/api/v1/accounts', body('villager', scope, 'wrong-role')))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await call(
          t.app,
          county,
          'POST',
          '/api/v1/accounts',
          body('unit_staff', `unit:${uuidv7(3)}`, 'no-unit'),
        )
      ).statusCode,
    ).toBe(404);
  });

  it('answers bad input with a clear 400 and writes nothing', async () => {
    const before = await activityCount();
    const bad: [string, Record<string, unknown>][] = [
      ['future', { occurredOn: '2026-11-23' }],
      ['before the pairing', { occurredOn: '2025-12-31' }],
      ['household elsewhere', { householdIds: [foreignHousehold] }],
      ['village outside the pairing', { villageCode: '410599201201' }],
      ['households on a labour day', { activityType: 'labourDay' }],
      ['unknown type', { activityType: 'selfie' }],
      ['not a date', { occurredOn: '2026-02-30' }],
      ['stranger', { participantIds: [uuidv7(2)] }],
      ['empty title', { title: ' ' }],
    ];
    for (const [what, over] of bad) {
      const res = await call(t.app, staff, 'POST', '/api/v1/activities', { payload: visit(over) });
      expect(res.statusCode, `${what}: ${res.body}`).toBe(400);
    }
    expect(await activityCount()).toBe(before);
  });

  it('keeps pairings to their unit and their villages: others get 404, nothing written', async () => {
    const before = await activityCount();
    const other = await login(t.app, 'other-unit-staff', PASSWORD);
    const villager = await login(t.app, 'villager');
    for (const s of [other, villager]) {
      expect(
        (await call(t.app, s, 'POST', '/api/v1/activities', { payload: visit() })).statusCode,
      ).toBe(404);
      expect(
        (await call(t.app, s, 'GET', `/api/v1/obligations/subjects/pairing/${pairingId}`))
          .statusCode,
      ).toBe(404);
    }
    // A cadre of another village: the pairing is not theirs to see or record for.
    const [recorded] = await t.deps.database.db
      .select({ id: activities.id })
      .from(activities)
      .where(eq(activities.regionCode, village))
      .limit(1);
    for (const username of ['village1', 'village2']) {
      const cadre = await login(t.app, username);
      const scope = (
        (await call(t.app, cadre, 'GET', '/api/v1/auth/me')).json() as {
          roles: { scope: string }[];
        }
      ).roles[0]?.scope;
      const want = scope === village ? [201, 200] : [404, 404];
      const wrote = await call(t.app, cadre, 'POST', '/api/v1/activities', {
        payload: visit({ participantIds: [], title: `${username} 记录` }),
      });
      const read = await call(t.app, cadre, 'GET', `/api/v1/activities/${recorded?.id}`);
      expect([wrote.statusCode, read.statusCode], username).toEqual(want);
      if (wrote.statusCode === 201)
        await t.deps.database.db
          .delete(activities)
          .where(eq(activities.id, (wrote.json() as { id: string }).id));
    }
    expect((await call(t.app, other, 'GET', '/api/v1/obligations/mine')).json()).toMatchObject({
      subjects: [],
    });
    expect(await activityCount()).toBe(before);
  });

  it('lets the county edit its rules as data; a zero count or reversed dates answer 400', async () => {
    const presets = (await call(t.app, county, 'GET', '/api/v1/obligations/rules')).json() as {
      items: { id: string | null; code: string }[];
    };
    expect(presets.items.every((r) => r.id === null)).toBe(true);
    const cadre = await login(t.app, 'village1');
    expect((await call(t.app, cadre, 'POST', '/api/v1/obligations/rules/presets')).statusCode).toBe(
      403,
    );
    const stored = (
      await call(t.app, county, 'POST', '/api/v1/obligations/rules/presets')
    ).json() as {
      items: { id: string; code: string }[];
    };
    const labour = stored.items.find((r) => r.code === 'fiveOnes.labourDay');
    const url = `/api/v1/obligations/rules/${labour?.id}`;
    expect((await call(t.app, county, 'PATCH', url, { payload: { atLeast: 0 } })).statusCode).toBe(
      400,
    );
    expect(
      (
        await call(t.app, county, 'PATCH', url, {
          payload: { startsOn: '2026-05-01', endsOn: '2026-04-01' },
        })
      ).statusCode,
    ).toBe(400);
    const edited = await call(t.app, county, 'PATCH', url, {
      payload: { atLeast: 2, startsOn: '2026-06-01' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const year = (
      await call(t.app, county, 'GET', `/api/v1/obligations/subjects/pairing/${pairingId}`)
    ).json() as { periods: (Period & { required: number })[] };
    const labourMonths = year.periods.filter((p) => p.ruleCode === 'fiveOnes.labourDay');
    expect(labourMonths[0]).toMatchObject({ periodKey: '2026-06', required: 2 });
  });
});
