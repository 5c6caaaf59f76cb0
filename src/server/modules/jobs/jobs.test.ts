import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accounts, jobs } from '../../db/schema/index.ts';
import { failInterruptedJobs, startJob } from '../../platform/jobs/runJob.ts';
import { loadGrants } from '../../auth/sessionStore.ts';
import { call, login } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

const t = useTestApp();

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

  it('puts a finished job on its owner’s 待办 until the outcome is seen, and lists it with its counts', async () => {
    const ctx = { ...t.ctx(), actor: await actorOf('township') };
    const owner = await login(t.app, 'township');
    const todoJobs = async () =>
      (await call(t.app, owner, 'GET', '/api/v1/me/todo'))
        .json()
        .groups.find((g: { kind: string }) => g.kind === 'jobs');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const id = await startJob(ctx, 'import.persons', '410599001000', async () => {
      await gate;
      return {
        result: { rows: 2, failedRows: 0, counts: { created: 2, updated: 0, unchanged: 0 } },
      };
    });
    // running: not on the to-do, and it cannot be seen yet
    expect(await todoJobs()).toBeUndefined();
    const early = await call(t.app, owner, 'POST', `/api/v1/jobs/${id}/seen`);
    expect(early.statusCode).toBe(409);
    release();
    await settle(id);

    expect(await todoJobs()).toMatchObject({
      count: 1,
      link: '/me/jobs',
      items: [{ id, title: 'import.persons', action: 'jobSucceeded', link: `/me/jobs?job=${id}` }],
    });
    const list = (await call(t.app, owner, 'GET', '/api/v1/jobs')).json();
    expect(list.items[0]).toMatchObject({
      id,
      kind: 'import.persons',
      status: 'succeeded',
      rows: 2,
      counts: { created: 2 },
      seenAt: null,
    });
    expect(list.items[0]).not.toHaveProperty('result');

    // someone else cannot see it, or mark it seen
    const other = await login(t.app, 'county');
    expect((await call(t.app, other, 'POST', `/api/v1/jobs/${id}/seen`)).statusCode).toBe(404);
    expect(
      (await call(t.app, other, 'GET', '/api/v1/jobs'))
        .json()
        .items.map((j: { id: string }) => j.id),
    ).not.toContain(id);
    expect(await todoJobs()).toBeDefined();

    expect((await call(t.app, owner, 'POST', `/api/v1/jobs/${id}/seen`)).statusCode).toBe(204);
    expect(await todoJobs()).toBeUndefined();
    // seeing again keeps the first time
    const [first] = await t.deps.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect((await call(t.app, owner, 'POST', `/api/v1/jobs/${id}/seen`)).statusCode).toBe(204);
    const [again] = await t.deps.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(again?.seenAt).toEqual(first?.seenAt);
    expect((await call(t.app, owner, 'POST', '/api/v1/jobs/not-a-uuid/seen')).statusCode).toBe(400);
  });
});
