import type { Locale } from './types.ts';

// Periods and deadlines are defined in China Standard Time (DESIGN §5), so times are shown there
// whatever the browser's own zone.
const TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}

/**
 * How a day (no time) reads in each language, as dayjs formats: the date fields show it
 * (components/DateField.tsx) and `formatDay` writes list days the same way.
 */
export const DAY_FORMATS: Readonly<Record<Locale, string>> = {
  'zh-CN': 'YYYY-MM-DD',
  'zh-TW': 'YYYY/MM/DD',
  en: 'MMM D, YYYY',
};

/** A 'YYYY-MM-DD' day in the app language (DAY_FORMATS), without a time zone to shift it. */
export function formatDay(day: string, locale: Locale): string {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) ?? [];
  if (!y || !m || !d) return day;
  if (locale === 'zh-CN') return day;
  if (locale === 'zh-TW') return `${y}/${m}/${d}`;
  return `${EN_MONTHS[Number(m) - 1] ?? m} ${Number(d)}, ${y}`;
}

/** The day (in China Standard Time) an instant falls on, written as `formatDay` writes days. */
export function formatInstantDay(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // en-CA writes a date as YYYY-MM-DD
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
  return formatDay(day, locale);
}
const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export function formatTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

export function formatNumber(value: number | null | undefined, locale: Locale): string {
  return value === null || value === undefined ? '—' : new Intl.NumberFormat(locale).format(value);
}
