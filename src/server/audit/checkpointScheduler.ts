import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/deps.ts';
import { installPeriodic } from '../platform/periodic.ts';
import {
  appendCheckpoint,
  readChainHeads,
  sealCheckpoint,
  type Checkpoint,
} from './checkpoints.ts';

const WEBHOOK_TIMEOUT_MS = 5000;

async function post(url: string, cp: Checkpoint): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(cp),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`checkpoint webhook answered ${res.status}`);
}

/**
 * Writes a sealed checkpoint of every audit chain's head outside the database when the server is
 * ready, every few minutes while the heads move, and once more at shutdown (after the last request,
 * before the database closes). A failed write is logged and tried again at the next turn.
 */
export function installAuditCheckpoints(app: FastifyInstance, deps: AppDeps): void {
  const { file, url, minutes } = deps.config.auditCheckpoints;
  if (!file && !url) return;
  let lastHeads = '';
  installPeriodic(app, {
    name: 'audit checkpoint',
    everyMs: minutes * 60_000,
    atReady: true,
    atClose: true,
    work: async () => {
      const heads = await readChainHeads(deps.database.db);
      const key = JSON.stringify(heads);
      if (key === lastHeads) return;
      const cp = sealCheckpoint(heads, deps.clock(), deps.cipher);
      if (file) appendCheckpoint(file, cp);
      if (url) await post(url, cp);
      lastHeads = key;
    },
  });
}
