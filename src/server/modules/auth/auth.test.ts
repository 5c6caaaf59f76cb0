import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function cookieOf(
  res: { cookies: { name: string; value: string; httpOnly?: boolean; sameSite?: string }[] },
  name: string,
) {
  return res.cookies.find((c) => c.name === name);
}

describe('login', () => {
  it('sets an HttpOnly SameSite=Strict session cookie and returns roles with scope names', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'village1', password: 'Lingyan@2026' },
    });
    expect(res.statusCode).toBe(200);
    const sid = cookieOf(res, 'lingyan_sid');
    expect(sid?.httpOnly).toBe(true);
    expect(sid?.sameSite).toBe('Strict');
    expect(cookieOf(res, 'lingyan_csrf')?.httpOnly).toBeFalsy();
    const body = res.json();
    expect(body).toMatchObject({
      username: 'village1',
      roles: [{ role: 'village_cadre', scope: '410599101201', scopeName: '振兴村' }],
    });
    expect(body.permissions).toEqual([
      'accounts.read',
      'cases.handle',
      'cases.read',
      'cases.submit',
      'directory.read',
      'directory.write',
      'evaluation.claim',
      'evaluation.read',
      'evaluation.review',
      'obligations.read',
      'obligations.record',
      'regions.read',
    ]);
  });

  it('answers /auth/me with the contract shape', async () => {
    const s = await login(t.app, 'county');
    const res = await call(t.app, s, 'GET', '/api/v1/auth/me');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'county',
      roles: [{ role: 'county_admin', scope: '410599000000' }],
    });
  });

  it('rotates the session at login: the old cookie stops working', async () => {
    const first = await login(t.app, 'member');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: first.cookie },
      payload: { username: 'member', password: 'Lingyan@2026' },
    });
    expect(res.statusCode).toBe(200);
    expect(cookieOf(res, 'lingyan_sid')?.value).not.toBe(
      first.cookie.match(/lingyan_sid=([^;]+)/)?.[1],
    );
    expect((await call(t.app, first, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('refuses a wrong password with the remaining attempts, and an unknown user alike', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'township', password: 'nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      details: { remainingAttempts: 4 },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nobody', password: 'nope-nope' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
    // a success resets the count
    await login(t.app, 'township');
  });

  it('locks the account after 5 failures for 15 minutes, even for the right password', async () => {
    for (let i = 0; i < 4; i++) {
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { username: 'village2', password: `wrong-${i}` },
          })
        ).statusCode,
      ).toBe(401);
    }
    const fifth = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'village2', password: 'wrong-5' },
    });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { minutes: 15 } });
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'village2', password: 'Lingyan@2026' },
    });
    expect(right.statusCode).toBe(423);
    t.clock.advanceMinutes(15);
    await login(t.app, 'village2');
  });

  it('explains errors in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en-US' },
      payload: { username: 'nobody', password: 'x' },
    });
    expect(res.json().error.message).toBe('Wrong username or password');
  });
});

describe('sessions', () => {
  it('expires after 30 idle minutes and asks to log in again', async () => {
    const s = await login(t.app, 'villager');
    t.clock.advanceMinutes(29);
    expect((await call(t.app, s, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(30);
    const res = await call(t.app, s, 'GET', '/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('ends at 12 hours even when active', async () => {
    const s = await login(t.app, 'villager');
    for (let i = 0; i < 25; i++) {
      t.clock.advanceMinutes(29);
      const res = await call(t.app, s, 'GET', '/api/v1/auth/me');
      if (i < 24) expect(res.statusCode, `after ${(i + 1) * 29} minutes`).toBe(200);
      else expect(res.statusCode).toBe(401);
    }
  });

  it('ends on logout', async () => {
    const s = await login(t.app, 'member');
    expect((await call(t.app, s, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await call(t.app, s, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('refuses a forged cookie and a write without the CSRF header', async () => {
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { cookie: 'lingyan_sid=forged' },
        })
      ).statusCode,
    ).toBe(401);
    const s = await login(t.app, 'county');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/regions',
      headers: { cookie: s.cookie },
      payload: { code: '410599101203', name: '新村' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
    const wrongToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/regions',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(s.csrf.length) },
      payload: { code: '410599101203', name: '新村' },
    });
    expect(wrongToken.statusCode).toBe(403);
    expect((await call(t.app, s, 'GET', '/api/v1/regions/410599101203')).statusCode).toBe(404);
  });

  it('ends every session of an account when it is disabled', async () => {
    const admin = await login(t.app, 'county');
    const victim = await login(t.app, 'member');
    const list = await call(t.app, admin, 'GET', '/api/v1/accounts?q=member');
    const id = list.json().items[0].id as string;
    expect(
      (await call(t.app, admin, 'PATCH', `/api/v1/accounts/${id}`, { payload: { disabled: true } }))
        .statusCode,
    ).toBe(200);
    expect((await call(t.app, victim, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'member', password: 'Lingyan@2026' },
    });
    expect(again.json().error.code).toBe('ACCOUNT_DISABLED');
    await call(t.app, admin, 'PATCH', `/api/v1/accounts/${id}`, { payload: { disabled: false } });
    await login(t.app, 'member');
  });
});
