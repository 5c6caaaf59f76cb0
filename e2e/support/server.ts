import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './waitFor.ts';

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The small demo county as a first start leaves it: made once a run (globalSetup), copied per file. */
export const templateDir = (root: string) => join(root, '.tmp', 'e2e-template');
const TEMPLATE_READY = 'ready';
/** Variables that change how the server runs but not what the demo seed writes. */
const SEED_NEUTRAL = new Set(['LINGYAN_E2E_CLOCK_FILE', 'CASE_SWEEP_SECONDS']);

/**
 * Starts `lingyan serve` with the demo seed on a fresh data folder and a free port; `name` labels
 * its log. It starts from a copy of the run's seeded template when there is one (the same rows a
 * first start writes, without seeding them again), unless a variable changes what the seed writes
 * (the full county, no unions): then the server seeds its own. `keepDataDir` leaves the folder in place.
 */
// A first start migrates and seeds the demo county; keep this under the browser project's hook timeout.
export async function startServer(
  root: string,
  name: string,
  readyTimeoutMs = 170_000,
  extraEnv: Record<string, string> = {},
  dataDir = mkdtempSync(join(tmpdir(), 'lingyan-e2e-')),
  keepDataDir = false,
): Promise<RunningServer> {
  const template = templateDir(root);
  const seedsAlike = Object.keys(extraEnv).every((key) => SEED_NEUTRAL.has(key));
  if (seedsAlike && existsSync(join(template, TEMPLATE_READY))) {
    cpSync(join(template, 'data'), dataDir, { recursive: true });
    cpSync(join(template, 'data.audit-checkpoints.jsonl'), `${dataDir}.audit-checkpoints.jsonl`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'bin/lingyan.mjs'), 'serve'], {
    cwd: root,
    // the small demo county holds the same demo accounts and region levels and seeds in seconds
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LINGYAN_DEMO: '1',
      LINGYAN_DEMO_SIZE: 'small',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = async () => {
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 10_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
    if (!keepDataDir) {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.audit-checkpoints.jsonl`, { force: true });
    }
    // kept for diagnosing a failed run; .tmp is gitignored
    mkdirSync(join(root, '.tmp'), { recursive: true });
    writeFileSync(join(root, '.tmp', `e2e-server-${name}.log`), output);
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server not ready after ${readyTimeoutMs} ms:\n${output}`)),
        readyTimeoutMs,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /Lingyan listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server exited early (code ${code}, signal ${signal}):\n${output}`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Seeds the small demo county once into `templateDir`: a server on a fresh folder runs until the
 * demo reports complete, then stops cleanly; the marker file is written only after that, so a failed
 * or interrupted template is never copied (the files then seed their own, as before).
 */
export async function prepareTemplate(root: string): Promise<void> {
  const template = templateDir(root);
  rmSync(template, { recursive: true, force: true });
  mkdirSync(template, { recursive: true });
  const server = await startServer(root, 'template', undefined, {}, join(template, 'data'), true);
  try {
    await waitFor(async () => {
      const response = await fetch(`${server.url}/api/v1/system/loading`);
      const status = (await response.json()) as { demo: { step: string } | null };
      return status.demo?.step === 'complete' ? true : undefined;
    }, 170_000);
  } finally {
    await server.stop();
  }
  writeFileSync(join(template, TEMPLATE_READY), new Date().toISOString());
}
