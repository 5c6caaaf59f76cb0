import { and, count, eq, ne, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactPairs, pairingPlanItems, pairings, persons } from '../../db/schema/index.ts';
import { PLAN_PART_CATALOG } from '../../../domain/obligations/workPlan.ts';
import { insertAccount } from '../accounts/insertAccount.ts';
import { hashPassword } from '../auth/passwords.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import {
  openObligationsFixture,
  STAFF_PASSWORD as PASSWORD,
  type ObligationsFixture,
} from '../../testing/obligationsKit.ts';
import { call, login, type Session, type TestApp } from '../../testing/testApp.ts';

// 结对共建 and their work plans: who sees and edits them, bad input, progress from activities.
let fx: ObligationsFixture;
let t: TestApp;
let cadre: Session;
let url = '';

interface Item {
  id: string;
  part: string;
  title: string;
  status: string;
  progress: { activities: number; lastOn: string | null };
}
interface Detail {
  unit: { name: string };
  leader: { id: string } | null;
  plan: { part: string; name: string; items: Item[] }[];
  contacts: { households: { id: string; lastVisitOn: string | null }[] }[];
  recentActivities: { id: string; planItemId: string | null }[];
  abilities: { editPlan: boolean; record: boolean };
}

const item = (over: Record<string, unknown> = {}) => ({
  part: 'industry',
  title: '谋划荔枝深加工项目',
  description: '调研本村荔枝产量与销路',
  ownerSide: 'unit',
  dueOn: '2026-09-30',
  ...over,
});
const itemCount = async () =>
  (await t.deps.database.db.select({ n: count() }).from(pairingPlanItems))[0]?.n ?? 0;

beforeAll(async () => {
  fx = await openObligationsFixture();
  t = fx.t;
  url = `/api/v1/pairings/${fx.pairingId}`;
  await insertAccount(
    t.deps.database.db,
    t.deps.cipher,
    {
      username: 'pairing-cadre',
      displayName: '村干部',
      passwordHash: await hashPassword(PASSWORD),
      roles: [{ role: 'village_cadre', scope: fx.village, regionCode: fx.village }],
    },
    t.clock.now(),
  );
  cadre = await login(t.app, 'pairing-cadre', PASSWORD);
  // A 1+1+N pair of the test unit in the village: the 组长 with a villager, the visited household.
  const db = t.deps.database.db;
  const [rural] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        eq(persons.regionCode, fx.village),
        ne(persons.id, fx.leaderId),
        notInArray(
          persons.id,
          db
            .select({ id: contactPairs.ruralMemberId })
            .from(contactPairs)
            .where(eq(contactPairs.unitMemberId, fx.leaderId)),
        ),
      ),
    )
    .limit(1);
  const [pairing] = await db
    .select({ unitId: pairings.unitId })
    .from(pairings)
    .where(eq(pairings.id, fx.pairingId));
  await t.deps.database.db.insert(contactPairs).values({
    id: uuidv7(t.clock.now().getTime()),
    regionCode: fx.village,
    countyCode: fx.village.slice(0, 6),
    unitId: pairing?.unitId ?? '',
    unitMemberId: fx.leaderId,
    ruralMemberId: rural?.id ?? '',
    householdIds: [fx.visited],
    createdAt: t.clock.now(),
    updatedAt: t.clock.now(),
  });
}, 120_000);
afterAll(() => t.close());

describe('pairings', () => {
  it('lists the unit staff’s own pairing only, and the county’s in its scope', async () => {
    const mine = (await call(t.app, fx.staff, 'GET', '/api/v1/obligations/pairings')).json() as {
      items: { id: string; leader: { id: string } | null }[];
      total: number;
    };
    expect(mine.items.map((p) => p.id)).toEqual([fx.pairingId]);
    expect(mine.total).toBe(1);
    expect(mine.items[0]?.leader?.id).toBe(fx.leaderId);
    const theirs = (
      await call(t.app, fx.county, 'GET', '/api/v1/obligations/pairings?pageSize=200')
    ).json().items as { id: string }[];
    expect(theirs.map((p) => p.id)).toContain(fx.pairingId);
  });

  it('shows a pairing with its six parts and the caller’s abilities; another unit’s staff get 404', async () => {
    const res = await call(t.app, fx.staff, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json() as Detail;
    expect(detail.unit.name).toBe('测试结对单位');
    expect(detail.plan.map((p) => p.name)).toEqual(PLAN_PART_CATALOG.map((p) => p.name));
    expect(detail.abilities).toEqual({ editPlan: true, record: true });
    const read = (await call(t.app, cadre, 'GET', url)).json() as Detail;
    expect(read.abilities.editPlan).toBe(false);

    const other = await login(t.app, 'other-unit-staff', PASSWORD);
    expect((await call(t.app, other, 'GET', url)).statusCode).toBe(404);
    expect(
      (await call(t.app, other, 'POST', `${url}/plan-items`, { payload: item() })).statusCode,
    ).toBe(404);
    expect(
      (
        (await call(t.app, other, 'GET', '/api/v1/obligations/pairings')).json() as {
          total: number;
        }
      ).total,
    ).toBe(0);
  });

  it('lets the unit’s staff and the county add and edit items; the village cadre reads only', async () => {
    const added = await call(t.app, fx.staff, 'POST', `${url}/plan-items`, { payload: item() });
    expect(added.statusCode, added.body).toBe(201);
    const created = added.json() as Item;
    expect(created).toMatchObject({ part: 'industry', status: 'planned' });
    expect(created.progress).toEqual({ activities: 0, lastOn: null });

    const edited = await call(t.app, fx.county, 'PATCH', `${url}/plan-items/${created.id}`, {
      payload: { status: 'doing', title: '谋划荔枝深加工与冷链项目' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'doing', title: '谋划荔枝深加工与冷链项目' });

    const before = await itemCount();
    expect(
      (await call(t.app, cadre, 'POST', `${url}/plan-items`, { payload: item() })).statusCode,
    ).toBe(403);
    expect((await call(t.app, cadre, 'DELETE', `${url}/plan-items/${created.id}`)).statusCode).toBe(
      403,
    );
    expect(await itemCount()).toBe(before);

    const detail = (await call(t.app, cadre, 'GET', url)).json() as Detail;
    expect(detail.plan.find((p) => p.part === 'industry')?.items.map((i) => i.id)).toEqual([
      created.id,
    ]);
  });

  it('answers bad input with a clear 4xx and changes nothing', async () => {
    const before = await itemCount();
    const post = (payload: Record<string, unknown>) =>
      call(t.app, fx.staff, 'POST', `${url}/plan-items`, { payload });
    const unknownPart = await post(item({ part: 'sports' }));
    expect(unknownPart.statusCode).toBe(400);
    expect(unknownPart.body).toContain('body.part');
    expect((await post(item({ title: '   ' }))).statusCode).toBe(400);
    const late = await post(item({ dueOn: '2027-03-01' }));
    expect(late.statusCode).toBe(400);
    expect(late.body).toContain('body.dueOn');
    expect((await post(item({ dueOn: '2025-12-31' }))).statusCode).toBe(400);
    expect((await post(item({ ownerPersonId: uuidv7(5) }))).statusCode).toBe(400);
    expect(await itemCount()).toBe(before);

    const created = (
      await post(item({ part: 'brand', title: '打造“荔乡红”党建品牌' }))
    ).json() as Item;
    const dropped = await call(t.app, fx.staff, 'PATCH', `${url}/plan-items/${created.id}`, {
      payload: { status: 'dropped' },
    });
    expect(dropped.statusCode).toBe(200);
    const done = await call(t.app, fx.staff, 'PATCH', `${url}/plan-items/${created.id}`, {
      payload: { status: 'done' },
    });
    expect(done.statusCode).toBe(409);
    // An item reached through another pairing's address is not there.
    const elsewhere = `/api/v1/pairings/${uuidv7(9)}/plan-items/${created.id}`;
    expect(
      (await call(t.app, fx.county, 'PATCH', elsewhere, { payload: { title: '改' } })).statusCode,
    ).toBe(404);
    expect((await call(t.app, fx.county, 'DELETE', elsewhere)).statusCode).toBe(404);
    const [row] = await t.deps.database.db
      .select()
      .from(pairingPlanItems)
      .where(eq(pairingPlanItems.id, created.id));
    expect(row?.status).toBe('dropped');

    const activities = await fx.activityCount();
    const onDropped = await call(t.app, fx.staff, 'POST', '/api/v1/activities', {
      payload: fx.visit({ planItemId: created.id }),
    });
    expect(onDropped.statusCode).toBe(400);
    expect(onDropped.body).toContain('body.planItemId');
    const unknown = await call(t.app, fx.staff, 'POST', '/api/v1/activities', {
      payload: fx.visit({ planItemId: uuidv7(7) }),
    });
    expect(unknown.statusCode).toBe(400);
    expect(await fx.activityCount()).toBe(activities);
  });

  it('counts an item’s progress from the activities that name it, and shows the 1+1+N visit', async () => {
    const created = (
      await call(t.app, fx.staff, 'POST', `${url}/plan-items`, {
        payload: item({ part: 'livelihood', title: '每月办理一件民生实事', dueOn: null }),
      })
    ).json() as Item;
    for (const day of ['2026-10-12', '2026-11-20'])
      expect(
        (
          await call(t.app, fx.staff, 'POST', '/api/v1/activities', {
            payload: fx.visit({ occurredOn: day, planItemId: created.id }),
          })
        ).statusCode,
      ).toBe(201);
    // One not naming it does not count.
    await call(t.app, fx.staff, 'POST', '/api/v1/activities', { payload: fx.visit() });
    const detail = (await call(t.app, fx.staff, 'GET', url)).json() as Detail;
    const shown = detail.plan
      .find((p) => p.part === 'livelihood')
      ?.items.find((i) => i.id === created.id);
    expect(shown?.progress).toEqual({ activities: 2, lastOn: '2026-11-20' });
    expect(detail.recentActivities.filter((a) => a.planItemId === created.id)).toHaveLength(2);
    const household = detail.contacts.flatMap((c) => c.households).find((h) => h.id === fx.visited);
    expect(household?.lastVisitOn).toBe('2026-11-20');

    const listed = (await call(t.app, fx.staff, 'GET', '/api/v1/obligations/pairings')).json()
      .items as {
      planItems: Record<string, number>;
      activities: number;
    }[];
    expect(listed[0]?.planItems.planned).toBeGreaterThanOrEqual(1);
    expect(listed[0]?.activities).toBe(3);

    const refused = await call(t.app, fx.staff, 'DELETE', `${url}/plan-items/${created.id}`);
    expect(refused.statusCode).toBe(409);
    const spare = (
      await call(t.app, fx.staff, 'POST', `${url}/plan-items`, { payload: item() })
    ).json() as Item;
    expect(
      (await call(t.app, fx.staff, 'DELETE', `${url}/plan-items/${spare.id}`)).statusCode,
    ).toBe(204);
  });
});
