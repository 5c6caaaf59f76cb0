/**
 * Platform benchmark: start-up time and API throughput on embedded PGlite vs PostgreSQL 15,
 * measured in one run. Traffic goes to 127.0.0.1 only; request counts are bounded.
 *   npx tsx bench/platform/api.ts [--reads 2000] [--writes 300]
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
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const READS = opt('reads', 2000);
const WRITES = opt('writes', 300);
const CONCURRENCY = 8;

interface Stats {
  perSecond: number;
  p50: number;
  p95: number;
}

async function load(
  count: number,
  concurrency: number,
  send: (i: number) => Promise<Response>,
): Promise<Stats> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      const res = await send(i);
      await res.arrayBuffer();
      if (res.status >= 400) throw new Error(`request ${i}: ${res.status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: count / seconds, p50: at(0.5), p95: at(0.95) };
}

async function measure(kind: string, env: Record<string, string>) {
  let t0 = performance.now();
  let server = await startServer(env, 120_000);
  const coldStart = performance.now() - t0;
  server.child.kill('SIGTERM');
  await server.exited;
  t0 = performance.now();
  server = await startServer(env, 120_000);
  const warmStart = performance.now() - t0;
  try {
    const headers = await httpLogin(server.url, 'county', 'Lingyan@2026');
    const reads = await load(READS, CONCURRENCY, () =>
      fetch(`${server.url}/api/v1/regions?parent=410599100000`, { headers }),
    );
    const writes = await load(WRITES, 4, (i) =>
      fetch(`${server.url}/api/v1/regions`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': `bench-${i}` },
        body: JSON.stringify({
          code: `410599100${String(500 + (i % 499)).padStart(3, '0')}`,
          name: `基准村${i}`,
        }),
      }),
    );
    return { kind, coldStart, warmStart, reads, writes };
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
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
  const dbName = `lingyan_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const benchUrl = new URL(pgUrl);
  benchUrl.pathname = `/${dbName}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-bench-'));
  try {
    const results = [
      await measure('PGlite (embedded)', {
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        LINGYAN_DEMO: '1',
      }),
      await measure('PostgreSQL 15', {
        DATA_DIR: dataDir,
        DATABASE_URL: benchUrl.toString(),
        LINGYAN_DEMO: '1',
      }),
    ];
    const f = (n: number) => n.toFixed(0);
    console.log(
      `reads: ${READS} × GET /api/v1/regions?parent=… (concurrency ${CONCURRENCY}); writes: ${WRITES} × POST /api/v1/regions with Idempotency-Key (concurrency 4)`,
    );
    console.log(
      '| database | cold start (migrate + seed) ms | warm start ms | reads/s | read p50 / p95 ms | writes/s | write p50 / p95 ms |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const r of results) {
      console.log(
        `| ${r.kind} | ${f(r.coldStart)} | ${f(r.warmStart)} | ${f(r.reads.perSecond)} | ${r.reads.p50.toFixed(1)} / ${r.reads.p95.toFixed(1)} | ${f(r.writes.perSecond)} | ${r.writes.p50.toFixed(1)} / ${r.writes.p95.toFixed(1)} |`,
      );
    }
    const [a, b] = results;
    if (a && b)
      console.log(
        `ratio PostgreSQL / PGlite: reads ${(b.reads.perSecond / a.reads.perSecond).toFixed(2)}×, writes ${(b.writes.perSecond / a.writes.perSecond).toFixed(2)}×, warm start ${(b.warmStart / a.warmStart).toFixed(2)}×`,
      );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (pgDir) execSync(`bash ${path.join(ROOT, 'scripts/pg-test-server.sh')} stop ${pgDir}`);
  }
}

await main();
