import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { auditEvents } from '../db/schema/index.ts';
import { openRuntime, systemCtx } from '../runtime.ts';
import { seedFixture } from '../testing/fixtureSeed.ts';
import { createTestDatabase, testDbKind } from '../testing/testDatabase.ts';
import { transaction } from '../platform/context.ts';
import { appendAudit } from './appendAudit.ts';
import { call, createTestApp, login, type TestApp } from '../testing/testApp.ts';
import { verifyAuditChain } from './verifyChain.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit log', () => {
  it('adds an event in the same transaction as every write, naming actor, role, scope and request', async () => {
    const s = await login(t.app, 'county');
    const res = await call(t.app, s, 'POST', '/api/v1/regions', { payload: { code: '410599101220', name: '审计村' } });
    expect(res.statusCode).toBe(201);
    const events = await t.deps.database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    const created = events.find((e) => e.action === 'region.create' && e.objectId === '410599101220');
    expect(created).toMatchObject({ actorUsername: 'county', role: 'county_admin', scope: '410599000000', regionCode: '410599101220', countyCode: '410599', requestId: res.headers['x-request-id'] });
    expect(created?.afterDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });

  it('writes no event when the write fails', async () => {
    const s = await login(t.app, 'county');
    const before = (await t.deps.database.db.select().from(auditEvents)).length;
    const res = await call(t.app, s, 'POST', '/api/v1/regions', { payload: { code: '410599101201', name: '重复' } });
    expect(res.statusCode).toBe(409);
    expect((await t.deps.database.db.select().from(auditEvents)).length).toBe(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE through any client', async () => {
    const db = t.deps.database.db;
    await expect(db.execute(sql`UPDATE audit_events SET action = 'x' WHERE seq = 1`)).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow();
    await expect(db.execute(sql`TRUNCATE audit_events`)).rejects.toThrow();
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('finds an edit made behind the application’s back and names the row', async () => {
    const db = t.deps.database.db;
    const intact = await verifyAuditChain(db);
    expect(intact).toMatchObject({ ok: true });
    await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
    await db.execute(sql`UPDATE audit_events SET actor_username = 'someone-else' WHERE seq = 3`);
    await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenSeq: 3, reason: 'row content does not match its hash' });
  });
});

describe('lingyan audit verify', () => {
  it('exits 0 on an intact chain and 1 naming the first broken row after a deletion', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-audit-'));
    const fresh = testDbKind() === 'postgres' ? await createTestDatabase() : null;
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: fresh?.url ?? '' };
    await fresh?.database.close();
    try {
      const runtime = await openRuntime(loadConfig(env));
      const ctx = systemCtx(runtime);
      await seedFixture(ctx);
      for (let i = 0; i < 3; i++) await transaction(ctx, (tx) => appendAudit(tx, { action: 'test.event', objectType: 'test', objectId: String(i) }));
      await runtime.close();

      const cli = () => run('node', [path.join(ROOT, 'bin/lingyan.mjs'), 'audit', 'verify'], { env, cwd: ROOT });
      expect((await cli()).stdout).toMatch(/audit chain intact: 4 events/);

      const again = await openRuntime(loadConfig(env));
      const db = again.deps.database.db;
      await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
      await db.execute(sql`DELETE FROM audit_events WHERE seq = 2`);
      await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
      await again.close();
      const broken = await cli().then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(broken?.code).toBe(1);
      expect(broken?.stderr).toMatch(/BROKEN at seq 2: row 2 is missing/);
    } finally {
      await fresh?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
