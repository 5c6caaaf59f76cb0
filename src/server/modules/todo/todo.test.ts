import { beforeAll, describe, expect, it } from 'vitest';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

// 待办 on the small demo county: a villager's request waits for the household's contact member,
// comes back to the villager to confirm; an opened round waits for the village's claim; each
// account sees only its own work.

const t = useTestApp({}, { directory: true }, 180_000);
let villager: Session;
let member: Session;
let village1: Session;
let village2: Session;
let county: Session;
let township: Session;

interface Group {
  kind: string;
  count: number;
  link: string;
  items: { id: string; title: string; action: string | null; count: number; link: string }[];
}
interface Todo {
  total: number;
  groups: Group[];
}

const todoOf = async (s: Session): Promise<Todo> => {
  const res = await call(t.app, s, 'GET', '/api/v1/me/todo');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const groupOf = (todo: Todo, kind: string) => todo.groups.find((g) => g.kind === kind);
const post = (s: Session, url: string, payload: unknown) =>
  call(t.app, s, 'POST', url, { payload });

beforeAll(async () => {
  [villager, member, village1, village2, county, township] = (await Promise.all(
    ['villager', 'member', 'village1', 'village2', 'county', 'township'].map((u) =>
      login(t.app, u),
    ),
  )) as [Session, Session, Session, Session, Session, Session];
}, 180_000);

describe('my to-do', () => {
  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/todo' })).statusCode).toBe(401);
  });

  it('puts a villager’s request on the contact member’s to-do with a message, and nowhere else', async () => {
    const before = await todoOf(member);
    // a minute on: the new case is the newest (the lists show the newest first; within one
    // instant the order of the demo's cases is not defined)
    t.clock.advanceMinutes(1);
    const created = await post(villager, '/api/v1/cases', {
      typeCode: 'request',
      title: '路灯不亮了',
      description: '村口的路灯坏了三天。',
      fields: {},
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;

    const after = await todoOf(member);
    const waiting = groupOf(after, 'casesWaiting');
    expect(waiting?.count).toBe((groupOf(before, 'casesWaiting')?.count ?? 0) + 1);
    expect(waiting?.items.map((i) => i.title)).toContain('路灯不亮了');
    expect(groupOf(after, 'inbox')?.count).toBeGreaterThan(groupOf(before, 'inbox')?.count ?? 0);
    expect(after.total).toBe(after.groups.reduce((sum, g) => sum + g.count, 0));

    // the villager asked; nothing of it waits for them yet, and the other village sees nothing
    const confirmBefore = groupOf(await todoOf(villager), 'casesToConfirm')?.count ?? 0;
    const other = await todoOf(village2);
    expect(
      other.groups.flatMap((g) => g.items).some((i) => i.id === id || i.title === '路灯不亮了'),
    ).toBe(false);

    const resolved = await post(member, `/api/v1/cases/${id}/actions`, {
      type: 'resolve',
      note: '已换灯泡',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(groupOf(await todoOf(member), 'casesWaiting')?.count ?? 0).toBe(
      groupOf(before, 'casesWaiting')?.count ?? 0,
    );
    const toConfirm = groupOf(await todoOf(villager), 'casesToConfirm');
    expect(toConfirm).toMatchObject({ count: confirmBefore + 1, link: '/cases/mine' });
    expect(toConfirm?.items[0]).toMatchObject({ id, title: '路灯不亮了' });

    const confirmed = await post(villager, `/api/v1/cases/${id}/actions`, {
      type: 'confirm',
      rating: 5,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(groupOf(await todoOf(villager), 'casesToConfirm')?.count ?? 0).toBe(confirmBefore);
  });

  it('puts an opened five-star round on the village cadres’ to-do as a claim, one per village', async () => {
    const schemes = (await call(t.app, county, 'GET', '/api/v1/evaluation/schemes')).json();
    const scheme = schemes.items.find(
      (s: { key: string }) => s.key === 'five-star-branch-rural',
    ) as { id: string };
    const opened = await post(county, '/api/v1/evaluation/rounds', {
      schemeId: scheme.id,
      regionCode: '410599100000',
      period: '2025',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const roundId = opened.json().id as string;

    for (const cadre of [village1, village2]) {
      const steps = groupOf(await todoOf(cadre), 'evaluations');
      const claim = steps?.items.find((i) => i.id === `${roundId}:claim`);
      expect(claim).toMatchObject({
        action: 'claim',
        count: 1,
        link: `/evaluation?round=${roundId}`,
      });
    }
    // the county opened it; claiming is the villages' step, not the county's
    const countySteps = groupOf(await todoOf(county), 'evaluations');
    expect(countySteps?.items.some((i) => i.id.startsWith(roundId)) ?? false).toBe(false);
  });

  it('puts a village’s cadre reward on the township’s desk, and a returned one back on the village’s with the note', async () => {
    // village2's income grows this year (a payment on one of its contracts), so it has a pool
    // under the demo county's rule of the year
    const ledger = (await call(t.app, village2, 'GET', '/api/v1/economy/ledger')).json<{
      year: number;
      region: string;
    }>();
    const { year, region: village } = ledger;
    const contracts = (
      await call(t.app, village2, 'GET', '/api/v1/economy/contracts?pageSize=50')
    ).json<{ items: { id: string; status: string }[] }>().items;
    const active = contracts.find((c) => c.status === 'active');
    expect(active).toBeTruthy();
    const paid = await post(village2, `/api/v1/economy/contracts/${active?.id}/payments`, {
      paidOn: `${year}-06-01`,
      amountFen: 10_000_000,
    });
    expect(paid.statusCode, paid.body).toBe(201);
    const pool = (
      await call(
        t.app,
        village2,
        'GET',
        `/api/v1/economy/cadre-rewards/pool?village=${village}&year=${year}`,
      )
    ).json<{ can: { propose: boolean }; cadres: { personId: string }[] }>();
    expect(pool.can.propose).toBe(true);
    const propose = () =>
      post(village2, '/api/v1/economy/cadre-rewards', {
        village,
        year,
        cadres: pool.cadres.map((c) => c.personId),
      });
    const proposed = await propose();
    expect(proposed.statusCode, proposed.body).toBe(201);
    const id = proposed.json<{ id: string; villageName: string }>().id;
    const link = `/economy?village=${village}&tab=rewards&year=${year}&reward=${id}`;
    const rewardsOf = async (s: Session) => groupOf(await todoOf(s), 'cadreRewards');

    // the township approves it; the village proposed it and waits, the other village sees nothing
    const desk = await rewardsOf(township);
    expect(desk?.link).toBe('/economy?tab=rewards');
    expect(desk?.items).toContainEqual(
      expect.objectContaining({ id, action: 'approve', note: null, link }),
    );
    expect(desk?.items.find((i) => i.id === id)?.title).toMatch(new RegExp(` · ${year}$`));
    expect((await rewardsOf(village2))?.items.some((i) => i.id === id) ?? false).toBe(false);
    expect((await rewardsOf(village1))?.items.some((i) => i.id === id) ?? false).toBe(false);

    // returned without a note: 400 naming it, nothing changed
    const bare = await post(township, `/api/v1/economy/cadre-rewards/${id}/decision`, {
      approve: false,
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.body).toContain('body.note');
    expect((await rewardsOf(township))?.items.some((i) => i.id === id)).toBe(true);

    // returned with a note: off the township's desk, back on the village's with the note
    const note = '请补充两委会议记录后重新提出';
    const rejected = await post(township, `/api/v1/economy/cadre-rewards/${id}/decision`, {
      approve: false,
      note,
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((await rewardsOf(township))?.items.some((i) => i.id === id) ?? false).toBe(false);
    const back = await rewardsOf(village2);
    expect(back?.items).toContainEqual(
      expect.objectContaining({ id, action: 'revise', note, link }),
    );
    expect((await rewardsOf(village1))?.items.some((i) => i.id === id) ?? false).toBe(false);
    expect((await rewardsOf(county))?.items.some((i) => i.id === id) ?? false).toBe(false);

    // proposed again: the returned one leaves the village's to-do, the new one is the township's
    const again = await propose();
    expect(again.statusCode, again.body).toBe(201);
    const newId = again.json<{ id: string }>().id;
    expect((await rewardsOf(village2))?.items.some((i) => i.id === id) ?? false).toBe(false);
    expect((await rewardsOf(township))?.items.map((i) => i.id)).toContain(newId);
  });
});
