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
