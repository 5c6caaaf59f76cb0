import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is waiting for the database: a person (a request) or the system (seeding, jobs, sweeps).
 * The embedded database runs one statement or transaction at a time; its scheduler serves every
 * waiting interactive unit before the next background one, so a seed or an export gives way to a
 * login between its slices. PostgreSQL needs no scheduler (a pool of connections), but the marks
 * cost nothing there.
 */
export type WorkPriority = 'interactive' | 'background';

/**
 * After a person's statement, background work waits this long before its next unit: a request
 * usually sends its next statement within a few milliseconds and should not queue behind a slice.
 */
export const INTERACTIVE_GRACE_MS = 25;
/** A background unit that has waited this long goes next anyway: a busy hour must not starve an export. */
export const BACKGROUND_MAX_WAIT_MS = 2000;

const current = new AsyncLocalStorage<WorkPriority>();

/** Runs `work` (and everything it starts) as background work. */
export function runInBackground<T>(work: () => PromiseLike<T>): Promise<T> {
  // Awaited inside: a lazy query (Drizzle's) starts when awaited, and must start in this context.
  return current.run('background', async () => await work());
}

export function workPriority(): WorkPriority {
  return current.getStore() ?? 'interactive';
}
