/**
 * First start of the full demo county on the embedded database, as a new user meets it: from an
 * empty DATA_DIR, `lingyan serve --demo`, and from the moment the server listens until the demo
 * reports itself complete, once a second: GET /api/health, a login (POST /api/v1/auth/login) and
 * GET /api/v1/auth/me with that session — each timed on its own — and the first page of the
 * households list (GET /api/v1/households?pageSize=20) as the county admin and as a village cadre,
 * reported by loading step. Then (unless --no-stop) a second
 * start on a fresh folder is stopped with SIGTERM in the middle of seeding and timed, and a third
 * start on that folder must come up healthy and finish the load.
 *   npx tsx bench/platform/firstStart.ts [--timeout-minutes 15] [--stop-after 40] [--no-stop]
 * Only 127.0.0.1; one request of each kind per second.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type ServerProcess } from '../../src/server/testing/serverProcess.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const TIMEOUT_MS = opt('timeout-minutes', 15) * 60_000;
const STOP_AFTER_S = opt('stop-after', 40);
const PASSWORD = 'Lingyan@2026';

interface Loading {
  demo: null | { step: string; placesLoaded: number; placesTotal: number | null };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const summary = (values: number[]) =>
  `n=${values.length} p50=${quantile(values, 0.5).toFixed(0)} p95=${quantile(values, 0.95).toFixed(0)} max=${Math.max(...values).toFixed(0)} ms`;

async function timed(send: () => Promise<Response>): Promise<{ ms: number; response: Response }> {
  const t0 = performance.now();
  const response = await send();
  await response.clone().arrayBuffer();
  return { ms: performance.now() - t0, response };
}

async function loading(url: string): Promise<Loading> {
  return (await (await fetch(`${url}/api/v1/system/loading`)).json()) as Loading;
}

function freshDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-first-start-'));
}

const env = (dataDir: string) => ({
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  LINGYAN_DEMO: '1',
  LINGYAN_DEMO_SIZE: '',
});

/** Logs in and returns the session cookie, or null while the account is not there yet. */
async function sessionCookie(url: string, username: string): Promise<string | null> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  await response.arrayBuffer();
  if (response.status !== 200) return null;
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Samples health, login, me and the households list every second until the demo is complete. */
async function sampleFirstStart(): Promise<void> {
  const dataDir = freshDir();
  const t0 = performance.now();
  const server = await startServer(env(dataDir), 10 * 60_000);
  const listenedAt = performance.now();
  console.log(`listening after ${((listenedAt - t0) / 1000).toFixed(1)} s`);
  const health: number[] = [];
  const login: number[] = [];
  const me: number[] = [];
  const failures: string[] = [];
  /** households list timings by loading step, then by who reads ('county', 'village1') */
  const lists = new Map<string, Map<string, number[]>>();
  const readers = new Map<string, string>();
  let lastStep = '';
  let complete = false;
  try {
    while (!complete) {
      const tick = performance.now();
      if (tick - t0 > TIMEOUT_MS) {
        console.log(
          `\nNOT COMPLETE after ${TIMEOUT_MS / 60_000} min (${lastStep}); samples so far:`,
        );
        break;
      }
      const state = await loading(server.url);
      const step = state.demo
        ? `${state.demo.step} ${state.demo.placesLoaded}/${state.demo.placesTotal ?? '?'}`
        : 'nothing loading';
      if (step.split(' ')[0] !== lastStep.split(' ')[0])
        console.log(`${((tick - t0) / 1000).toFixed(0).padStart(4)} s  ${step}`);
      lastStep = step;
      complete = state.demo === null || state.demo.step === 'complete';
      if (state.demo?.step === 'interrupted')
        throw new Error(`the demo load was interrupted:\n${server.output().slice(-2000)}`);
      const h = await timed(() => fetch(`${server.url}/api/health`));
      if (h.response.status === 200) health.push(h.ms);
      else failures.push(`health ${h.response.status}`);
      const l = await timed(() =>
        fetch(`${server.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'county', password: PASSWORD }),
        }),
      );
      if (l.response.status !== 200) {
        failures.push(`login ${l.response.status}`);
      } else {
        login.push(l.ms);
        const cookie = l.response.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ');
        const m = await timed(() => fetch(`${server.url}/api/v1/auth/me`, { headers: { cookie } }));
        if (m.response.status === 200) me.push(m.ms);
        else failures.push(`me ${m.response.status}`);
      }
      for (const who of ['county', 'village1']) {
        const cookie = readers.get(who) ?? (await sessionCookie(server.url, who));
        if (!cookie) continue;
        readers.set(who, cookie);
        const r = await timed(() =>
          fetch(`${server.url}/api/v1/households?pageSize=20`, { headers: { cookie } }),
        );
        if (r.response.status !== 200) failures.push(`households ${who} ${r.response.status}`);
        else {
          const byWho = lists.get(step.split(' ')[0]!) ?? new Map<string, number[]>();
          lists.set(step.split(' ')[0]!, byWho.set(who, [...(byWho.get(who) ?? []), r.ms]));
        }
      }
      const wait = 1000 - (performance.now() - tick);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    const completeAt = performance.now();
    if (complete)
      console.log(
        `\ndemo complete ${((completeAt - t0) / 1000).toFixed(1)} s after the start (${((completeAt - listenedAt) / 1000).toFixed(1)} s after listening)`,
      );
    console.log(`GET /api/health      ${summary(health)}`);
    console.log(`POST /auth/login     ${summary(login)}`);
    console.log(`GET /auth/me         ${summary(me)}`);
    for (const [step, byWho] of lists)
      for (const [who, values] of byWho)
        console.log(`households, ${who.padEnd(8)} while ${step.padEnd(11)} ${summary(values)}`);
    console.log(
      `failed samples: ${failures.length}${failures.length ? ` (${failures.slice(0, 5).join(', ')})` : ''}`,
    );
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** SIGTERM in the middle of seeding: how long the stop takes, and whether the next start finishes. */
async function stopDuringSeeding(): Promise<void> {
  const dataDir = freshDir();
  let server: ServerProcess | null = null;
  try {
    server = await startServer(env(dataDir), 10 * 60_000);
    await new Promise((r) => setTimeout(r, STOP_AFTER_S * 1000));
    const before = await loading(server.url);
    const t0 = performance.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    console.log(
      `\nSIGTERM at ${STOP_AFTER_S} s (${before.demo?.step} ${before.demo?.placesLoaded}/${before.demo?.placesTotal}): stopped in ${(performance.now() - t0).toFixed(0)} ms, exit code ${code}`,
    );
    const t1 = performance.now();
    server = await startServer(env(dataDir), 10 * 60_000);
    const health = await fetch(`${server.url}/api/health`);
    console.log(
      `restart listening after ${((performance.now() - t1) / 1000).toFixed(1)} s, health ${health.status}`,
    );
    for (;;) {
      const state = await loading(server.url);
      if (!state.demo || state.demo.step === 'complete') break;
      if (state.demo.step === 'interrupted' || performance.now() - t1 > TIMEOUT_MS)
        throw new Error(`resumed load did not complete:\n${server.output().slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    console.log(
      `resumed load complete ${((performance.now() - t1) / 1000).toFixed(1)} s after the restart`,
    );
  } finally {
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `first start of the full demo county on PGlite (${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`,
);
await sampleFirstStart();
if (!args.includes('--no-stop')) await stopDuringSeeding();
