import { HighsPool } from '../../solver/highsPool.ts';

// One HiGHS pool per process, started by the first planner job and closed with the app.
let pool: HighsPool | null = null;

/** The process's HiGHS pool (its workers start on first use). */
export function planningSolver(): HighsPool {
  pool ??= new HighsPool();
  return pool;
}

/** Stops the pool's workers (at shutdown; safe to call when none was started). */
export async function closePlanningSolver(): Promise<void> {
  const running = pool;
  pool = null;
  await running?.close();
}
