/** The periods a month rolls into: itself, its quarter, its year ("2026-05" → 2026-Q2, 2026). */
export function periodsOfMonth(month: string): string[] {
  const year = month.slice(0, 4);
  const quarter = Math.floor((Number(month.slice(5, 7)) + 2) / 3);
  return [month, `${year}-Q${quarter}`, year];
}

/** The twelve months of a year, for trend lines. */
export function monthsOf(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** A month (`2026-05`), as opposed to a quarter (`2026-Q2`) or a year (`2026`). */
export const isMonth = (period: string) => /^\d{4}-\d{2}$/.test(period);

/** The months a period spans: a year's twelve, a quarter's three, a month itself. */
export function monthsOfPeriod(period: string): string[] {
  if (period.length === 4) return monthsOf(period);
  if (period[5] !== 'Q') return [period];
  const first = (Number(period.slice(6)) - 1) * 3;
  return monthsOf(period.slice(0, 4)).slice(first, first + 3);
}

/** A month (2026-05) or a quarter (2026-Q2): the periods a 通报 is written for. */
export const BULLETIN_PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** The period before: the previous month or quarter, across the year's turn. */
export function previousPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  if (period[5] === 'Q') {
    const q = Number(period.slice(6));
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  const month = Number(period.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** 2026年5月 / 2026年第二季度. */
export function periodName(period: string): string {
  const year = period.slice(0, 4);
  if (period[5] === 'Q') return `${year}年第${QUARTER_NAMES[Number(period.slice(6)) - 1]}季度`;
  return `${year}年${Number(period.slice(5, 7))}月`;
}
