// Calendar dates as 'YYYY-MM-DD' strings: birth dates and terms are plain dates, not instants, so
// they never pass through a time zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the parts name a day that exists in the Gregorian calendar (year 1000–9999). */
export function isRealDate({ year, month, day }: DateParts): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1000 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function parsePlainDate(text: string): DateParts | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(parts) ? parts : null;
}

export function formatPlainDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireDate(text: string, what: string): DateParts {
  const parts = parsePlainDate(text);
  if (!parts) throw new RangeError(`${what} is not a real YYYY-MM-DD date: ${text}`);
  return parts;
}

/**
 * Completed years of age on `today`. Chinese law counts 周岁 "from the day after the birthday"
 * (最高法 解释 on juvenile cases, art. 2), so on the birthday itself the previous age still holds.
 * A 29 February birthday falls on 1 March in common years, which keeps a person a minor one day
 * longer rather than shorter: the protective reading.
 */
export function ageOn(birthDate: string, today: string): number {
  const b = requireDate(birthDate, 'birthDate');
  const t = requireDate(today, 'today');
  let age = t.year - b.year;
  const birthdayMonth = b.month === 2 && b.day === 29 && !isLeapYear(t.year) ? 3 : b.month;
  const birthdayDay = b.month === 2 && b.day === 29 && !isLeapYear(t.year) ? 1 : b.day;
  const afterBirthday =
    t.month > birthdayMonth || (t.month === birthdayMonth && t.day > birthdayDay);
  if (!afterBirthday) age -= 1;
  return Math.max(age, -1);
}

/** Days since 1970-01-01 (UTC arithmetic on a plain date, no local zone involved). */
export function toEpochDay(date: string): number {
  const { year, month, day } = requireDate(date, 'date');
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/** Calendar parts of an epoch day (H. Hinnant's civil_from_days: integer arithmetic, no Date). */
export function partsFromEpochDay(epochDay: number): DateParts {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function fromEpochDay(epochDay: number): string {
  const { year, month, day } = partsFromEpochDay(epochDay);
  return `${year}-${TWO_DIGITS[month] ?? ''}-${TWO_DIGITS[day] ?? ''}`;
}
