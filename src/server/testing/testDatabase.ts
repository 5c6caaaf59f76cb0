import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PRESET_SCHEMES } from '../../domain/evaluation/presets/index.ts';
import { openPglite, openPostgres, type Database } from '../db/client.ts';
import { applyMigrations, MIGRATIONS_DIR } from '../db/migrate.ts';
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
  options: { migrate?: boolean; postgresUrl?: string } = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (testDbKind() === 'pglite') {
    const database = migrate
      ? await openPglite(undefined, await pgliteTemplate())
      : await openPglite();
    return { database, url: undefined, drop: () => database.close() };
  }
  // A test may bring its own server (the read-replica test's primary).
  const adminUrl = options.postgresUrl ?? process.env.TEST_PG_URL;
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

/**
 * A migrated in-memory database with the presets, dumped once and loaded by every PGlite test
 * database: PGlite's initdb takes seconds per database, loading the dump about one. Kept in the
 * temp folder under a hash of the migrations and the presets, so a change to either makes a new one.
 */
async function pgliteTemplate(): Promise<string> {
  const hash = crypto.createHash('sha256');
  for (const file of fs.readdirSync(MIGRATIONS_DIR, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(MIGRATIONS_DIR, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  hash.update(JSON.stringify(PRESET_SCHEMES));
  const dir = path.join(os.tmpdir(), 'lingyan-test-templates');
  const file = path.join(dir, `pglite-${hash.digest('hex').slice(0, 16)}.tar`);
  if (fs.existsSync(file)) return file;
  const database = await openPglite();
  try {
    await applyMigrations(database);
    await loadEvaluationPresets(database);
    if (database.raw.kind !== 'pglite') throw new Error('not an embedded database');
    const tar = await database.raw.client.dump();
    fs.mkdirSync(dir, { recursive: true });
    // Written aside and renamed: a file running in parallel never reads half a template.
    const partial = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    fs.writeFileSync(partial, tar);
    fs.renameSync(partial, file);
  } finally {
    await database.close();
  }
  return file;
}
