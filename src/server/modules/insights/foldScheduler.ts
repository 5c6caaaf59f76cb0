import type { FastifyInstance } from 'fastify';
import { runInBackground } from '../../db/workPriority.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { foldInsightChanges } from './fold.ts';

// Seconds between folds: a day's new records reach the dashboards within this (issue 12).
const FOLD_SECONDS = 5;

/** Folds the audit log's new rows into the roll-ups while the server runs, one fold at a time. */
export function installInsightFold(app: FastifyInstance, deps: AppDeps): void {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return running;
    running = runInBackground(async () => {
      try {
        await foldInsightChanges(deps.database.db);
      } catch (error) {
        app.log.error({ err: error }, 'insights fold failed');
      } finally {
        running = null;
      }
    });
    return running;
  };
  app.addHook('onReady', async () => {
    timer = setInterval(() => void run(), FOLD_SECONDS * 1000);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
