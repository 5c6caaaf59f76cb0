// Plain-date arithmetic for generated terms and join dates.
import { fromEpochDay, toEpochDay } from '../plainDate.ts';
import type { Random } from './random.ts';

/** A day up to `maxDays` after `from`, never after `notAfter`. */
export function dateAfter(
  random: Random,
  from: string,
  maxDays: number,
  notAfter = '9999-12-31',
): string {
  const day = fromEpochDay(toEpochDay(from) + random.int(0, maxDays));
  return day < notAfter ? day : notAfter;
}

/** The day `days` before `date`. */
export function shiftBack(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) - days);
}
