/**
 * Cases benchmark: intake throughput on PostgreSQL 15 — POST /api/v1/cases (routing along the
 * 五级联包 chain, two step records, an inbox row and an audit entry in one transaction, under an
 * Idempotency-Key) at 50 concurrent clients, against a trivial endpoint (GET /api/health) measured
 * in the same run on the same server. 127.0.0.1 only; request counts and time are bounded.
 *   npx tsx bench/cases/intake.ts [--count 1000] [--concurrency 50] [--max-seconds 120]
 * Needs TEST_PG_URL, or starts a throwaway PostgreSQL with scripts/pg-test-server.sh.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { httpLogin, ROOT, startServer } from '../../src/server/testing/serverProcess.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const COUNT = Math.min(opt('count', 1000), 20_000);
const CONCURRENCY = Math.min(opt('concurrency', 50), 200);
const MAX_SECONDS = Math.min(opt('max-seconds', 120), 600);

interface Stats {
  done: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** `count` requests from `concurrency` clients, stopping early at the deadline. */
async function load(
  count: number,
  send: (i: number) => Promise<Response>,
  expected: number,
): Promise<Stats> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const deadline = started + MAX_SECONDS * 1000;
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      const res = await send(i);
      const text = await res.text();
      if (res.status !== expected)
        throw new Error(`request ${i}: ${res.status} ${text.slice(0, 200)}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    done: latencies.length,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
  };
}

async function main() {
  let pgUrl = process.env.TEST_PG_URL;
  let pgDir: string | undefined;
  if (!pgUrl) {
    const out = execSync(`bash ${path.join(ROOT, 'scripts/pg-test-server.sh')} start`, {
      encoding: 'utf8',
    });
    pgUrl = /TEST_PG_URL=(\S+);/.exec(out)?.[1];
    pgDir = /PG_TEST_DIR=(\S+)/.exec(out)?.[1];
  }
  if (!pgUrl) throw new Error('no PostgreSQL');
  const dbName = `lingyan_bench_cases_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const benchUrl = new URL(pgUrl);
  benchUrl.pathname = `/${dbName}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-bench-cases-'));
  const server = await startServer(
    {
      DATA_DIR: dataDir,
      DATABASE_URL: benchUrl.toString(),
      LINGYAN_DEMO: '1',
      LINGYAN_DEMO_SIZE: 'small',
    },
    180_000,
  );
  try {
    const headers = await httpLogin(server.url, 'villager', 'Lingyan@2026');
    // warm-up: connections, prepared plans, the catalog
    await load(Math.min(50, COUNT), () => fetch(`${server.url}/api/health`), 200);
    const trivial = await load(COUNT, () => fetch(`${server.url}/api/health`), 200);
    const run = Date.now();
    const intake = await load(
      COUNT,
      (i) =>
        fetch(`${server.url}/api/v1/cases`, {
          method: 'POST',
          headers: { ...headers, 'idempotency-key': `bench-${run}-${i}` },
          body: JSON.stringify({
            typeCode: 'request',
            title: `基准诉求${i}`,
            description: '路灯不亮，夜里出行不便。',
            channel: 'app',
            fields: {},
          }),
        }),
      201,
    );
    const cases = await admin.query(`SELECT 1`).then(async () => {
      const c = new pg.Client({ connectionString: benchUrl.toString() });
      await c.connect();
      const r = await c.query<{ n: string }>(
        `SELECT count(*) AS n FROM cases WHERE title LIKE '基准诉求%'`,
      );
      await c.end();
      return Number(r.rows[0]?.n ?? 0);
    });
    const load1 = os.loadavg()[0]?.toFixed(2);
    const f = (n: number) => n.toFixed(0);
    console.log(
      `PostgreSQL 15, small demo county, ${CONCURRENCY} concurrent clients, ${COUNT} requests each (max ${MAX_SECONDS} s); ${os.cpus().length} cores, 1-min load average ${load1} at the end`,
    );
    console.log('| endpoint | requests | requests/s | p50 ms | p99 ms |');
    console.log('|---|---|---|---|---|');
    console.log(
      `| GET /api/health (trivial) | ${trivial.done} | ${f(trivial.perSecond)} | ${trivial.p50.toFixed(1)} | ${trivial.p99.toFixed(1)} |`,
    );
    console.log(
      `| POST /api/v1/cases (intake) | ${intake.done} | ${f(intake.perSecond)} | ${intake.p50.toFixed(1)} | ${intake.p99.toFixed(1)} |`,
    );
    console.log(
      `ratio intake / trivial: ${(intake.perSecond / trivial.perSecond).toFixed(3)}× throughput, p99 ${(intake.p99 / trivial.p99).toFixed(1)}×; cases written: ${cases} (expected ${intake.done})`,
    );
    if (cases !== intake.done)
      throw new Error(
        'an idempotent intake wrote a different number of cases than requests answered 201',
      );
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (pgDir) execSync(`bash ${path.join(ROOT, 'scripts/pg-test-server.sh')} stop ${pgDir}`);
  }
}

await main();
