// What the kinds add to the one case engine: dispute statistics (安阳 5884 / 5574 = 94.73 %),
// reception days (人大代表接待日: the 11th of each month, announced a week ahead), the public wish
// wall's masking.

/** 化解率 as a percentage with two decimals (5574 / 5884 → 94.73); null when nothing was found. */
export function resolutionRate(found: number, resolved: number): number | null {
  if (found <= 0) return null;
  return Math.round((resolved / found) * 10_000) / 100;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Adds days to a YYYY-MM-DD date (calendar arithmetic in UTC, no clock). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The next reception days on or after `today` (a Shanghai date): the `dayOfMonth` of each month,
 * each with the date it must be announced (`noticeDays` before). Months shorter than the day use
 * their last day.
 */
export function receptionSchedule(
  today: string,
  count: number,
  dayOfMonth = 11,
  noticeDays = 7,
): { date: string; announceOn: string }[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const out: { date: string; announceOn: string }[] = [];
  for (let i = 0; out.length < count && i < count + 2; i++) {
    const month = m - 1 + i;
    const year = y + Math.floor(month / 12);
    const mm = (month % 12) + 1;
    const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
    const date = `${year}-${pad(mm)}-${pad(Math.min(dayOfMonth, last))}`;
    if (date < today) continue;
    out.push({ date, announceOn: addDays(date, -noticeDays) });
  }
  return out;
}

/** May a reception day be published now? Only with at least `noticeDays` of notice. */
export function announcedInTime(date: string, today: string, noticeDays = 7): boolean {
  return addDays(today, noticeDays) <= date;
}

/** The public wall names nobody: the surname stays, the rest is hidden (张三丰 → 张**). */
export function wallName(name: string): string {
  const chars = [...name];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}
