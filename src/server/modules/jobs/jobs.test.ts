import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accounts, jobs } from '../../db/schema/index.ts';
import { failInterruptedJobs, startJob } from '../../platform/jobs/runJob.ts';
import { loadGrants } from '../../auth/sessionStore.ts';
import { call, createTestApp, login, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function actorOf(username: string) {
  const [row] = await t.deps.database.db
    .select()
    .from(accounts)
    .where(eq(accounts.username, username));
  if (!row) throw new Error(username);
  return { accountId: row.id, username, grants: await loadGrants(t.deps.database.db, row.id) };
}

async function settle(id: string) {
  for (let i = 0; i < 100; i++) {
    const [row] = await t.deps.database.db.select().from(jobs).where(eq(jobs.id, id));
    if (row && row.status !== 'running') return row;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('job did not finish');
}

describe('background jobs', () => {
  it('runs work in the background and keeps its result and file for its owner only', async () => {
    const ctx = { ...t.ctx(), actor: await actorOf('county') };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const id = await startJob(ctx, 'test', '410599000000', async (progress) => {
      progress(0.5, 'half');
      await gate;
      return {
        result: { rows: 3 },
        artifact: {
          name: '结果.txt',
          type: 'text/plain; charset=utf-8',
          data: Buffer.from('三行'),
        },
      };
    });
    const owner = await login(t.app, 'county');
    expect((await call(t.app, owner, 'GET', `/api/v1/jobs/${id}`)).json()).toMatchObject({
      status: 'running',
      kind: 'test',
    });
    release();
    await settle(id);
    const done = (await call(t.app, owner, 'GET', `/api/v1/jobs/${id}`)).json();
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: 1,
      result: { rows: 3 },
      artifact: { name: '结果.txt' },
    });
    const file = await call(t.app, owner, 'GET', `/api/v1/jobs/${id}/artifact`);
    expect(file.body).toBe('三行');
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('结果.txt'));
    const other = await login(t.app, 'township');
    expect((await call(t.app, other, 'GET', `/api/v1/jobs/${id}`)).statusCode).toBe(404);
    expect((await call(t.app, other, 'GET', `/api/v1/jobs/${id}/artifact`)).statusCode).toBe(404);
  });

  it('records a failure with its message', async () => {
    const ctx = { ...t.ctx(), actor: await actorOf('county') };
    const id = await startJob(ctx, 'test', '410599000000', async () => {
      throw new Error('boom');
    });
    const row = await settle(id);
    expect(row).toMatchObject({ status: 'failed', message: 'boom' });
  });

  it('marks jobs left running by a dead process as interrupted', async () => {
    const ctx = { ...t.ctx(), actor: await actorOf('county') };
    const id = await startJob(ctx, 'test', '410599000000', () => new Promise(() => undefined));
    expect(await failInterruptedJobs(t.ctx())).toBeGreaterThanOrEqual(1);
    const [row] = await t.deps.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(row?.status).toBe('failed');
    expect(row?.message).toMatch(/interrupted/);
  });
});
