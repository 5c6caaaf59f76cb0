import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { AppConfig } from './config.ts';
import { FieldCipher } from './crypto/fieldCipher.ts';
import { resolveMasterKey, type MasterKeySource } from './crypto/masterKey.ts';
import { openPglite, openPostgres, type Database } from './db/client.ts';
import { openReadReplica, type ReadReplica } from './db/readReplica.ts';
import { acquireDataDirLock } from './db/dataDirLock.ts';
import { applyMigrations } from './db/migrate.ts';
import { STARTUP_WORK } from './backgroundTable.ts';
import { contextOf, type Ctx } from './platform/context.ts';
import type { AppDeps } from './platform/deps.ts';
import { closePlanningSolver } from './platform/solverPool.ts';
import { checkRunningKey } from './keys/keyCheck.ts';

export interface Runtime {
  deps: AppDeps;
  /** Where the field-encryption key came from (the start banner warns when it is the data folder). */
  keySource: MasterKeySource;
  /** What became of DATABASE_REPLICA_URL (the start banner prints it); null when unset. */
  replicaNote?: string | null;
  close(): Promise<void>;
}

/**
 * Opens the configured database (PGlite in DATA_DIR behind an exclusive lock, or PostgreSQL from
 * DATABASE_URL), applies migrations and loads the field-encryption key, refusing a key that cannot
 * read the data (keys/keyCheck.ts).
 */
export async function openRuntime(
  config: AppConfig,
  clock: () => Date = () => new Date(),
  options: { checkKey?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<Runtime> {
  // the key first: a start that cannot find it changes nothing and holds no lock
  const master = resolveMasterKey(config.dataDir, options.env);
  let release: (() => void) | null = null;
  let database: Database;
  if (config.databaseUrl) {
    database = await openPostgres(config.databaseUrl);
  } else {
    release = acquireDataDirLock(config.dataDir);
    try {
      database = await openPglite(`${config.dataDir}/pglite`);
    } catch (error) {
      release();
      throw error;
    }
  }
  const cipher = new FieldCipher(master.key);
  let replica: ReadReplica | undefined;
  let replicaNote: string | null;
  try {
    await applyMigrations(database);
    // `keys rotate` opens the data with the old key while a rotation is unfinished
    if (options.checkKey !== false) await checkRunningKey(database.db, cipher);
    for (const step of STARTUP_WORK) await step(database, clock());
    ({ replica, note: replicaNote } = await openReadReplica(
      config.databaseReplicaUrl,
      database,
      startLog,
    ));
  } catch (error) {
    await database.close();
    release?.();
    throw error;
  }
  return {
    deps: { config, database, cipher, clock, replica },
    keySource: master.source,
    replicaNote,
    async close() {
      await closePlanningSolver();
      await replica?.close();
      await database.close();
      release?.();
    },
  };
}

/** Lines written before the server's logger exists (buildApp hands the replica that logger). */
const startLog = {
  info: (message: string) => process.stdout.write(`${message}\n`),
  warn: (message: string) => process.stderr.write(`${message}\n`),
};

/** TRUST_PROXY=1 trusts any proxy; a list of addresses (10.0.0.1,10.0.0.2) trusts only those. */
function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): boolean | string {
  const value = env.TRUST_PROXY ?? '';
  if (value === '' || value === '0') return false;
  return value === '1' ? true : value;
}

/** A stop that takes longer than this (a request or a statement that will not end) exits anyway. */
const STOP_DEADLINE_MS = 9000;

/**
 * Serves until SIGINT/SIGTERM, then closes the server, the database and the lock, in that order,
 * within STOP_DEADLINE_MS: background work (the demo seed, jobs) is cut off between its slices and
 * resumes or is marked failed at the next start.
 */
export async function serve(runtime: Runtime): Promise<FastifyInstance> {
  const app = await buildApp(runtime.deps, { logger: true, trustProxy: trustProxyFromEnv() });
  await app.listen({ port: runtime.deps.config.port, host: runtime.deps.config.host });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      process.stderr.write('stop took too long; exiting\n');
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return app;
}

/** A context for work the system does itself (seeding, CLI commands): no session actor. */
export function systemCtx(runtime: Runtime, requestId = 'system'): Ctx {
  return contextOf(runtime.deps, requestId);
}
