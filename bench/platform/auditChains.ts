/**
 * Audited writes spread over counties, PostgreSQL 15: 50 concurrent writers, each write one
 * transaction that inserts a row and appends its audit event (the pattern of every service write,
 * without HTTP), all in one county, then spread over 10 counties, in one run on one database.
 * Before per-county chains every write in the database waited on one chain; now each county's
 * writers wait only on their county's.
 *   npx tsx bench/platform/auditChains.ts [--seconds 10] [--clients 50]
 * Needs TEST_PG_URL, or starts a throwaway PostgreSQL with scripts/pg-test-server.sh.
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { throwawayPostgres } from '../support/throwawayPostgres.ts';
import { appendAudit } from '../../src/server/audit/appendAudit.ts';
import { verifyAuditChains } from '../../src/server/audit/verifyChain.ts';
import { loadConfig } from '../../src/server/config.ts';
import { FieldCipher } from '../../src/server/crypto/fieldCipher.ts';
import { applyMigrations } from '../../src/server/db/migrate.ts';
import { transaction, type Ctx } from '../../src/server/platform/context.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SECONDS = Math.min(opt('seconds', 10), 60);
const CLIENTS = Math.min(opt('clients', 50), 100);

const { database, drop } = await throwawayPostgres('chains', CLIENTS);
try {
  await applyMigrations(database);
  await database.db.execute(
    sql`CREATE TABLE bench_writes (id bigserial PRIMARY KEY, county text NOT NULL, n int NOT NULL)`,
  );
  const config = loadConfig({ ...process.env, DATA_DIR: os.tmpdir() });
  const ctx: Ctx = {
    db: database.db,
    dbKind: 'postgres',
    inTransaction: false,
    actor: null,
    csrfToken: null,
    requestId: 'bench',
    clock: () => new Date(),
    cipher: new FieldCipher(Buffer.alloc(32, 7)),
    config,
  };

  const run = async (counties: readonly string[]) => {
    const latencies: number[] = [];
    const until = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        const county = counties[c % counties.length]!;
        for (let n = 0; performance.now() < until; n++) {
          const t0 = performance.now();
          await transaction(ctx, async (tx) => {
            await tx.db.execute(sql`INSERT INTO bench_writes (county, n) VALUES (${county}, ${n})`);
            await appendAudit(tx, {
              action: 'bench.write',
              objectType: 'bench',
              objectId: `${c}-${n}`,
              regionCode: `${county}101201`,
            });
          });
          latencies.push(performance.now() - t0);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.floor(q * (latencies.length - 1))] ?? NaN;
    return {
      perSecond: latencies.length / ((performance.now() - started) / 1000),
      p50: at(0.5),
      p99: at(0.99),
    };
  };
  const fmt = (s: { perSecond: number; p50: number; p99: number }) =>
    `${s.perSecond.toFixed(0).padStart(5)} writes/s  p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms`;
  console.log(
    `audited writes on PostgreSQL 15, ${CLIENTS} clients, ${SECONDS} s each (${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
  const one = await run(['410599']);
  console.log(`  one county     ${fmt(one)}`);
  const ten = await run(Array.from({ length: 10 }, (_, i) => String(410590 + i)));
  console.log(`  10 counties    ${fmt(ten)}`);
  console.log(`  ratio 10 counties / one: ${(ten.perSecond / one.perSecond).toFixed(2)}×`);
  const verified = await verifyAuditChains(database.db);
  console.log(
    `  audit verify: ${verified.ok ? 'intact' : 'BROKEN'}, ${verified.rows} events in ${verified.chains.length} chains`,
  );
} finally {
  await drop();
}
