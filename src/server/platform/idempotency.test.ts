import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { regions } from '../db/schema/index.ts';
import { runIdempotent } from './idempotency.ts';
import { call, login, type Session } from '../testing/testApp.ts';
import { useTestApp } from '../testing/appKit.ts';

const t = useTestApp();
let admin: Session;
beforeAll(async () => {
  admin = await login(t.app, 'county');
});

const regionCount = async (code: string) =>
  (await t.deps.database.db.select({ n: count() }).from(regions).where(eq(regions.code, code)))[0]
    ?.n;

describe('Idempotency-Key', () => {
  it('replays the stored response for the same key and body, creating nothing twice', async () => {
    const send = () =>
      call(t.app, admin, 'POST', '/api/v1/regions', {
        payload: { code: '410599101210', name: '幂等村' },
        headers: { 'idempotency-key': 'key-1' },
      });
    const first = await send();
    expect(first.statusCode).toBe(201);
    const second = await send();
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await regionCount('410599101210')).toBe(1);
  });

  it('answers 422 when the key comes back with another body', async () => {
    const res = await call(t.app, admin, 'POST', '/api/v1/regions', {
      payload: { code: '410599101211', name: '别的村' },
      headers: { 'idempotency-key': 'key-1' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('IDEMPOTENCY_MISMATCH');
    expect(await regionCount('410599101211')).toBe(0);
  });

  it('answers 409 to a duplicate that arrives while the first is still running, and writes once', async () => {
    const ctx = {
      ...t.ctx(),
      actor: { accountId: '01a202f8-0000-7000-8000-0000000000aa', username: 'tester', grants: [] },
    };
    let release!: () => void;
    const latch = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const request = { method: 'POST', path: '/api/v1/regions', body: { n: 1 } };
    const first = runIdempotent(ctx, 'key-concurrent', request, async () => {
      runs++;
      await latch;
      return { status: 201, body: { ok: true } };
    });
    const second = runIdempotent(ctx, 'key-concurrent', request, async () => {
      runs++;
      return { status: 201, body: { ok: true } };
    });
    await expect(second).rejects.toMatchObject({ code: 'IDEMPOTENCY_IN_PROGRESS', status: 409 });
    release();
    await expect(first).resolves.toMatchObject({ status: 201, replayed: false });
    await expect(
      runIdempotent(ctx, 'key-concurrent', request, async () => ({ status: 500, body: null })),
    ).resolves.toMatchObject({ status: 201, replayed: true });
    expect(runs).toBe(1);
  });

  it('scopes keys per account', async () => {
    const other = await login(t.app, 'township');
    const res = await call(
      t.app,
      other,
      'PATCH',
      '/api/v1/accounts/01a202f8-0000-7000-8000-000000000000',
      { payload: { displayName: 'x' }, headers: { 'idempotency-key': 'key-1' } },
    );
    // Same key as the county admin's, but another account: not a mismatch, just this request's own answer.
    expect(res.statusCode).toBe(404);
  });

  it('does not store a failed write, so a corrected retry may reuse the key', async () => {
    const bad = await call(t.app, admin, 'POST', '/api/v1/regions', {
      payload: { code: '410599101213', name: '' },
      headers: { 'idempotency-key': 'key-retry' },
    });
    expect(bad.statusCode).toBe(400);
    const dup = await call(t.app, admin, 'POST', '/api/v1/regions', {
      payload: { code: '410599101201', name: '重复' },
      headers: { 'idempotency-key': 'key-retry' },
    });
    expect(dup.statusCode).toBe(409);
    const good = await call(t.app, admin, 'POST', '/api/v1/regions', {
      payload: { code: '410599101213', name: '改正村' },
      headers: { 'idempotency-key': 'key-retry' },
    });
    expect(good.statusCode).toBe(201);
  });

  it('refuses a malformed key', async () => {
    const res = await call(t.app, admin, 'POST', '/api/v1/regions', {
      payload: { code: '410599101214', name: '村' },
      headers: { 'idempotency-key': 'x'.repeat(201) },
    });
    expect(res.statusCode).toBe(400);
    expect(await regionCount('410599101214')).toBe(0);
  });
});
