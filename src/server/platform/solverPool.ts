import { HighsPool } from '../../solver/highsPool.ts';
import { SearchPool } from '../../solver/searchPool.ts';

// One HiGHS pool per process, started by the first planner job and closed with the app.
let pool: HighsPool | null = null;

/** The process's HiGHS pool (its workers start on first use). */
export function planningSolver(): HighsPool {
  pool ??= new HighsPool();
  return pool;
}

let searchPool: SearchPool | null = null;

/** The process's union search workers (townships searched on every core; started on first use). */
export function planningSearcher(): SearchPool {
  searchPool ??= new SearchPool();
  return searchPool;
}

/** Stops the pools' workers (at shutdown; safe to call when none was started). */
export async function closePlanningSolver(): Promise<void> {
  const running = pool;
  const searching = searchPool;
  pool = null;
  searchPool = null;
  await running?.close();
  await searching?.close();
}
