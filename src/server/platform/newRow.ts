import { uuidv7 } from './uuidv7.ts';

/** The columns a new tenant row starts with: a fresh time-ordered id, its region and its county. */
export function newRow(now: Date, regionCode: string) {
  return { id: uuidv7(now.getTime()), regionCode, countyCode: regionCode.slice(0, 6) };
}
