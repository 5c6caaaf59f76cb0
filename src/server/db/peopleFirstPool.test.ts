import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDbKind, type TestDatabase } from '../testing/testDatabase.ts';
import { runInBackground } from './workPriority.ts';

// The gate sits in front of PostgreSQL's pool; the embedded database has its own scheduler.
describe.skipIf(testDbKind() !== 'postgres')('people first on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrate: false });
  });
  afterAll(() => t.drop());

  const timed = async (work: () => Promise<unknown>) => {
    await work();
    return performance.now();
  };

  it('starts a background statement only after the running person’s statement', async () => {
    const db = t.database.db;
    const t0 = performance.now();
    const person = timed(() => db.execute(sql`SELECT pg_sleep(0.3)`));
    await new Promise((r) => setTimeout(r, 20));
    const background = runInBackground(() => timed(() => db.execute(sql`SELECT 1`)));
    const [personDone, backgroundDone] = await Promise.all([person, background]);
    expect(backgroundDone).toBeGreaterThanOrEqual(personDone);
    expect(backgroundDone - t0).toBeGreaterThanOrEqual(300);
  });

  it('waits for a person’s transaction to end, and does not wait when no one is there', async () => {
    const db = t.database.db;
    let personEnded = 0;
    const person = db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_sleep(0.2)`);
      await tx.execute(sql`SELECT 1`);
      personEnded = performance.now();
    });
    await new Promise((r) => setTimeout(r, 20));
    const backgroundDone = await runInBackground(() =>
      timed(() => db.transaction((tx) => tx.execute(sql`SELECT 1`))),
    );
    await person;
    expect(backgroundDone).toBeGreaterThanOrEqual(personEnded);
    await new Promise((r) => setTimeout(r, 50));
    const alone = performance.now();
    await runInBackground(() => db.execute(sql`SELECT 1`));
    expect(performance.now() - alone).toBeLessThan(250);
  });

  it('lets a background statement go after 2 s even while people keep the database busy', async () => {
    const db = t.database.db;
    let busy = true;
    const people = (async () => {
      while (busy) await db.execute(sql`SELECT pg_sleep(0.05)`);
    })();
    await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    await runInBackground(() => db.execute(sql`SELECT 1`));
    const waited = performance.now() - t0;
    busy = false;
    await people;
    expect(waited).toBeGreaterThanOrEqual(1900);
    expect(waited).toBeLessThan(4000);
  });
});
