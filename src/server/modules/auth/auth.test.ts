import { describe, expect, it } from 'vitest';
import { VILLAGE_CADRE_PERMISSIONS } from '../../../domain/access/testing/villageCadrePermissions.ts';
import { buildApp } from '../../app.ts';
import { call, login } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

const t = useTestApp();

function cookieOf(
  res: {
    cookies: {
      name: string;
      value: string;
      httpOnly?: boolean;
      sameSite?: string;
      secure?: boolean;
    }[];
  },
  name: string,
) {
  return res.cookies.find((c) => c.name === name);
}

/** POST /auth/login to `app` (the file's by default), with `headers` and `remoteAddress` if given. */
function postLogin(
  username: string,
  password: string,
  {
    app = t.app,
    headers,
    remoteAddress,
  }: { app?: typeof t.app; headers?: Record<string, string>; remoteAddress?: string } = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    ...(headers ? { headers } : {}),
    ...(remoteAddress ? { remoteAddress } : {}),
    payload: { username, password },
  });
}

describe('login', () => {
  it('sets an HttpOnly SameSite=Strict session cookie and returns roles with scope names', async () => {
    const res = await postLogin('village1', 'Lingyan@2026');
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
    expect(body.permissions).toEqual(VILLAGE_CADRE_PERMISSIONS);
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

  it("names a unit's staff scope by the unit, not its id", async () => {
    const county = await login(t.app, 'county');
    const unit = await call(t.app, county, 'POST', '/api/v1/units', {
      payload: {
        name: '县农业测试局',
        kind: 'agency',
        regionCode: '410599000000',
        capabilities: [],
      },
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const scope = `unit:${unit.json().id}`;
    const made = await call(t.app, county, 'POST', '/api/v1/accounts', {
      payload: {
        username: 'unit-staff-name',
        displayName: '单位干部',
        password: 'Strong#Pass2026',
        roles: [{ role: 'unit_staff', scope }],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().roles).toEqual([{ role: 'unit_staff', scope, scopeName: '县农业测试局' }]);
    const staff = await login(t.app, 'unit-staff-name', 'Strong#Pass2026');
    const me = await call(t.app, staff, 'GET', '/api/v1/auth/me');
    expect(me.json().roles).toEqual([{ role: 'unit_staff', scope, scopeName: '县农业测试局' }]);
  });

  it('rotates the session at login: the old cookie stops working', async () => {
    const first = await login(t.app, 'member');
    const res = await postLogin('member', 'Lingyan@2026', { headers: { cookie: first.cookie } });
    expect(res.statusCode).toBe(200);
    expect(cookieOf(res, 'lingyan_sid')?.value).not.toBe(
      first.cookie.match(/lingyan_sid=([^;]+)/)?.[1],
    );
    expect((await call(t.app, first, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const attempt = (username: string) =>
      postLogin(username, 'nope-nope', { remoteAddress: '10.1.0.1' });
    const wrong = await attempt('township');
    const unknown = await attempt('nobody');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.json().error).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: '用户名或密码错误',
      details: {},
    });
    // a success resets the count
    await login(t.app, 'township');
  });
});

describe('login throttling (no lock an outsider can trigger)', () => {
  const attempt = (username: string, password: string, remoteAddress: string) =>
    postLogin(username, password, { remoteAddress });

  it('backs off a failing address with 429 and Retry-After, while the real user logs in from elsewhere', async () => {
    for (let i = 0; i < 5; i++)
      expect((await attempt('village2', `wrong-${i}`, '10.2.0.1')).statusCode).toBe(401);
    const sixth = await attempt('village2', 'Lingyan@2026', '10.2.0.1');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['retry-after']).toBe('30');
    expect(sixth.json().error).toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: 30 },
    });
    // the owner, at an address that has not failed, is not locked out
    const owner = await attempt('village2', 'Lingyan@2026', '10.2.0.2');
    expect(owner.statusCode).toBe(200);
    expect((await attempt('village2', 'wrong', '10.2.0.1')).statusCode).toBe(401);
  });

  it('throttles an unknown username exactly like a known one', async () => {
    const answers: { status: number; body: string; retryAfter: unknown }[][] = [];
    for (const username of ['village1', 'nobody-at-all']) {
      const seen = [];
      for (let i = 0; i < 6; i++) {
        const res = await attempt(username, `wrong-${i}`, `10.3.0.${username.length}`);
        seen.push({
          status: res.statusCode,
          body: res.body,
          retryAfter: res.headers['retry-after'],
        });
      }
      answers.push(seen);
    }
    expect(answers[0]?.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(answers[1]).toEqual(answers[0]);
    await login(t.app, 'village1');
  });

  it('doubles the backoff with each further failure and forgets it after a success', async () => {
    for (let i = 0; i < 5; i++) await attempt('villager', `wrong-${i}`, '10.4.0.1');
    t.clock.advanceMinutes(1);
    expect((await attempt('villager', 'wrong-6', '10.4.0.1')).statusCode).toBe(401);
    const next = await attempt('villager', 'Lingyan@2026', '10.4.0.1');
    expect(next.statusCode).toBe(429);
    expect(next.headers['retry-after']).toBe('60');
    t.clock.advanceMinutes(1);
    expect((await attempt('villager', 'Lingyan@2026', '10.4.0.1')).statusCode).toBe(200);
    expect((await attempt('villager', 'wrong-again', '10.4.0.1')).statusCode).toBe(401);
  });

  it('backs off one address that tries many usernames', async () => {
    for (let i = 0; i < 10; i++)
      expect((await attempt(`guess-${i}`, 'x', '10.5.0.1')).statusCode).toBe(401);
    const res = await attempt('county', 'Lingyan@2026', '10.5.0.1');
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('shows the backoffs to the county admin in the audit log', async () => {
    const admin = await login(t.app, 'county');
    const res = await call(t.app, admin, 'GET', '/api/v1/audit-events?action=auth.throttled');
    expect(res.statusCode).toBe(200);
    const events = res.json().items as { actorUsername: string; action: string }[];
    expect(events.map((e) => e.actorUsername)).toEqual(
      expect.arrayContaining(['village2', 'nobody-at-all', 'guess-9']),
    );
  });
});

describe('login (continued)', () => {
  it('explains errors in English when asked', async () => {
    const res = await postLogin('nobody', 'x', { headers: { 'accept-language': 'en-US' } });
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
    const newRegion = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/regions',
        headers: { cookie: s.cookie, ...headers },
        payload: { code: '410599101203', name: '新村' },
      });
    const res = await newRegion({});
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
    const wrongToken = await newRegion({ 'x-csrf-token': 'x'.repeat(s.csrf.length) });
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
    const again = await postLogin('member', 'Lingyan@2026');
    expect(again.json().error.code).toBe('ACCOUNT_DISABLED');
    await call(t.app, admin, 'PATCH', `/api/v1/accounts/${id}`, { payload: { disabled: false } });
    await login(t.app, 'member');
  });
});

describe('Secure cookies behind HTTPS', () => {
  const loginVia = (app: typeof t.app, headers: Record<string, string>) =>
    postLogin('member', 'Lingyan@2026', { app, headers });

  it('marks both cookies Secure when a trusted proxy says the request came over HTTPS', async () => {
    const proxied = await buildApp(t.deps, { webDist: '/nonexistent', trustProxy: true });
    try {
      const https = await loginVia(proxied, { 'x-forwarded-proto': 'https' });
      expect(https.statusCode).toBe(200);
      expect(cookieOf(https, 'lingyan_sid')?.secure).toBe(true);
      expect(cookieOf(https, 'lingyan_csrf')?.secure).toBe(true);
      const http = await loginVia(proxied, {});
      expect(cookieOf(http, 'lingyan_sid')?.secure).toBeFalsy();
    } finally {
      await proxied.close();
    }
  });

  it('ignores X-Forwarded-Proto from a client when no proxy is trusted', async () => {
    const res = await loginVia(t.app, { 'x-forwarded-proto': 'https' });
    expect(res.statusCode).toBe(200);
    expect(cookieOf(res, 'lingyan_sid')?.secure).toBeFalsy();
  });
});
