// 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd = male),
// ISO 7064 MOD 11-2 check character. 15-digit numbers from before 1999 are still on old records.
import { ageOn, isRealDate, type DateParts } from './plainDate.ts';

export type Gender = 'male' | 'female';

export type IdNumberProblem =
  | 'empty'
  | 'badCharacters'
  | 'badLength'
  | 'badRegion'
  | 'badBirthDate'
  | 'birthDateInFuture'
  | 'badChecksum';

export interface ParsedIdNumber {
  /** 18 characters, check character upper-case; legacy numbers converted. */
  normalized: string;
  /** True when the input was a 15-digit pre-1999 number (flag it for re-verification). */
  legacy15: boolean;
  /** First six digits: the 行政区划代码 of the place of first registration. */
  regionPrefix: string;
  birthDate: string;
  gender: Gender;
}

export type IdNumberResult =
  | { ok: true; value: ParsedIdNumber }
  | { ok: false; problem: IdNumberProblem; message: { 'zh-CN': string; en: string } };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// Provinces of GB/T 2260, plus 71 (台湾), 81/82 (港澳) and 83 (台湾 residence permits).
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

const MESSAGES: Record<IdNumberProblem, { 'zh-CN': string; en: string }> = {
  empty: { 'zh-CN': '身份证号码为空', en: 'ID number is empty' },
  badCharacters: {
    'zh-CN': '身份证号码只能包含数字,最后一位可以是 X',
    en: 'ID number may contain only digits, with X allowed as the last character',
  },
  badLength: {
    'zh-CN': '身份证号码应为 18 位(旧号码 15 位)',
    en: 'ID number must have 18 digits (15 for old numbers)',
  },
  badRegion: {
    'zh-CN': '身份证号码前两位不是有效的省级代码',
    en: 'ID number does not start with a valid province code',
  },
  badBirthDate: {
    'zh-CN': '身份证号码中的出生日期不存在',
    en: 'the birth date inside the ID number is not a real date',
  },
  birthDateInFuture: {
    'zh-CN': '身份证号码中的出生日期晚于今天',
    en: 'the birth date inside the ID number is in the future',
  },
  badChecksum: { 'zh-CN': '身份证号码校验位错误', en: 'ID number check character is wrong' },
};

function fail(problem: IdNumberProblem): IdNumberResult {
  return { ok: false, problem, message: MESSAGES[problem] };
}

/** The GB 11643 check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('check character needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** 15 → 18 digits: the year gains "19" (15-digit numbers were issued for 20th-century births only). */
export function convertLegacyIdNumber(id15: string): string {
  if (!/^\d{15}$/.test(id15)) throw new RangeError('legacy ID numbers have exactly 15 digits');
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idNumberCheckChar(first17);
}

// Users paste numbers from Word and WeChat: full-width digits, spaces and a lower-case x are common.
function cleanInput(input: string): string {
  return input
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[xX\uFF58\uFF38]/g, 'X')
    .replace(/[\s\u3000-]/g, '');
}

/**
 * Validates and normalizes an ID number. Pass `today` to reject birth dates in the future (the
 * domain has no clock of its own).
 */
export function parseIdNumber(input: string, options: { today?: string } = {}): IdNumberResult {
  const text = cleanInput(input);
  if (text === '') return fail('empty');
  if (!/^\d+X?$/.test(text)) return fail('badCharacters');
  const legacy15 = text.length === 15;
  if (legacy15 && text.endsWith('X')) return fail('badCharacters');
  if (!legacy15 && text.length !== 18) return fail('badLength');
  const full = legacy15 ? convertLegacyIdNumber(text) : text;
  if (!PROVINCE_CODES.has(full.slice(0, 2))) return fail('badRegion');
  const parts: DateParts = {
    year: Number(full.slice(6, 10)),
    month: Number(full.slice(10, 12)),
    day: Number(full.slice(12, 14)),
  };
  if (!isRealDate(parts) || parts.year < 1880) return fail('badBirthDate');
  const birthDate = `${full.slice(6, 10)}-${full.slice(10, 12)}-${full.slice(12, 14)}`;
  if (options.today !== undefined && birthDate > options.today) return fail('birthDateInFuture');
  if (!legacy15 && idNumberCheckChar(full.slice(0, 17)) !== full.charAt(17))
    return fail('badChecksum');
  return {
    ok: true,
    value: {
      normalized: full,
      legacy15,
      regionPrefix: full.slice(0, 6),
      birthDate,
      gender: Number(full.charAt(16)) % 2 === 1 ? 'male' : 'female',
    },
  };
}

export function isValidIdNumber(input: string, options: { today?: string } = {}): boolean {
  return parseIdNumber(input, options).ok;
}

/** Builds a valid 18-digit number; `sequence` is 0–999 and its parity must match the gender. */
export function buildIdNumber(regionPrefix: string, birthDate: string, sequence: number): string {
  if (!/^\d{6}$/.test(regionPrefix)) throw new RangeError('region prefix must be 6 digits');
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999)
    throw new RangeError('sequence must be 0–999');
  const first17 = `${regionPrefix}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** Under 14 completed years on `today`: the platform treats their data as sensitive (PIPL art. 28). */
export function isMinor(birthDate: string, today: string): boolean {
  return ageOn(birthDate, today) < 14;
}
