import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { desc, type SQL } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig, type AppConfig } from '../config.ts';
import { FieldCipher } from '../crypto/fieldCipher.ts';
import type { AppDeps } from '../platform/deps.ts';
import { contextOf, type Ctx } from '../platform/context.ts';
import { DEMO_PASSWORD } from '../seed/demoAccounts.ts';
import { seedFixture } from './fixtureSeed.ts';
import { seedDemoCounty } from '../seed/seedDemo.ts';
import { demoCountySmall } from '../../domain/directory/demoCounty/options.ts';
import { createTestDatabase, type TestDatabase } from './testDatabase.ts';
import { openReadReplica } from '../db/readReplica.ts';
import { auditEvents } from '../db/schema/index.ts';

/** A clock the test moves by hand (idle timeouts, lockouts). */
export class TestClock {
  constructor(private current = new Date('2026-11-22T02:00:00Z')) {}
  now = (): Date => new Date(this.current);
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  clock: TestClock;
  testDb: TestDatabase;
  ctx(): Ctx;
  close(): Promise<void>;
}

/** The real app on a fresh database, seeded with the demo county, driven through app.inject. */
export interface TestAppOptions {
  /** Seed the generated small demo county (directory with persons and households) instead of the hand-written one. */
  directory?: boolean;
  /** PostgreSQL only: the server to create the test database on (default TEST_PG_URL). */
  postgresUrl?: string;
  /** A read replica of the test database: its URL from the primary's (db/readReplica.ts). */
  replicaUrl?: (primaryUrl: string) => string;
  /** How long reads stay off a failed replica (default REPLICA_RETRY_MS). */
  replicaRetryMs?: number;
  /** Every line the app logs is also pushed here (the test reads what the server said). */
  logLines?: string[];
}

export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const testDb = await createTestDatabase(
    options.postgresUrl ? { postgresUrl: options.postgresUrl } : {},
  );
  const clock = new TestClock();
  const config = {
    ...loadConfig({
      DATA_DIR: '/nonexistent',
      CHECK_RESPONSES: '1',
      LINGYAN_AUDIT_CHECKPOINT_FILE: 'off',
    }),
    ...overrides,
  };
  const deps: AppDeps = {
    config,
    database: testDb.database,
    cipher: new FieldCipher(crypto.randomBytes(32)),
    clock: clock.now,
  };
  const ctx = (): Ctx => contextOf(deps, 'test');
  if (options.directory) {
    const seeding = await seedDemoCounty(
      { deps, keySource: 'env', close: async () => undefined },
      () => undefined,
      demoCountySmall,
      1000,
    );
    await seeding.loadRest?.();
  } else await seedFixture(ctx());
  if (options.replicaUrl && testDb.url) {
    const opened = await openReadReplica(
      options.replicaUrl(testDb.url),
      testDb.database,
      { info: () => undefined, warn: () => undefined },
      options.replicaRetryMs,
    );
    deps.replica = opened.replica;
  }
  const log = teeLog(openSuiteLog(), options.logLines);
  const app = await buildApp(deps, {
    webDist: '/nonexistent',
    logger: log !== null,
    ...(log ? { logStream: log } : {}),
  });
  return {
    app,
    deps,
    clock,
    testDb,
    ctx,
    async close() {
      await app.close();
      await deps.replica?.close();
      log?.close();
      await testDb.drop();
    },
  };
}

/**
 * With `LINGYAN_TEST_LOG_DIR` (scripts/test.sh sets it), every test app logs as a server does, at
 * the default level, into a file of that folder; after the run, scripts/check-log-numbers.mjs reads
 * the whole suite's log for full ID and mobile numbers (issue 16 finding 3).
 */
function openSuiteLog(): { write(line: string): void; close(): void } | null {
  const dir = process.env.LINGYAN_TEST_LOG_DIR;
  if (!dir) return null;
  const fd = fs.openSync(path.join(dir, `${process.pid}-${crypto.randomUUID()}.log`), 'a');
  return { write: (line) => void fs.writeSync(fd, line), close: () => fs.closeSync(fd) };
}

function teeLog(
  suite: ReturnType<typeof openSuiteLog>,
  lines: string[] | undefined,
): ReturnType<typeof openSuiteLog> {
  if (!lines) return suite;
  return {
    write: (line) => {
      lines.push(line);
      suite?.write(line);
    },
    close: () => suite?.close(),
  };
}

/** A logged-in user: cookie and CSRF header ready for `app.inject`. */
export interface Session {
  username: string;
  cookie: string;
  csrf: string;
}

export async function login(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookies = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { username, cookie: cookies, csrf: (res.json() as { csrfToken: string }).csrfToken };
}

export interface CallOptions {
  payload?: unknown;
  headers?: Record<string, string>;
}

export function call(
  app: FastifyInstance,
  session: Session | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  options: CallOptions = {},
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  }
  return app.inject({
    method,
    url,
    headers,
    ...(options.payload !== undefined ? { payload: options.payload as string } : {}),
  });
}

/** The newest audit entry (of those `where` picks), or undefined. */
export async function latestAuditEvent(t: TestApp, where?: SQL) {
  const [event] = await t.deps.database.db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return event;
}
