import { sql, type SQL } from 'drizzle-orm';

/**
 * Periods in SQL as one integer each, the same periods as domain/obligations/periods.ts: ISO weeks
 * counted from Monday 2001-01-01, months from year 0 (a quarter, half-year or year is a month
 * count divided by 3, 6 or 12). Integers hash and compare cheaply, and the whole periods inside a
 * window are a range of them, so none has to be generated to be counted.
 */
const MONDAY = '2001-01-01';

export const monthOf = (day: SQL) =>
  sql`(date_part('year', ${day})::int * 12 + date_part('month', ${day})::int - 1)`;

export const monthsIn = (every: SQL) =>
  sql`(CASE ${every} WHEN 'quarter' THEN 3 WHEN 'halfYear' THEN 6 WHEN 'year' THEN 12 ELSE 1 END)`;

/** The index of the period of kind `every` that holds `day`. */
export const periodIndex = (every: SQL, day: SQL) => sql`(CASE ${every}
  WHEN 'week' THEN ${weekOf(day)}
  ELSE ${monthOf(day)} / ${monthsIn(every)} END)`;

/** The index of the ISO week that holds `day`. */
export const weekOf = (day: SQL) => sql`floor((${day} - ${MONDAY}::date) / 7.0)::int`;

/** The first day of period `p`. */
export const periodFirstDay = (every: SQL, p: SQL) => sql`(CASE ${every}
  WHEN 'week' THEN ${MONDAY}::date + 7 * ${p}
  ELSE make_date((${p} * ${monthsIn(every)}) / 12, (${p} * ${monthsIn(every)}) % 12 + 1, 1) END)`;

/**
 * The whole periods of a window [first, last]: from the first period that starts on or after
 * `first` (the one after the day before it) to the last that ends on or before `last` (the one
 * before the day after it). Empty when lo > hi.
 */
export const wholePeriods = (every: SQL, first: SQL, last: SQL) => ({
  lo: sql`(${periodIndex(every, sql`(${first} - 1)`)} + 1)`,
  hi: sql`(${periodIndex(every, sql`(${last} + 1)`)} - 1)`,
});
