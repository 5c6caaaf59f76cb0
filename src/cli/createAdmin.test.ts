import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openRuntime } from '../server/runtime.ts';
import {
  createTestDatabase,
  testDbKind,
  type TestDatabase,
} from '../server/testing/testDatabase.ts';
import { ROOT } from '../server/testing/serverProcess.ts';

const run = promisify(execFile);
let dataDir: string;
let pgDb: TestDatabase | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-admin-'));
  if (testDbKind() === 'postgres') {
    pgDb = await createTestDatabase();
    await pgDb.database.close();
  }
  env = {
    ...(process.env as Record<string, string>),
    DATA_DIR: dataDir,
    DATABASE_URL: pgDb?.url ?? '',
    LINGYAN_ADMIN_PASSWORD: 'First#Admin2026',
  };
}, 120_000);
afterAll(async () => {
  await pgDb?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function cli(args: string[], extraEnv: Record<string, string> = {}) {
  return run('node', [path.join(ROOT, 'bin/lingyan.mjs'), ...args], {
    env: { ...env, ...extraEnv },
    cwd: ROOT,
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

/** The first county admin of a new install, with the county's name. */
const FIRST_ADMIN = [
  'create-admin',
  '--username',
  'admin',
  '--region',
  '410599000000',
  '--region-name',
  '示范县',
];

describe('lingyan create-admin', () => {
  it('refuses a bad region code and a weak password before touching anything', async () => {
    expect((await cli(['create-admin', '--username', 'admin', '--region', '4105990'])).code).toBe(
      2,
    );
    const weak = await cli(FIRST_ADMIN, { LINGYAN_ADMIN_PASSWORD: 'password' });
    expect(weak.code).toBe(2);
  });

  it('creates the first county admin of a non-demo install, once', async () => {
    const first = await cli(FIRST_ADMIN);
    expect(first.stdout).toContain('created county_admin admin for 410599000000');
    const second = await cli(['create-admin', '--username', 'admin', '--region', '410599000000']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already exists');

    const runtime = await openRuntime(loadConfig(env));
    try {
      const app = await buildApp(runtime.deps, { webDist: '/nonexistent' });
      const ok = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password: 'First#Admin2026' },
      });
      expect(ok.json()).toMatchObject({
        username: 'admin',
        roles: [{ role: 'county_admin', scope: '410599000000', scopeName: '示范县' }],
      });
      // a non-demo install never has the demo accounts
      const demo = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'county', password: 'Lingyan@2026' },
      });
      expect(demo.statusCode).toBe(401);
      await app.close();
    } finally {
      await runtime.close();
    }
  });
});
