import type { FastifyInstance } from 'fastify';
import { runInBackground } from '../db/workPriority.ts';

export interface PeriodicWork {
  /** Named in the log when a turn fails. */
  name: string;
  everyMs: number;
  work: () => Promise<void>;
  /** Also once when the server is ready, before the first interval (a restart skips nothing). */
  atReady?: boolean;
  /** Also once at shutdown, after the turn under way (the last state written out). */
  atClose?: boolean;
  /** Waits for people's requests on the embedded database (db/workPriority.ts). */
  background?: boolean;
}

/**
 * Work a module repeats while the server runs (a sweep, a fold, a checkpoint): one turn at a time,
 * a failed turn logged and tried again at the next, the timer stopped with the app.
 */
export function installPeriodic(app: FastifyInstance, periodic: PeriodicWork): void {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const turn = async () => {
    try {
      await periodic.work();
    } catch (error) {
      app.log.error({ err: error }, `${periodic.name} failed`);
    } finally {
      running = null;
    }
  };
  const run = () => {
    running ??= periodic.background ? runInBackground(turn) : turn();
    return running;
  };
  app.addHook('onReady', async () => {
    if (periodic.atReady) await run();
    timer = setInterval(() => void run(), periodic.everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
    if (periodic.atClose) await run();
  });
}
