// Calendar periods of obligation rules: ISO weeks (Monday first), months, quarters and years of
// plain dates. Dates are the Asia/Shanghai calendar days activities happened on
// (`shanghaiDate` turns an instant into one), so no time zone enters here.
import { fromEpochDay, parsePlainDate, toEpochDay } from '../directory/plainDate.ts';

export const PERIOD_UNITS = ['week', 'month', 'quarter', 'halfYear', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/**
 * One period: `key` names it (`2025-W03`, `2025-03`, `2025-Q1`, `2025-H1`, `2025`); start and end
 * included.
 */
export interface Period {
  unit: PeriodUnit;
  key: string;
  start: string;
  end: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function partsOf(date: string): { year: number; month: number; day: number } {
  const parts = parsePlainDate(date);
  if (!parts) throw new RangeError(`not a date: ${date}`);
  return parts;
}

/** Monday = 0 … Sunday = 6; 1970-01-01 was a Thursday. */
function weekday(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7;
}

function isoWeek(date: string): Period {
  const day = toEpochDay(date);
  const monday = day - weekday(day);
  // The ISO year is the year of the week's Thursday.
  const thursday = fromEpochDay(monday + 3);
  const isoYear = partsOf(thursday).year;
  const firstThursday = toEpochDay(`${isoYear}-01-04`);
  const firstMonday = firstThursday - weekday(firstThursday);
  const week = Math.floor((monday - firstMonday) / 7) + 1;
  return {
    unit: 'week',
    key: `${isoYear}-W${pad(week)}`,
    start: fromEpochDay(monday),
    end: fromEpochDay(monday + 6),
  };
}

function lastDay(year: number, month: number): string {
  // The day before the first of the next month.
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return fromEpochDay(toEpochDay(next) - 1);
}

/** The period of `unit` that holds `date`. */
export function periodOf(date: string, unit: PeriodUnit): Period {
  const { year, month } = partsOf(date);
  switch (unit) {
    case 'week':
      return isoWeek(date);
    case 'month':
      return {
        unit,
        key: `${year}-${pad(month)}`,
        start: `${year}-${pad(month)}-01`,
        end: lastDay(year, month),
      };
    case 'quarter': {
      const q = Math.floor((month - 1) / 3) + 1;
      const first = (q - 1) * 3 + 1;
      return {
        unit,
        key: `${year}-Q${q}`,
        start: `${year}-${pad(first)}-01`,
        end: lastDay(year, first + 2),
      };
    }
    case 'halfYear':
      return month <= 6
        ? { unit, key: `${year}-H1`, start: `${year}-01-01`, end: `${year}-06-30` }
        : { unit, key: `${year}-H2`, start: `${year}-07-01`, end: `${year}-12-31` };
    case 'year':
      return { unit, key: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
  }
}

/** Every period of `unit` that overlaps [from, to], in order. */
export function periodsBetween(from: string, to: string, unit: PeriodUnit): Period[] {
  const periods: Period[] = [];
  if (to < from) return periods;
  let period = periodOf(from, unit);
  for (;;) {
    periods.push(period);
    if (period.end >= to) return periods;
    period = periodOf(fromEpochDay(toEpochDay(period.end) + 1), unit);
  }
}

/** Localised label of a period key for tables and reports (`2025年3月`, `2025年第1季度`, …). */
export function periodLabel(period: Pick<Period, 'unit' | 'key'>): string {
  const [year, rest] = period.key.split('-');
  switch (period.unit) {
    case 'week':
      return `${year}年第${Number(rest?.slice(1))}周`;
    case 'month':
      return `${year}年${Number(rest)}月`;
    case 'quarter':
      return `${year}年第${rest?.slice(1)}季度`;
    case 'halfYear':
      return `${year}年${rest === 'H1' ? '上' : '下'}半年`;
    case 'year':
      return `${year}年`;
  }
}
