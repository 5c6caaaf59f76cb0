import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, cases, units } from '../../db/schema/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

// The case kinds' own steps as the pages take them: mediation and outcome on a dispute, an opinion
// given to one of the county's departments, a unit finding and claiming a 民生实事 — and each one's
// bad input answered 4xx with nothing changed.
const t = useTestApp({}, { directory: true }, 180_000);
let villager: Session;
let cadre: Session;
let unitStaff: Session;

beforeAll(async () => {
  [villager, cadre, unitStaff] = (await Promise.all(
    ['villager', 'village1', 'unit'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session];
}, 180_000);

const post = (s: Session, url: string, payload: unknown) =>
  call(t.app, s, 'POST', url, { payload });
const get = (s: Session, url: string) => call(t.app, s, 'GET', url);

/** The case row and its number of steps: what "nothing changed" compares. */
async function snapshot(id: string) {
  const [row] = await t.ctx().db.select().from(cases).where(eq(cases.id, id));
  const [steps] = await t
    .ctx()
    .db.select({ n: count() })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, id));
  return { row, steps: steps?.n };
}

async function enter(typeCode: string, title: string, fields: Record<string, unknown> = {}) {
  const head = (await get(villager, '/api/v1/me/households')).json().person.id as string;
  const res = await post(cadre, '/api/v1/cases', {
    typeCode,
    title,
    description: `${title}（测试）`,
    channel: 'walk_in',
    requesterPersonId: head,
    fields,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; regionCode: string; kind: string };
}

describe('case kinds', () => {
  it('refuses a mediation session or an outcome on a case that is not a dispute, changing nothing', async () => {
    const r = await enter('request', '路灯不亮');
    const before = await snapshot(r.id);
    const mediation = await post(cadre, `/api/v1/cases/${r.id}/actions`, {
      type: 'mediation',
      date: '2026-11-20',
      participants: 3,
      summary: '调解',
    });
    expect(mediation.statusCode).toBe(400);
    expect(mediation.json().error.message).toContain('only disputes have mediation sessions');
    const outcome = await post(cadre, `/api/v1/cases/${r.id}/actions`, {
      type: 'resolve',
      outcome: 'resolved',
      agreement: '协议',
    });
    expect(outcome.statusCode).toBe(400);
    expect(await snapshot(r.id)).toEqual(before);
  });

  it('lists the county’s departments with the case and refuses one outside the county, changing nothing', async () => {
    const o = await enter('opinion', '增设公交站', { category: '民生' });
    const departments = (await get(cadre, `/api/v1/cases/${o.id}/departments`)).json().items as {
      id: string;
    }[];
    const inCounty = await t
      .ctx()
      .db.select({ id: units.id })
      .from(units)
      .where(eq(units.countyCode, o.regionCode.slice(0, 6)));
    expect(departments.map((d) => d.id).sort()).toEqual(inCounty.map((u) => u.id).sort());
    expect(departments.length).toBeGreaterThan(0);
    // A unit of another county: made here, so the refusal is about the county and not a missing row.
    const [elsewhere] = await t
      .ctx()
      .db.insert(units)
      .values({
        id: randomUUID(),
        name: '外县住建局',
        kind: 'agency',
        regionCode: '410999000000',
        countyCode: '410999',
        capabilities: [],
        createdAt: t.clock.now(),
        updatedAt: t.clock.now(),
      })
      .returning({ id: units.id });
    const before = await snapshot(o.id);
    const refused = await post(cadre, `/api/v1/cases/${o.id}/actions`, {
      type: 'assign_department',
      unitId: elsewhere?.id,
      deadline: '2027-03-31',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('no such department in this county');
    expect(await snapshot(o.id)).toEqual(before);
  });

  it('a unit finds an unclaimed 民生实事, claims it once; a second claim is 409 and changes nothing', async () => {
    const m = await enter('matter', '修缮文化广场');
    const found = (
      await get(unitStaff, '/api/v1/cases?view=claimable&kind=matter&pageSize=200')
    ).json();
    expect(found.items.map((i: { id: string }) => i.id)).toContain(m.id);
    expect(found.items.every((i: { kind: string }) => i.kind === 'matter')).toBe(true);
    const claimed = await post(unitStaff, `/api/v1/cases/${m.id}/actions`, { type: 'claim' });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ owner: { kind: 'unit' } });
    const after = (
      await get(unitStaff, '/api/v1/cases?view=claimable&kind=matter&pageSize=200')
    ).json();
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(m.id);
    const before = await snapshot(m.id);
    const again = await post(unitStaff, `/api/v1/cases/${m.id}/actions`, { type: 'claim' });
    expect(again.statusCode).toBe(409);
    expect(await snapshot(m.id)).toEqual(before);
  });
});
