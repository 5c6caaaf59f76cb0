import { describe, expect, it } from 'vitest';
import { call, login } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

const t = useTestApp();

const newAccount = (username: string, role: string, scope: string) => ({
  username,
  displayName: `新 ${username}`,
  password: 'Strong#Pass2026',
  phone: '+86 139-1234-5678',
  roles: [{ role, scope }],
});

describe('accounts', () => {
  it('lets a township admin create a village cadre in its township, who can then log in', async () => {
    const township = await login(t.app, 'township');
    const res = await call(t.app, township, 'POST', '/api/v1/accounts', {
      payload: newAccount('cadre3', 'village_cadre', '410599101202'),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'cadre3',
      phone: '139****5678',
      roles: [{ role: 'village_cadre', scope: '410599101202', scopeName: '李家庄村' }],
    });
    const cadre = await login(t.app, 'cadre3', 'Strong#Pass2026');
    expect((await call(t.app, cadre, 'GET', '/api/v1/regions/410599101202')).statusCode).toBe(200);
  });

  it('refuses a grant beyond the granter’s roles, and one outside its scope', async () => {
    const township = await login(t.app, 'township');
    const up = await call(t.app, township, 'POST', '/api/v1/accounts', {
      payload: newAccount('boss', 'county_admin', '410599101000'),
    });
    expect(up.statusCode).toBe(403);
    const out = await call(t.app, township, 'POST', '/api/v1/accounts', {
      payload: newAccount('faraway', 'villager', '410599201201'),
    });
    expect(out.statusCode).toBe(404);
  });

  it('lists only accounts inside the scope, searchable by name', async () => {
    const cadre = await login(t.app, 'village1');
    const list = (await call(t.app, cadre, 'GET', '/api/v1/accounts')).json();
    expect(list.items.map((a: { username: string }) => a.username).sort()).toEqual([
      'leader',
      'member',
      'village1',
      'villager',
    ]);
    const county = await login(t.app, 'county');
    const found = (
      await call(t.app, county, 'GET', `/api/v1/accounts?q=${encodeURIComponent('曾红梅')}`)
    ).json();
    expect(found.items.map((a: { username: string }) => a.username)).toEqual(['village2']);
  });

  it('unlocks a locked account on request', async () => {
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'villager', password: 'wrong-password' },
      });
    const county = await login(t.app, 'county');
    const list = (await call(t.app, county, 'GET', '/api/v1/accounts?q=villager')).json();
    const villager = list.items.find((a: { username: string }) => a.username === 'villager');
    expect(villager.lockedUntil).not.toBeNull();
    const res = await call(t.app, county, 'PATCH', `/api/v1/accounts/${villager.id}`, {
      payload: { unlock: true },
    });
    expect(res.json().lockedUntil).toBeNull();
    await login(t.app, 'villager');
  });
});
