import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadingStatus } from '../platform/loadingStatus.ts';
import { DEMO_PASSWORD } from './demoAccounts.ts';
import { testDbKind } from '../testing/testDatabase.ts';
import { httpLogin, startServer, type ServerProcess } from '../testing/serverProcess.ts';

/**
 * A SIGTERM while the full demo county loads in the background: the server stops promptly (the
 * seed is cut off between slices, the database thread closed), and the next start on the same
 * folder is healthy and carries on loading where the first stopped. Embedded database only: this
 * is the first-start path of `npm start`.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-stop-seed-'));
const env = { DATA_DIR: dataDir, DATABASE_URL: '', LINGYAN_DEMO: '1', LINGYAN_DEMO_SIZE: 'full' };
let server: ServerProcess | null = null;

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const loading = async (url: string) =>
  (await (await fetch(`${url}/api/v1/system/loading`)).json()) as LoadingStatus;

describe.skipIf(testDbKind() === 'postgres')('stopping during the demo load', () => {
  it('stops within 10 s of a SIGTERM and resumes the load at the next start', async () => {
    server = await startServer(env, 120_000);
    // Let the background load get going.
    for (let i = 0; i < 100; i++) {
      const state = await loading(server.url);
      if (state.demo && state.demo.placesLoaded > 10) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const before = await loading(server.url);
    expect(before.demo?.step).toMatch(/directory|indexes|evaluations/);

    const t0 = performance.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    const stoppedMs = performance.now() - t0;
    expect(code).toBe(0);
    expect(stoppedMs).toBeLessThan(10_000);

    server = await startServer(env, 120_000);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const headers = await httpLogin(server.url, 'county', DEMO_PASSWORD);
    expect((await fetch(`${server.url}/api/v1/auth/me`, { headers })).status).toBe(200);
    const after = await loading(server.url);
    expect(after.demo?.step).not.toBe('interrupted');
    // The restart resumes from what committed: never fewer places than before the stop.
    expect(after.demo?.placesLoaded ?? 0).toBeGreaterThanOrEqual(before.demo?.placesLoaded ?? 0);
  }, 300_000);
});
