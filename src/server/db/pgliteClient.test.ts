import { afterEach, describe, expect, it } from 'vitest';
import { testDbKind } from '../testing/testDatabase.ts';
import { PgliteThreadClient } from './pgliteClient.ts';
import { runInBackground } from './workPriority.ts';

// The embedded database's thread and scheduler; PostgreSQL has neither, so its project skips these.
describe.skipIf(testDbKind() === 'postgres')('PGlite in its own thread', () => {
  let client: PgliteThreadClient;
  afterEach(async () => {
    await client?.close();
  });

  const open = async () => {
    client = new PgliteThreadClient();
    await client.waitReady;
    return client;
  };

  /** A transaction that holds the database until `release` is called. */
  const hold = (db: PgliteThreadClient) => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const done = db.transaction(async (tx) => {
      await tx.query('SELECT 1');
      entered();
      await gate;
    });
    return { release, inside, done };
  };

  it('serves waiting interactive statements before waiting background ones', async () => {
    const db = await open();
    const held = hold(db);
    await held.inside;
    const order: string[] = [];
    const run = (name: string) =>
      db
        .query<{ name: string }>('SELECT $1::text AS name', [name])
        .then((r) => order.push(r.rows[0]!.name));
    const waiting = [
      runInBackground(() => run('background-1')),
      runInBackground(() => run('background-2')),
      run('interactive'),
    ];
    expect(db.queued()).toEqual({ interactive: 1, background: 2 });
    held.release();
    await Promise.all([held.done, ...waiting]);
    expect(order).toEqual(['interactive', 'background-1', 'background-2']);
  });

  it('holds background work back while a person’s request is under way, and lets it go when it ends', async () => {
    const db = await open();
    const order: string[] = [];
    const run = (name: string) =>
      db
        .query<{ name: string }>('SELECT $1::text AS name', [name])
        .then((r) => order.push(r.rows[0]!.name));
    db.requestStarted();
    await run('first statement');
    const background = runInBackground(() => run('background'));
    // The request's next statement comes after some work of its own (a password hash, say).
    await new Promise((r) => setTimeout(r, 60));
    await run('second statement');
    db.requestEnded();
    await background;
    expect(order).toEqual(['first statement', 'second statement', 'background']);
  });

  it('runs a background unit that has waited 2 s even while people’s statements keep coming', async () => {
    const db = await open();
    let backgroundDoneAt = 0;
    const started = performance.now();
    // Eight people reading without pause, as a busy hour would.
    let stop = false;
    const reader = async () => {
      while (!stop) await db.query('SELECT count(*) FROM generate_series(1, 20000)');
    };
    const readers = Array.from({ length: 8 }, reader);
    await new Promise((r) => setTimeout(r, 50));
    await runInBackground(() => db.query('SELECT 1')).then(
      () => (backgroundDoneAt = performance.now() - started),
    );
    stop = true;
    await Promise.all(readers);
    expect(backgroundDoneAt).toBeGreaterThan(0);
    expect(backgroundDoneAt).toBeLessThan(6000);
  });

  it('keeps the HTTP thread free while a long statement runs', async () => {
    const db = await open();
    const started = performance.now();
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 10);
    await db.query('SELECT count(*) FROM generate_series(1, 3000000)');
    clearInterval(timer);
    const elapsed = performance.now() - started;
    // A statement on this thread would have held every timer until it ended.
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks[0]! - started).toBeLessThan(elapsed / 2);
  });

  it('carries PostgreSQL error fields across the thread and rolls a failed transaction back', async () => {
    const db = await open();
    await db.exec('CREATE TABLE t (id int PRIMARY KEY)');
    await db.query('INSERT INTO t VALUES (1)');
    const error = await db
      .query('INSERT INTO t VALUES (1)')
      .catch((e: unknown) => e as Record<string, unknown>);
    expect(error).toMatchObject({ code: '23505', constraint: 't_pkey', table: 't' });
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (2)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (3)');
    });
    expect(
      (await db.query<{ id: number }>('SELECT id FROM t ORDER BY id')).rows.map((r) => r.id),
    ).toEqual([1, 3]);
  });

  it('copies from a blob inside a transaction and applies the caller’s parsers', async () => {
    const db = await open();
    await db.exec('CREATE TABLE c (id int, at timestamptz)');
    await db.transaction(async (tx) => {
      await tx.query(`COPY c (id, at) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
        blob: new Blob(['1,2026-01-02T03:04:05Z\n2,\n']),
      });
    });
    const parsed = await db.query<{ id: number; at: string | null }>(
      'SELECT id, at FROM c ORDER BY id',
      [],
      { parsers: { 1184: (text: string) => `text:${text}` } },
    );
    expect(parsed.rows).toEqual([
      { id: 1, at: 'text:2026-01-02 03:04:05+00' },
      { id: 2, at: null },
    ]);
  });

  it('on close refuses what waits, lets the running transaction finish and then stops', async () => {
    const db = await open();
    await db.exec('CREATE TABLE k (id int)');
    const held = hold(db);
    await held.inside;
    const waiting = db.query('INSERT INTO k VALUES (1)');
    const closed = db.close();
    await expect(waiting).rejects.toThrow('closing');
    await expect(db.query('SELECT 1')).rejects.toThrow('closing');
    held.release();
    await held.done;
    await closed;
  });
});
