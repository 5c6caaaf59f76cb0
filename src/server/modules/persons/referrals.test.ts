import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../../domain/directory/idNumber.ts';
import { appWithSessions } from '../../testing/directoryFixtures.ts';
import { call, type Session, type TestApp } from '../../testing/testApp.ts';

// Issue 16 finding 4: a village registering an ID number held outside its scope learns nothing
// about where; the township resolves the referral.
let t: TestApp, cadre: Session, other: Session, township: Session, county: Session;
let V1 = '';
let V2 = '';
const HELD = buildIdNumber('410599', '1966-06-06', 431);
const scopeOf = async (s: Session) =>
  ((await call(t.app, s, 'GET', '/api/v1/auth/me')).json() as { roles: { scope: string }[] })
    .roles[0]?.scope ?? '';

beforeAll(async () => {
  [t, cadre, other, township, county] = await appWithSessions(
    { directory: true },
    'village1',
    'village2',
    'township',
    'county',
  );
  V1 = await scopeOf(cadre);
  V2 = await scopeOf(other);
}, 180_000);
afterAll(() => t.close());

const register = (s: Session, regionCode: string, name = '转办甲') =>
  call(t.app, s, 'POST', '/api/v1/persons', { payload: { name, idNumber: HELD, regionCode } });

describe('an ID number registered outside the scope', () => {
  let personId = '';

  it('is refused without saying it exists or where, and goes to the township', async () => {
    const held = await register(county, V2, '外村人');
    expect(held.statusCode).toBe(201);
    personId = held.json().id;
    const refused = await register(cadre, V1);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toEqual({
      code: 'FORBIDDEN',
      message: '该身份证号无法在本范围登记，已转乡镇核实',
      details: { field: 'idNumber' },
    });
    expect(refused.body).not.toContain(V2);
    expect(refused.body).not.toContain('外村人');
    // within the scope the duplicate is named as before: the cadre can find it anyway
    expect((await register(other, V2)).json().error.message).toBe('该身份证号已登记');
  });

  it('is listed for the township (names only), not for the village', async () => {
    const list = await call(t.app, township, 'GET', '/api/v1/person-referrals?status=pending');
    expect(list.json().items).toEqual([
      expect.objectContaining({ name: '转办甲', regionCode: V1, requesterUsername: 'village1' }),
    ]);
    expect(list.body).not.toContain(HELD);
    const own = await call(t.app, cadre, 'GET', '/api/v1/person-referrals');
    expect(own.json()).toEqual({ items: [], total: 0 });
  });

  it('is resolved by the township moving the person to the village, audited', async () => {
    const [referral] = (await call(t.app, township, 'GET', '/api/v1/person-referrals')).json()
      .items as { id: string }[];
    if (!referral) throw new Error('no referral');
    const url = `/api/v1/person-referrals/${referral.id}/resolve`;
    expect(
      (await call(t.app, cadre, 'POST', url, { payload: { resolution: 'move' } })).statusCode,
    ).toBe(404);
    const moved = await call(t.app, township, 'POST', url, { payload: { resolution: 'move' } });
    expect(moved.json()).toMatchObject({ status: 'moved', resolvedBy: 'township' });
    const person = await call(t.app, cadre, 'GET', `/api/v1/persons/${personId}`);
    expect(person.json()).toMatchObject({ regionCode: V1, householdId: null });
    expect((await call(t.app, other, 'GET', `/api/v1/persons/${personId}`)).statusCode).toBe(404);
    expect(
      (await call(t.app, township, 'POST', url, { payload: { resolution: 'reject' } })).statusCode,
    ).toBe(409);
    const log = await call(t.app, county, 'GET', '/api/v1/audit-events?action=person&pageSize=50');
    const actions = log.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['person.referred', 'person.move', 'person.referral_moved']),
    );
  });
});
