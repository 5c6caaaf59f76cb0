import { execSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { openPostgres, type Database } from '../../src/server/db/client.ts';
import { ROOT } from '../../src/server/testing/serverProcess.ts';

/**
 * A fresh database for one bench run: on TEST_PG_URL's server, or on a throwaway PostgreSQL that
 * scripts/pg-test-server.sh starts; `drop()` removes the database (and stops that server).
 */
export async function throwawayPostgres(
  label: string,
  poolSize: number,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  let adminUrl = process.env.TEST_PG_URL;
  let pgDir: string | undefined;
  if (!adminUrl) {
    const out = execSync(`bash ${path.join(ROOT, 'scripts/pg-test-server.sh')} start`, {
      encoding: 'utf8',
    });
    adminUrl = /TEST_PG_URL=([^;\s]+)/.exec(out)?.[1];
    pgDir = /PG_TEST_DIR=([^;\s]+)/.exec(out)?.[1];
  }
  if (!adminUrl) throw new Error('no PostgreSQL');
  const name = `lingyan_${label}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), poolSize);
  return {
    database,
    drop: async () => {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      if (pgDir) execSync(`bash ${path.join(ROOT, 'scripts/pg-test-server.sh')} stop ${pgDir}`);
    },
  };
}
