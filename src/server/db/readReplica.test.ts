import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../platform/deps.ts';
import { registerRoutes } from '../platform/registerRoutes.ts';
import { defineRoute } from '../platform/route.ts';
import { ROUTES } from '../routeTable.ts';
import { rowsOf } from '../testing/exchangeKit.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../testing/testApp.ts';
import { testDbKind } from '../testing/testDatabase.ts';
import { openReadReplica } from './readReplica.ts';

// Reads stay off a failed standby this long here (1 s instead of 5, to keep the test short).
const RETRY_MS = 1000;

const PAIR_SCRIPT = path.resolve(import.meta.dirname, '../../../scripts/pg-replica-pair.sh');
const pair = (...args: string[]): string =>
  execFileSync('bash', [PAIR_SCRIPT, ...args], { encoding: 'utf8', timeout: 40_000 });

describe('routes that read from the replica', () => {
  it('are the dashboards, exports and reports the route table marks, all GET', () => {
    const marked = ROUTES.filter((r) => r.reads === 'replica').map((r) => `${r.method} ${r.url}`);
    expect(marked).toEqual(
      expect.arrayContaining([
        'GET /api/v1/insights/overview',
        'GET /api/v1/insights/bulletin',
        'GET /api/v1/insights/targets',
        'GET /api/v1/exchange/export/:entity',
        'GET /api/v1/evaluation/rounds/:id/report',
        'GET /api/v1/task-lists/:id/report',
      ]),
    );
    expect(marked.every((r) => r.startsWith('GET '))).toBe(true);
  });

  it('refuses a write route that declares a replica read', () => {
    const write = defineRoute({
      method: 'POST',
      url: '/api/v1/nowhere',
      summary: 'x',
      tag: 'x',
      auth: 'session',
      permission: 'directory.write',
      reads: 'replica',
      handler: async () => undefined,
    });
    expect(() => registerRoutes(Fastify(), {} as AppDeps, [write])).toThrow(
      'only GET routes may read from the replica',
    );
  });
});

describe.runIf(testDbKind() === 'pglite')('read replica on the embedded database', () => {
  it('ignores DATABASE_REPLICA_URL and says so', async () => {
    const t = await createTestApp();
    try {
      const opened = await openReadReplica('postgres://replica:5432/x', t.deps.database, {
        info: () => undefined,
        warn: () => undefined,
      });
      expect(opened.replica).toBeUndefined();
      expect(opened.note).toContain('DATABASE_REPLICA_URL ignored: the embedded database (PGlite)');
    } finally {
      await t.close();
    }
  });
});

// A primary and its streaming replica (two PostgreSQL 15 servers on 127.0.0.1, started here),
// the app reading its replica routes from the standby.
describe.runIf(testDbKind() === 'postgres')('read replica (PostgreSQL streaming)', () => {
  let dir = '';
  let replicaPort = '';
  // Replay is paused and resumed server-wide: the standby client stays on its `postgres` database.
  let primary: pg.Client, standby: pg.Client;
  let t: TestApp;
  let county: Session, township: Session;
  const logLines: string[] = [];

  beforeAll(async () => {
    const vars = Object.fromEntries(
      pair('start')
        .trim()
        .split(' ')
        .map((kv) => kv.split('=') as [string, string]),
    );
    dir = vars.PAIR_DIR ?? '';
    replicaPort = vars.REPLICA_PORT ?? '';
    const primaryUrl = `postgres://postgres@127.0.0.1:${vars.PRIMARY_PORT}/postgres`;
    t = await createTestApp(
      {},
      {
        postgresUrl: primaryUrl,
        replicaUrl: (url) => {
          const u = new URL(url);
          u.port = replicaPort;
          return u.toString();
        },
        replicaRetryMs: RETRY_MS,
        logLines,
      },
    );
    primary = new pg.Client({ connectionString: t.testDb.url });
    await primary.connect();
    await connectStandby();
    [county, township] = [await login(t.app, 'county'), await login(t.app, 'township')];
  }, 60_000);

  afterAll(async () => {
    await primary?.end().catch(() => undefined);
    await standby?.end().catch(() => undefined);
    await t?.close();
    if (dir) pair('stop', dir);
  }, 30_000);

  async function connectStandby(): Promise<void> {
    standby = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
    });
    await standby.connect();
  }

  /** Waits until the standby has replayed everything the primary has written. */
  async function caughtUp(): Promise<void> {
    const target = (await primary.query('SELECT pg_current_wal_lsn()::text AS l')).rows[0].l;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await standby.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [
        target,
      ]);
      if (rows[0].ok === true) return;
      if (Date.now() > deadline) throw new Error(`the standby did not reach ${target} in 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function pauseReplay(): Promise<void> {
    await standby.query('SELECT pg_wal_replay_pause()');
    for (let i = 0; i < 200; i++) {
      const state = (await standby.query('SELECT pg_get_wal_replay_pause_state() AS s')).rows[0].s;
      if (state === 'paused') return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('replay did not pause');
  }

  const resumeReplay = () => standby.query('SELECT pg_wal_replay_resume()');

  /** Every cell of the units export, as the session downloads it. */
  async function exportedUnits(session: Session): Promise<string[]> {
    const res = await call(t.app, session, 'GET', '/api/v1/exchange/export/units');
    expect(res.statusCode).toBe(200);
    return (await rowsOf(res.rawPayload)).flat().map(String);
  }

  let unitId = '';

  it('reads replica routes from the standby, others from the primary', async () => {
    const replica = t.deps.replica;
    if (!replica) throw new Error('no replica opened');
    const recovery = await replica.db.execute(sql`SELECT pg_is_in_recovery() AS standby`);
    expect((recovery as unknown as { rows: { standby: boolean }[] }).rows[0]?.standby).toBe(true);

    await caughtUp();
    await pauseReplay();
    // The county writes while the standby stands still.
    const created = await call(t.app, county, 'POST', '/api/v1/units', {
      payload: { name: '副本测试农业站', kind: 'agency', regionCode: '410599101000' },
    });
    expect(created.statusCode).toBe(201);
    unitId = created.json().id;

    // The township's export comes from the standby: the unit is not there yet …
    expect(await exportedUnits(township)).not.toContain('副本测试农业站');
    // … while its unit list, not a replica route, reads the primary and has it.
    const list = await call(t.app, township, 'GET', '/api/v1/units?pageSize=200');
    expect(list.json().items.map((u: { name: string }) => u.name)).toContain('副本测试农业站');

    await resumeReplay();
    await caughtUp();
    expect(await exportedUnits(township)).toContain('副本测试农业站');
  });

  it('shows a user their own writes until the standby has replayed them', async () => {
    await caughtUp();
    await pauseReplay();
    const renamed = await call(t.app, county, 'PATCH', `/api/v1/units/${unitId}`, {
      payload: { name: '副本测试农技站' },
    });
    expect(renamed.statusCode).toBe(200);
    // The writer's export goes to the primary: the standby is behind the write's WAL position.
    expect(await exportedUnits(county)).toContain('副本测试农技站');
    // Anyone else still reads the standby, which has the old name.
    const others = await exportedUnits(township);
    expect(others).toContain('副本测试农业站');
    expect(others).not.toContain('副本测试农技站');

    await resumeReplay();
    await caughtUp();
    expect(await exportedUnits(county)).toContain('副本测试农技站');
    // Replayed past the write: the writer is back on the standby. A change made on the primary
    // behind the app's back (no account's write) is not in their export while replay is paused.
    await pauseReplay();
    await primary.query(`UPDATE units SET name = '副本测试直改' WHERE id = $1`, [unitId]);
    const writer = await exportedUnits(county);
    expect(writer).toContain('副本测试农技站');
    expect(writer).not.toContain('副本测试直改');
    await resumeReplay();
  });

  it('answers from the primary with a log line when the standby is down, and returns to it', async () => {
    await caughtUp();
    await pauseReplay();
    await primary.query(`UPDATE units SET name = '副本停机期间' WHERE id = $1`, [unitId]);
    await standby.end();
    pair('stop-replica', dir);

    // Only the primary has this name: the answer came from there, not a 500. The pool's idle
    // connections, cut by the shutdown, already marked the standby down.
    expect(await exportedUnits(township)).toContain('副本停机期间');
    expect(logLines.join('')).toContain('read replica unavailable');
    // Past the retry interval the standby is tried again: the read fails there and is answered
    // from the primary.
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS + 200));
    expect(await exportedUnits(township)).toContain('副本停机期间');
    const log = logLines.join('');
    expect(log).toContain('trying it again');
    expect(log).toContain('answering from the primary');
    // The dashboard and a report, read from the primary while the standby is down.
    expect((await call(t.app, township, 'GET', '/api/v1/insights/overview')).statusCode).toBe(200);
    const bulletin = await call(t.app, township, 'GET', '/api/v1/insights/bulletin?period=2026-10');
    expect(bulletin.statusCode).toBe(200);

    pair('start-replica', dir);
    await connectStandby();
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS + 200));
    await pauseReplay();
    await primary.query(`UPDATE units SET name = '副本恢复以后' WHERE id = $1`, [unitId]);
    const back = await exportedUnits(township);
    expect(back).toContain('副本停机期间');
    expect(back).not.toContain('副本恢复以后');
    await resumeReplay();
  }, 45_000);
});
