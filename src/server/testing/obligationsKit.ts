import { count, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import {
  accounts,
  activities,
  contactPairs,
  households,
  pairings,
  units,
} from '../db/schema/index.ts';
import { insertAccount } from '../modules/accounts/insertAccount.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { createTestApp, login, type Session, type TestApp } from './testApp.ts';

// The obligations tests' county: the small demo county with a pairing of a unit of its own in the
// village of its first 1+1+N pair (the pair's unit member as 组长), that unit's staff account and
// a staff account of a unit with no pairing. The test clock stands at 2026-11-22 (a Sunday,
// Asia/Shanghai): week 2026-W47 runs 16–22 November.
export const STAFF_PASSWORD = 'Unit#Staff2026';

export interface ObligationsFixture {
  t: TestApp;
  county: Session;
  staff: Session;
  pairingId: string;
  village: string;
  leaderId: string;
  visited: string;
  foreignHousehold: string;
  /** A household visit by the 组长 on 2026-11-20, with changes. */
  visit: (over?: Record<string, unknown>) => Record<string, unknown>;
  activityCount: () => Promise<number>;
}

/** A period as GET /api/v1/obligations/subjects/… lists it. */
export interface Period {
  ruleCode: string;
  periodKey: string;
  done: number;
  status: string;
}

export async function openObligationsFixture(): Promise<ObligationsFixture> {
  let pairingId = '';
  let village = '';
  let leaderId = '';
  let visited = '';
  let foreignHousehold = '';
  const PASSWORD = STAFF_PASSWORD;
  async function unitStaffAccount(username: string, unitId: string, personId: string | null) {
    const id = await insertAccount(
      t.deps.database.db,
      t.deps.cipher,
      {
        username,
        displayName: '结对单位 干部',
        passwordHash: await hashPassword(PASSWORD),
        roles: [
          {
            role: 'unit_staff',
            scope: `unit:${unitId}`,
            regionCode: village.slice(0, 6) + '000000',
          },
        ],
      },
      t.clock.now(),
    );
    if (personId)
      await t.deps.database.db.update(accounts).set({ personId }).where(eq(accounts.id, id));
  }
  const t = await createTestApp({}, { directory: true });
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
  const county = await login(t.app, 'county');
  const staff = await login(t.app, 'unit-staff', PASSWORD);
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
  const activityCount = async () =>
    (await t.deps.database.db.select({ n: count() }).from(activities))[0]?.n ?? 0;
  return {
    t,
    county,
    staff,
    pairingId,
    village,
    leaderId,
    visited,
    foreignHousehold,
    visit,
    activityCount,
  };
}

/**
 * The obligations county of one file: opened before its tests (a file's later `beforeAll` may use
 * it), closed after them. What it returns stands for the fixture once `beforeAll` has run; read it
 * inside hooks and tests, not at the file's top level.
 */
export function useObligationsFixture(): ObligationsFixture {
  let current: ObligationsFixture | undefined;
  beforeAll(async () => {
    current = await openObligationsFixture();
  }, 120_000);
  afterAll(() => current?.t.close());
  return new Proxy({} as ObligationsFixture, {
    get(_, key) {
      if (!current) throw new Error('the obligations fixture exists once beforeAll has run');
      return Reflect.get(current, key, current);
    },
  });
}
