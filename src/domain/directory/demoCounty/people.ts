// Person-level facts: birth dates, ID numbers that are valid and unique within the county, phones.
import type { Gender } from '../idNumber.ts';
import type { EducationLevel } from '../personAttributes.ts';
import { partsFromEpochDay } from '../plainDate.ts';
import type { Random } from './random.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
/** Births from 1900-01-01 (epoch day −25567) for 160 years fit the sequence table. */
const FIRST_DAY = -25567;
const DAYS = 160 * 366;

/**
 * Hands out the 3-digit sequence of ID numbers: odd for men, even for women, never twice for one
 * birth date in one county (the blind index is unique). A full day moves the birth a day on.
 * The check character is computed arithmetically: the generator makes millions of these.
 */
export class IdNumberAllocator {
  private readonly used = new Uint16Array(DAYS * 2);
  private readonly prefixSum: number;
  private readonly codes: number[];

  constructor(private readonly regionPrefix: string) {
    if (!/^\d{6}$/.test(regionPrefix)) throw new RangeError('region prefix must be 6 digits');
    let sum = 0;
    for (let i = 0; i < 6; i++) sum += (regionPrefix.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
    this.prefixSum = sum;
    this.codes = Array.from(regionPrefix.padEnd(18, '0'), (c) => c.charCodeAt(0));
  }

  allocate(birthEpochDay: number, gender: Gender): { idNumber: string; birthDate: string } {
    const male = gender === 'male' ? 1 : 0;
    let day = Math.min(Math.max(birthEpochDay, FIRST_DAY), FIRST_DAY + DAYS - 1);
    let slot = (day - FIRST_DAY) * 2 + male;
    while ((this.used[slot] ?? 0) >= 500) {
      day++;
      slot += 2;
    }
    const n = this.used[slot] ?? 0;
    this.used[slot] = n + 1;
    const seq = 2 * n + male;
    const { year, month, day: dom } = partsFromEpochDay(day);
    // Weighted digit sum of YYYYMMDD and the sequence, positions 7–17 of the number.
    const sum =
      this.prefixSum +
      Math.floor(year / 1000) * 2 +
      (Math.floor(year / 100) % 10) * 1 +
      (Math.floor(year / 10) % 10) * 6 +
      (year % 10) * 3 +
      Math.floor(month / 10) * 7 +
      (month % 10) * 9 +
      Math.floor(dom / 10) * 10 +
      (dom % 10) * 5 +
      Math.floor(seq / 100) * 8 +
      (Math.floor(seq / 10) % 10) * 4 +
      (seq % 10) * 2;
    const birthDate = `${year}-${TWO_DIGITS[month] ?? ''}-${TWO_DIGITS[dom] ?? ''}`;
    // One flat string per number instead of a rope of six pieces: millions of these are kept.
    const codes = this.codes;
    for (let i = 0; i < 4; i++) codes[6 + i] = birthDate.charCodeAt(i);
    codes[10] = birthDate.charCodeAt(5);
    codes[11] = birthDate.charCodeAt(6);
    codes[12] = birthDate.charCodeAt(8);
    codes[13] = birthDate.charCodeAt(9);
    codes[14] = 48 + Math.floor(seq / 100);
    codes[15] = 48 + (Math.floor(seq / 10) % 10);
    codes[16] = 48 + (seq % 10);
    codes[17] = CHECK_CHARS.charCodeAt(sum % 11);
    return { idNumber: String.fromCharCode.apply(null, codes), birthDate };
  }
}

/** Epoch day of a birth `age` completed years before `referenceEpochDay`, at a random day of that year. */
export function birthEpochDayForAge(
  random: Random,
  referenceEpochDay: number,
  age: number,
): number {
  return referenceEpochDay - Math.floor(age * 365.25) - random.int(1, 364);
}

const MOBILE_PREFIXES = ['13', '15', '18', '19', '17', '16'];

export function mobileNumber(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + String(random.int(0, 999_999_999)).padStart(9, '0');
}

/** Rural schooling by birth cohort: older villagers mostly primary, the young mostly senior high. */
export function educationFor(random: Random, age: number): EducationLevel {
  if (age < 7) return 'none';
  if (age < 13) return 'primary';
  if (age < 16) return 'juniorHigh';
  const r = random.next();
  if (age >= 65)
    return r < 0.2 ? 'none' : r < 0.7 ? 'primary' : r < 0.95 ? 'juniorHigh' : 'seniorHigh';
  if (age >= 45)
    return r < 0.25 ? 'primary' : r < 0.75 ? 'juniorHigh' : r < 0.95 ? 'seniorHigh' : 'college';
  if (age < 19) return r < 0.3 ? 'juniorHigh' : 'seniorHigh';
  return r < 0.05
    ? 'primary'
    : r < 0.4
      ? 'juniorHigh'
      : r < 0.7
        ? 'seniorHigh'
        : r < 0.85
          ? 'college'
          : r < 0.98
            ? 'bachelor'
            : 'postgraduate';
}
