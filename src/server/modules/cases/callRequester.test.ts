import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../../domain/directory/idNumber.ts';
import { auditEvents, cases } from '../../db/schema/index.ts';
import { call, latestAuditEvent, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

const t = useTestApp();
let cadre: Session;
let withPerson = '';
let withoutPerson = '';

beforeAll(async () => {
  cadre = await login(t.app, 'village1');
  const person = await call(t.app, cadre, 'POST', '/api/v1/persons', {
    payload: {
      name: '拨号人',
      idNumber: buildIdNumber('410522', '1958-05-05', 31),
      phone: '13912340001',
      regionCode: '410599101201',
    },
  });
  expect(person.statusCode).toBe(201);
  const base = {
    typeCode: 'request',
    title: '路灯坏了',
    description: '村口路灯不亮',
    channel: 'walk_in',
    fields: {},
  };
  const entered = await call(t.app, cadre, 'POST', '/api/v1/cases', {
    payload: { ...base, requesterPersonId: person.json().id },
  });
  expect(entered.json()).toMatchObject({ id: expect.any(String) });
  withPerson = entered.json().id;
  // as a case that came in through Open311 stands for no person of the directory
  const other = await call(t.app, cadre, 'POST', '/api/v1/cases', {
    payload: { ...base, requesterPersonId: person.json().id },
  });
  withoutPerson = other.json().id;
  await t.deps.database.db
    .update(cases)
    .set({ requesterPersonId: null, requesterName: '来电群众' })
    .where(eq(cases.id, withoutPerson));
});

describe('calling the requester of a case (一键拨号)', () => {
  it('gives the handler the number, says so in the detail, and audits it as a reveal naming the case', async () => {
    const detail = await call(t.app, cadre, 'GET', `/api/v1/cases/${withPerson}`);
    expect(detail.json().can.call).toBe(true);
    const res = await call(t.app, cadre, 'POST', `/api/v1/cases/${withPerson}/call`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ phone: '13912340001' });
    const event = await latestAuditEvent(
      t,
      and(eq(auditEvents.action, 'privacy.reveal'), eq(auditEvents.actorUsername, 'village1')),
    );
    expect(event?.detail).toEqual({
      field: 'phone',
      purpose: 'contact_person',
      grantedBy: `case:${withPerson}`,
    });
  });

  it('refuses those who do not handle the case, and a case whose requester is not in the directory', async () => {
    const villager = await login(t.app, 'villager');
    expect(
      (await call(t.app, villager, 'POST', `/api/v1/cases/${withPerson}/call`)).statusCode,
    ).toBe(404);
    const noPerson = await call(t.app, cadre, 'GET', `/api/v1/cases/${withoutPerson}`);
    expect(noPerson.json().can.call).toBe(false);
    const refused = await call(t.app, cadre, 'POST', `/api/v1/cases/${withoutPerson}/call`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('无法拨号');
  });
});
