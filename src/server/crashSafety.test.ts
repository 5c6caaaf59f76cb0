import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './seed/demoAccounts.ts';
import { createTestDatabase, testDbKind, type TestDatabase } from './testing/testDatabase.ts';
import { spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { loadConfig } from './config.ts';
import { openRuntime } from './runtime.ts';
import { httpLogin, ROOT, startServer } from './testing/serverProcess.ts';

/**
 * Acknowledged writes survive a SIGKILL exactly once: stream writes with Idempotency-Keys, kill
 * the server mid-stream, restart, resend every request with its key, and count.
 */
let dataDir: string;
let pgDb: TestDatabase | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-crash-'));
  if (testDbKind() === 'postgres') {
    pgDb = await createTestDatabase();
    await pgDb.database.close();
  }
  env = { DATA_DIR: dataDir, DATABASE_URL: pgDb?.url ?? '', LINGYAN_DEMO: '1' };
}, 120_000);

afterAll(async () => {
  await pgDb?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Villages added under 龙泉镇 (410599100000), a township of the generated demo county.
const code = (i: number) => `410599100${String(300 + i)}`;

describe('crash safety', () => {
  it('keeps every acknowledged write exactly once across a SIGKILL', async () => {
    const server = await startServer(env);
    expect(server.output()).toContain('Lingyan listening on');
    const headers = await httpLogin(server.url, 'county', DEMO_PASSWORD);
    const total = 120;
    const acked = new Set<number>();
    const send = (url: string, i: number, h: Record<string, string>) =>
      fetch(`${url}/api/v1/regions`, {
        method: 'POST',
        headers: { ...h, 'idempotency-key': `crash-${i}` },
        body: JSON.stringify({ code: code(i), name: `压测村${i}` }),
      });

    // Four writers in parallel; the kill lands while requests are in flight.
    let next = 0;
    const writer = async () => {
      while (next < total) {
        const i = next++;
        if (i === 60) server.child.kill('SIGKILL');
        try {
          const res = await send(server.url, i, headers);
          if (res.status === 201) acked.add(i);
        } catch {
          // connection refused or reset: not acknowledged
        }
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    await server.exited;
    expect(acked.size).toBeGreaterThanOrEqual(50);
    expect(acked.size).toBeLessThan(total);

    const again = await startServer(env);
    try {
      expect(again.output()).toContain('Lingyan listening on');
      const h2 = await httpLogin(again.url, 'county', DEMO_PASSWORD);
      for (let i = 0; i < total; i++) {
        const res = await send(again.url, i, h2);
        expect(res.status, `request ${i}`).toBe(201);
        // An acknowledged write must come back as the stored answer, not be made again.
        if (acked.has(i))
          expect(res.headers.get('idempotent-replayed'), `request ${i}`).toBe('true');
      }
      const list = await fetch(`${again.url}/api/v1/regions?parent=410599100000&pageSize=200`, {
        headers: h2,
      });
      const codes = ((await list.json()) as { items: { code: string }[] }).items.map((r) => r.code);
      for (let i = 0; i < total; i++)
        expect(codes.filter((c) => c === code(i)).length, code(i)).toBe(1);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  }, 240_000);

  it.runIf(testDbKind() === 'pglite')(
    'refuses a second process on the same data folder and leaves the first running',
    async () => {
      const first = await startServer(env);
      try {
        const second = await startServer(env);
        expect(await second.exited).toBe(3);
        expect(second.output()).toMatch(/正被另一个进程 \(pid \d+\) 使用/);
        const health = await fetch(`${first.url}/api/health`);
        expect(await health.json()).toEqual({ status: 'ok', db: 'pglite', version: '0.1.0' });
      } finally {
        first.child.kill('SIGTERM');
        await first.exited;
      }
    },
    120_000,
  );

  it('leaves every county’s audit chain intact after a SIGKILL under parallel writes in several counties', async () => {
    const fresh = testDbKind() === 'postgres' ? await createTestDatabase() : null;
    await fresh?.database.close();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-chains-crash-'));
    const chainEnv = { ...process.env, DATA_DIR: dir, DATABASE_URL: fresh?.url ?? '' };
    try {
      const child = spawn(
        'node',
        ['--import', 'tsx', path.join(ROOT, 'src/server/testing/parallelAuditWriters.ts')],
        { cwd: ROOT, env: chainEnv, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const acked: string[] = [];
      let errors = '';
      child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      let buffer = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          buffer += d.toString();
          const lines = buffer.split('\n');
          buffer = lines.pop() ?? '';
          for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
          // Kill while every writer is mid-stream.
          if (acked.length >= 200) resolve();
        });
        void exited.then(() => reject(new Error(`writers exited early:\n${errors}`)));
      });
      child.kill('SIGKILL');
      await exited;

      const verify = await promisify(execFile)(
        'node',
        [path.join(ROOT, 'bin/lingyan.mjs'), 'audit', 'verify'],
        { env: chainEnv, cwd: ROOT },
      );
      for (const chain of ['410597', '410598', '410599', 'platform'])
        expect(verify.stdout).toMatch(new RegExp(`chain ${chain}: intact`));

      const runtime = await openRuntime(loadConfig(chainEnv));
      try {
        const rows = (await runtime.deps.database.db.execute(
          sql`SELECT object_id FROM audit_events WHERE action = 'crash.write'`,
        )) as unknown as { rows: { object_id: string }[] };
        const written = rows.rows.map((r) => r.object_id);
        // Every acknowledged write is there exactly once; nothing is there twice.
        expect(new Set(written).size).toBe(written.length);
        const present = new Set(written);
        expect(acked.filter((id) => !present.has(id))).toEqual([]);
      } finally {
        await runtime.close();
      }
    } finally {
      await fresh?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
