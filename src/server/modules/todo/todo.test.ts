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
  [villager, member, village1, village2, county] = (await Promise.all(
    ['villager', 'member', 'village1', 'village2', 'county'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session, Session, Session];
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
});
