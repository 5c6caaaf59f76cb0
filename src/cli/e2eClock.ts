import { readFileSync } from 'node:fs';

/**
 * The browser tests' movable clock: `LINGYAN_E2E_CLOCK_FILE` names a file holding an offset in
 * milliseconds that the e2e harness rewrites to jump days ahead (SLA escalation). It cannot be
 * turned on by accident in production: it needs that variable, the demo (LINGYAN_DEMO=1), the
 * embedded database (no DATABASE_URL) and no NODE_ENV=production, and the server says so loudly.
 */
export function e2eClockFromEnv(env: NodeJS.ProcessEnv): (() => Date) | null {
  const file = env.LINGYAN_E2E_CLOCK_FILE;
  if (!file) return null;
  if (env.NODE_ENV === 'production' || env.DATABASE_URL || env.LINGYAN_DEMO !== '1') {
    throw new Error(
      'LINGYAN_E2E_CLOCK_FILE is for the browser tests only: it requires LINGYAN_DEMO=1, the embedded database and NODE_ENV other than production',
    );
  }
  // Read on every call: the harness moves the clock and acts at once, and the file is tiny.
  return () => {
    let offset = 0;
    try {
      const value = Number(readFileSync(file, 'utf8').trim());
      offset = Number.isFinite(value) ? value : 0;
    } catch {
      offset = 0;
    }
    return new Date(Date.now() + offset);
  };
}
