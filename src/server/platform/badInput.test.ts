import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, auditEvents, regions } from '../db/schema/index.ts';
import { call, login, type Session } from '../testing/testApp.ts';
import { useTestApp } from '../testing/appKit.ts';

const t = useTestApp({ bodyLimitBytes: 10_000 });
let admin: Session;
beforeAll(async () => {
  admin = await login(t.app, 'county');
});

async function rowCounts() {
  const db = t.deps.database.db;
  const [r] = await db.select({ n: count() }).from(regions);
  const [a] = await db.select({ n: count() }).from(accounts);
  const [e] = await db.select({ n: count() }).from(auditEvents);
  return { regions: r?.n, accounts: a?.n, audit: e?.n };
}

/** The county admin posts a villager of 振兴村 with a good password; `over` changes its fields. */
const newAccount = (over: Record<string, unknown>) =>
  call(t.app, admin, 'POST', '/api/v1/accounts', {
    payload: {
      password: 'Good#Pass2026',
      roles: [{ role: 'villager', scope: '410599101201' }],
      ...over,
    },
  });

/** The county admin renames the account `id`. */
const renameAccount = (id: string) =>
  call(t.app, admin, 'PATCH', `/api/v1/accounts/${id}`, { payload: { displayName: '无' } });

/** The county admin posts a new region. */
const newRegion = (code: string, name: string) =>
  call(t.app, admin, 'POST', '/api/v1/regions', { payload: { code, name } });

function raw(
  method: 'POST' | 'PATCH',
  url: string,
  body: string,
  contentType = 'application/json',
) {
  return t.app.inject({
    method,
    url,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': contentType },
    payload: body,
  });
}

describe('bad input gets a clear 4xx and changes nothing', () => {
  const cases: {
    name: string;
    send: () => Promise<{
      statusCode: number;
      json(): {
        error: { code: string; message: string; details: { issues?: { path: string }[] } };
      };
    }>;
    status: number;
    code: string;
    path?: string;
  }[] = [
    {
      name: 'malformed JSON',
      send: () => raw('POST', '/api/v1/regions', '{"code": "4105'),
      status: 400,
      code: 'VALIDATION',
    },
    {
      name: 'empty JSON body',
      send: () => raw('POST', '/api/v1/regions', ''),
      status: 400,
      code: 'VALIDATION',
    },
    {
      name: 'a text/plain body',
      send: () => raw('POST', '/api/v1/regions', 'code=1', 'text/plain'),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'a form post',
      send: () => raw('POST', '/api/v1/regions', 'code=1', 'application/x-www-form-urlencoded'),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'an oversized body',
      send: () =>
        raw(
          'POST',
          '/api/v1/regions',
          JSON.stringify({ code: '410599101203', name: 'x'.repeat(20_000) }),
        ),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'a wrong type',
      send: () =>
        call(t.app, admin, 'POST', '/api/v1/regions', {
          payload: { code: 410599101203, name: '新村' },
        }),
      status: 400,
      code: 'VALIDATION',
      path: 'body.code',
    },
    {
      name: 'an unknown field',
      send: () =>
        call(t.app, admin, 'POST', '/api/v1/regions', {
          payload: { code: '410599101203', name: '新村', secretary: '张三' },
        }),
      status: 400,
      code: 'VALIDATION',
      path: 'body',
    },
    {
      name: 'an invalid region code',
      send: () => newRegion('410599401203', '新村'),
      status: 400,
      code: 'VALIDATION',
      path: 'body.code',
    },
    {
      name: 'an invalid region code in the path',
      send: () => call(t.app, admin, 'GET', '/api/v1/regions/12345'),
      status: 400,
      code: 'VALIDATION',
      path: 'params.code',
    },
    {
      name: 'a negative population',
      send: () =>
        call(t.app, admin, 'PATCH', '/api/v1/regions/410599101201', {
          payload: { population: -5 },
        }),
      status: 400,
      code: 'VALIDATION',
      path: 'body.population',
    },
    {
      name: 'a region whose parent does not exist',
      send: () => newRegion('410599102201', '无主村'),
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'a duplicate region code',
      send: () => newRegion('410599101201', '重复村'),
      status: 409,
      code: 'CONFLICT',
    },
    {
      name: 'a weak password',
      send: () => newAccount({ username: 'weak', displayName: '弱', password: '12345678' }),
      status: 400,
      code: 'VALIDATION',
      path: 'body.password',
    },
    {
      name: 'an invalid phone',
      send: () => newAccount({ username: 'badphone', displayName: '号', phone: '12345' }),
      status: 400,
      code: 'VALIDATION',
      path: 'body.phone',
    },
    {
      name: 'a role in another county',
      send: () =>
        newAccount({
          username: 'outsider',
          displayName: '外',
          roles: [{ role: 'villager', scope: '420199101201' }],
        }),
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'a taken username',
      send: () => newAccount({ username: 'village1', displayName: '重' }),
      status: 409,
      code: 'CONFLICT',
    },
    {
      name: 'a foreign id',
      send: () => renameAccount('01a202f8-0000-7000-8000-000000000000'),
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'a malformed id',
      send: () => renameAccount('not-a-uuid'),
      status: 400,
      code: 'VALIDATION',
      path: 'params.id',
    },
    {
      name: 'a query parameter out of range',
      send: () => call(t.app, admin, 'GET', '/api/v1/accounts?pageSize=100000'),
      status: 400,
      code: 'VALIDATION',
      path: 'query.pageSize',
    },
    {
      name: 'an empty patch',
      send: () => call(t.app, admin, 'PATCH', '/api/v1/regions/410599101201', { payload: {} }),
      status: 400,
      code: 'VALIDATION',
    },
    {
      name: 'a reveal without purpose',
      send: () =>
        call(t.app, admin, 'POST', '/api/v1/privacy/reveal', {
          payload: {
            objectType: 'account',
            objectId: '01a202f8-0000-7000-8000-000000000000',
            field: 'phone',
          },
        }),
      status: 400,
      code: 'VALIDATION',
      path: 'body.purpose',
    },
    {
      name: 'an unknown API path',
      send: () => call(t.app, admin, 'GET', '/api/v1/nothing-here'),
      status: 404,
      code: 'NOT_FOUND',
    },
  ];

  for (const c of cases) {
    it(`answers ${c.status} ${c.code} for ${c.name}`, async () => {
      const before = await rowCounts();
      const res = await c.send();
      expect(res.statusCode).toBe(c.status);
      const body = res.json();
      expect(body.error.code).toBe(c.code);
      expect(body.error.message.length).toBeGreaterThan(2);
      if (c.path) expect(body.error.details.issues?.[0]?.path).toBe(c.path);
      expect(await rowCounts()).toEqual(before);
    });
  }

  it('names the first problem in the message', async () => {
    const res = await call(t.app, admin, 'POST', '/api/v1/regions', {
      payload: { code: '410599101203' },
    });
    expect(res.json().error.message).toContain('body.name');
  });
});
