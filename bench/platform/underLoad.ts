/**
 * A county at work at once, on the full demo county, embedded PGlite and PostgreSQL 15 in one run:
 *  1. throughput of an authenticated list read (GET /api/v1/households?pageSize=20 as the county
 *     admin) at 16 clients, against GET /api/health at 16 clients;
 *  2. p99 of the same list read at 8 clients on the idle server, then while a county-wide round
 *     export (.xlsx), its 通报 (.docx) and a union plan (a background job) run over and over.
 * Each measurement runs for --seconds (default 8); traffic to 127.0.0.1 only.
 *   npx tsx bench/platform/underLoad.ts [--seconds 8] [--only pglite|postgres]
 * PostgreSQL: TEST_PG_URL, or a throwaway server from scripts/pg-test-server.sh.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  httpLogin,
  ROOT,
  startServer,
  type ServerProcess,
} from '../../src/server/testing/serverProcess.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SECONDS = Number(opt('seconds') ?? 8);
const ONLY = opt('only');

interface Stats {
  perSecond: number;
  p50: number;
  p99: number;
  n: number;
}

/** `clients` loops sending requests for SECONDS; latencies of the 2xx answers. */
async function load(clients: number, send: () => Promise<Response>): Promise<Stats> {
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  const client = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const res = await send();
      await res.arrayBuffer();
      if (res.status >= 400) throw new Error(`status ${res.status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    n: latencies.length,
  };
}

const fmt = (s: Stats) =>
  `${s.perSecond.toFixed(0).padStart(6)}/s  p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms  (n=${s.n})`;

async function waitForDemo(server: ServerProcess): Promise<void> {
  const deadline = performance.now() + 15 * 60_000;
  for (;;) {
    const state = (await (await fetch(`${server.url}/api/v1/system/loading`)).json()) as {
      demo: null | { step: string };
    };
    if (!state.demo || state.demo.step === 'complete') return;
    if (state.demo.step === 'interrupted' || performance.now() > deadline)
      throw new Error(`demo did not load:\n${server.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Export, 通报 and a union plan, again and again until `stop` is set; counts what finished. */
async function heavyWork(
  url: string,
  headers: Record<string, string>,
  roundId: string,
  county: string,
  stop: { done: boolean },
) {
  const counts = { exports: 0, reports: 0, plans: 0 };
  const exportLoop = async () => {
    while (!stop.done) {
      const res = await fetch(`${url}/api/v1/evaluation/rounds/${roundId}/export`, { headers });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`export ${res.status}`);
      counts.exports++;
    }
  };
  const reportLoop = async () => {
    while (!stop.done) {
      const res = await fetch(`${url}/api/v1/evaluation/rounds/${roundId}/report`, { headers });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`report ${res.status}`);
      counts.reports++;
    }
  };
  const planLoop = async () => {
    while (!stop.done) {
      const res = await fetch(`${url}/api/v1/planning/unions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ region: county, timeLimitSeconds: 5 }),
      });
      if (res.status !== 202) throw new Error(`plan ${res.status} ${await res.text()}`);
      const { jobId: id } = (await res.json()) as { jobId: string };
      for (;;) {
        const job = (await (await fetch(`${url}/api/v1/jobs/${id}`, { headers })).json()) as {
          status: string;
        };
        if (job.status === 'failed') throw new Error(`union plan failed: ${JSON.stringify(job)}`);
        if (job.status !== 'running') break;
        await new Promise((r) => setTimeout(r, 250));
      }
      counts.plans++;
    }
  };
  await Promise.all([exportLoop(), reportLoop(), planLoop()]);
  return counts;
}

async function measure(kind: string, env: Record<string, string>) {
  const t0 = performance.now();
  const server = await startServer(
    { ...env, LINGYAN_DEMO: '1', LINGYAN_DEMO_SIZE: 'full' },
    15 * 60_000,
  );
  try {
    await waitForDemo(server);
    console.log(
      `\n${kind}: full demo county loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    const headers = await httpLogin(server.url, 'county', 'Lingyan@2026');
    const list = () => fetch(`${server.url}/api/v1/households?pageSize=20`, { headers });
    const first = (await (await list()).json()) as { total: number };
    console.log(`  households in the county admin's scope: ${first.total}`);
    const health = await load(16, () => fetch(`${server.url}/api/health`));
    const reads = await load(16, list);
    console.log(`  GET /api/health, 16 clients      ${fmt(health)}`);
    console.log(`  households list, 16 clients      ${fmt(reads)}`);
    console.log(`  ratio list / health: ${(reads.perSecond / health.perSecond).toFixed(3)}×`);

    const rounds = (await (
      await fetch(`${server.url}/api/v1/evaluation/rounds`, { headers })
    ).json()) as { items: { id: string; regionCode: string; subjects: number }[] };
    const countyRound = rounds.items.find((r) => r.regionCode.endsWith('000000'));
    if (!countyRound) throw new Error('no county-wide round in the demo');
    const idle = await load(8, list);
    const stop = { done: false };
    const work = heavyWork(server.url, headers, countyRound.id, countyRound.regionCode, stop);
    await new Promise((r) => setTimeout(r, 500));
    const busy = await load(8, list);
    stop.done = true;
    const counts = await work;
    console.log(`  households list, 8 clients, idle ${fmt(idle)}`);
    console.log(
      `  … while export/通报/union plan   ${fmt(busy)}   (${counts.exports} exports of ${countyRound.subjects} branches, ${counts.reports} 通报, ${counts.plans} union plans finished meanwhile)`,
    );
    console.log(`  p99 busy / idle: ${(busy.p99 / idle.p99).toFixed(2)}×`);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

console.log(
  `under-load bench (${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`,
);
if (ONLY !== 'postgres') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-under-load-'));
  try {
    await measure('PGlite (embedded)', { DATA_DIR: dataDir, DATABASE_URL: '' });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
if (ONLY !== 'pglite') {
  let adminUrl = process.env.TEST_PG_URL;
  let pgDir: string | undefined;
  if (!adminUrl) {
    const out = execSync(`bash ${path.join(ROOT, 'scripts/pg-test-server.sh')} start`, {
      encoding: 'utf8',
    });
    adminUrl = /TEST_PG_URL=([^;\s]+)/.exec(out)?.[1]?.replace(/^['"]|['"]$/g, '');
    pgDir = /PG_TEST_DIR=([^;\s]+)/.exec(out)?.[1]?.replace(/^['"]|['"]$/g, '');
  }
  if (!adminUrl) throw new Error('no PostgreSQL');
  const name = `lingyan_under_load_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-under-load-pg-'));
  try {
    await measure('PostgreSQL 15', { DATA_DIR: dataDir, DATABASE_URL: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (pgDir) execSync(`bash ${path.join(ROOT, 'scripts/pg-test-server.sh')} stop ${pgDir}`);
  }
}
