import crypto from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../db/client.ts';
import { applyMigrations } from '../db/migrate.ts';
import { loadEvaluationPresets } from '../modules/evaluation/presets.ts';

/** Which database this test run targets: vitest's `pglite` and `postgres` projects set TEST_DB. */
export function testDbKind(): 'pglite' | 'postgres' {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase {
  database: Database;
  /** A postgres:// URL for child processes (postgres only). */
  url: string | undefined;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database per test file: in-memory PGlite, or a new database on the real
 * PostgreSQL 15 server that scripts/test.sh started (TEST_PG_URL).
 */
export async function createTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (testDbKind() === 'pglite') {
    const database = await openPglite();
    if (!migrate) return { database, url: undefined, drop: () => database.close() };
    await applyMigrations(database);
    await loadEvaluationPresets(database);
    return { database, url: undefined, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_PG_URL;
  if (!adminUrl) throw new Error('TEST_DB=postgres needs TEST_PG_URL (scripts/test.sh sets it)');
  const name = `lingyan_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 5);
  if (migrate) {
    await applyMigrations(database);
    await loadEvaluationPresets(database);
  }
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close().catch(() => undefined); // a test may have closed it already
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
