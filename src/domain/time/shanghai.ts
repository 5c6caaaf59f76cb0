/** Calendar dates are China Standard Time (UTC+8, no daylight saving): "today" for ages and terms. */
const OFFSET_MS = 8 * 3_600_000;

/** The Asia/Shanghai calendar date of an instant, as YYYY-MM-DD. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant the Asia/Shanghai calendar month of `instant` began (its first day, 00:00 CST). */
export function shanghaiMonthStart(instant: Date): Date {
  const local = new Date(instant.getTime() + OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - OFFSET_MS);
}
