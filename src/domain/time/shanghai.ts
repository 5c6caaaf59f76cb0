/** Calendar dates are China Standard Time (UTC+8, no daylight saving): "today" for ages and terms. */
const OFFSET_MS = 8 * 3_600_000;

/** The Asia/Shanghai calendar date of an instant, as YYYY-MM-DD. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}
