// Timing helpers the database benches share: one call's wall time, a call repeated after a warm-up,
// and the median and 95th percentile of the times.

export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? NaN;

/** Milliseconds one call takes. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** `runs` timed calls after one untimed warm-up call. */
export async function times(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await timed(fn));
  return out;
}

/** A progress line on stderr, with the time. */
export const step = (what: string) => process.stderr.write(`${new Date().toISOString()} ${what}\n`);

export const ms = (x: number) => `${x.toFixed(1)} ms`;
