// How one spreadsheet cell becomes a typed value. Cells arrive as people type them into Excel:
// numbers where text was meant (an ID number or a phone), dates as Date objects or serial numbers,
// labels in Chinese where the database keeps a code.
import { parseIdNumber, type ParsedIdNumber } from '../idNumber.ts';
import { normalizePhone } from '../phone.ts';
import { formatPlainDate, fromEpochDay, parsePlainDate } from '../plainDate.ts';
import { codeFromLabel, type VocabularyEntry } from '../vocabulary.ts';
import { parseRegionCode, type RegionLevel } from '../../region/regionCode.ts';

/** A cell as the workbook reader hands it over (rich text and formulas already flattened). */
export type CellValue = string | number | boolean | Date | null;

export interface Bilingual {
  zh: string;
  en: string;
}

export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: Bilingual };

export interface ParseContext {
  /** Today in Asia/Shanghai (YYYY-MM-DD): ID numbers may not carry a future birth date. */
  today: string;
}

export type CellParser<T> = (raw: CellValue, context: ParseContext) => CellResult<T>;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(zh: string, en: string): CellResult<T> => ({ ok: false, problem: { zh, en } });

/** The cell as trimmed text; '' for an empty cell. Whole numbers print without a decimal point. */
export function cellText(raw: CellValue): string {
  if (raw === null) return '';
  if (raw instanceof Date)
    return formatPlainDate({
      year: raw.getUTCFullYear(),
      month: raw.getUTCMonth() + 1,
      day: raw.getUTCDate(),
    });
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw.toFixed(0) : String(raw);
  return String(raw).trim();
}

export const isBlank = (raw: CellValue): boolean => cellText(raw) === '';

export function text(maxLength: number): CellParser<string> {
  return (raw) => {
    const t = cellText(raw);
    if (t.length > maxLength)
      return fail(`不能超过 ${maxLength} 个字`, `at most ${maxLength} characters`);
    return ok(t);
  };
}

// Excel keeps numbers as doubles: an 18-digit ID number typed into a number cell has lost its last digits.
function digitsCell(raw: CellValue, what: Bilingual): CellResult<string> {
  if (typeof raw === 'number' && !Number.isSafeInteger(raw)) {
    return fail(
      `${what.zh}被 Excel 存成了数字，末几位已丢失，请把该列设为“文本”后重新填写`,
      `the ${what.en} was stored by Excel as a number and lost its last digits; format the column as Text and type it again`,
    );
  }
  return ok(cellText(raw));
}

export const idNumber: CellParser<ParsedIdNumber> = (raw, context) => {
  const t = digitsCell(raw, { zh: '身份证号', en: 'ID number' });
  if (!t.ok) return t;
  const parsed = parseIdNumber(t.value, { today: context.today });
  return parsed.ok ? ok(parsed.value) : fail(parsed.message['zh-CN'], parsed.message.en);
};

/** A mainland mobile number, stored as 11 digits. */
export const mobile: CellParser<string> = (raw) => {
  const t = digitsCell(raw, { zh: '手机号', en: 'phone number' });
  if (!t.ok) return t;
  const parsed = normalizePhone(t.value);
  return parsed.ok ? ok(parsed.value.normalized) : fail(parsed.message['zh-CN'], parsed.message.en);
};

export function regionCode(levels?: readonly RegionLevel[]): CellParser<string> {
  return (raw) => {
    const t = cellText(raw);
    const parsed = parseRegionCode(t);
    if (!parsed.ok)
      return fail(
        `区划代码“${t}”无效（应为 12 位统计用区划代码）`,
        `region code "${t}" is invalid: ${parsed.reason}`,
      );
    if (levels && !levels.includes(parsed.info.level)) {
      return fail(
        `区划代码 ${t} 不是${levels.map((l) => LEVEL_ZH[l]).join('或')}级`,
        `region code ${t} is not at the ${levels.join(' or ')} level`,
      );
    }
    return ok(t);
  };
}

const LEVEL_ZH: Record<RegionLevel, string> = {
  province: '省',
  city: '市',
  county: '县',
  township: '乡镇',
  village: '村/社区',
};

/** A code of `entries`, written as the code or a Chinese (simplified or traditional) or English label. */
export function vocabulary<E extends VocabularyEntry>(
  entries: readonly E[],
): CellParser<E['code']> {
  return (raw) => {
    const t = cellText(raw);
    const code = codeFromLabel(entries, t);
    if (code !== null) return ok(code);
    return fail(
      `“${t}”不是可选值（可选：${zhLabels(entries)}）`,
      `"${t}" is not one of: ${entries.map((e) => e.code).join(', ')}`,
    );
  };
}

/** The zh-CN labels of a vocabulary, as a sheet's notes and messages list them. */
export const zhLabels = (entries: readonly VocabularyEntry[]): string =>
  entries.map((e) => e.label['zh-CN']).join('、');

const LIST_SEPARATORS = /[、,，;；\s]+/;

/** The items of a list cell, separated by 、 , ; or spaces; blanks dropped. */
export const cellItems = (raw: CellValue): string[] =>
  cellText(raw)
    .split(LIST_SEPARATORS)
    .filter((p) => p !== '');

/** Several codes in one cell, separated by 、 , ; or spaces; duplicates dropped. */
export function vocabularyList<E extends VocabularyEntry>(
  entries: readonly E[],
): CellParser<E['code'][]> {
  const one = vocabulary(entries);
  return (raw, context) => {
    const parts = cellItems(raw);
    const codes: E['code'][] = [];
    for (const part of parts) {
      const r = one(part, context);
      if (!r.ok) return r;
      if (!codes.includes(r.value)) codes.push(r.value);
    }
    return ok(codes);
  };
}

// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug folded in); 25569 is 1970-01-01.
const EXCEL_EPOCH_OFFSET = 25_569;

/** A calendar date: YYYY-MM-DD (also / or . as separators), an Excel date cell or an Excel serial number. */
export const plainDate: CellParser<string> = (raw) => {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fail('日期无效', 'invalid date');
    return ok(cellText(raw));
  }
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 1 || raw > 2_958_465)
      return fail(`“${raw}”不是日期`, `"${raw}" is not a date`);
    return ok(fromEpochDay(raw - EXCEL_EPOCH_OFFSET));
  }
  const t = cellText(raw);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  const iso = m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}` : t;
  const parts = parsePlainDate(iso);
  return parts
    ? ok(iso)
    : fail(
        `“${t}”不是有效日期（格式 YYYY-MM-DD，如 2024-03-01）`,
        `"${t}" is not a valid date (YYYY-MM-DD, e.g. 2024-03-01)`,
      );
};

export function integer(min: number, max: number): CellParser<number> {
  return (raw) => {
    const t = cellText(raw);
    const n = Number(t);
    if (!/^-?\d+$/.test(t) || n < min || n > max)
      return fail(
        `“${t}”应为 ${min}–${max} 之间的整数`,
        `"${t}" must be a whole number from ${min} to ${max}`,
      );
    return ok(n);
  };
}

export function decimal(min: number, max: number): CellParser<number> {
  return (raw) => {
    const t = cellText(raw);
    const n = Number(t);
    if (t === '' || !Number.isFinite(n) || n < min || n > max)
      return fail(
        `“${t}”应为 ${min}–${max} 之间的数`,
        `"${t}" must be a number from ${min} to ${max}`,
      );
    return ok(n);
  };
}

export const yesNo: CellParser<boolean> = (raw) => {
  if (typeof raw === 'boolean') return ok(raw);
  const t = cellText(raw).toLowerCase();
  if (['是', 'y', 'yes', 'true', '1'].includes(t)) return ok(true);
  if (['否', 'n', 'no', 'false', '0'].includes(t)) return ok(false);
  return fail(`“${t}”应填“是”或“否”`, `"${t}" must be 是 (yes) or 否 (no)`);
};

/**
 * A non-negative amount with at most two decimals as whole hundredths: 元 → 分, 亩 → hundredths of
 * a 亩. Read from the cell's digits, never through a float sum; thousands separators allowed.
 */
export function hundredthsOf(max: number): CellParser<number> {
  return (raw) => {
    const t = cellText(raw).replace(/[,，]/g, '');
    if (t.startsWith('-')) return fail(`“${t}”不能为负数`, `"${t}" must not be negative`);
    const m = /^(\d+)(?:\.(\d*))?$/.exec(t);
    if (!m) return fail(`“${t}”不是数字`, `"${t}" is not a number`);
    const decimals = (m[2] ?? '').replace(/0+$/, '');
    if (decimals.length > 2) return fail(`“${t}”最多两位小数`, `"${t}" has more than two decimals`);
    const value = Number(m[1]) * 100 + Number(decimals.padEnd(2, '0'));
    if (!Number.isSafeInteger(value) || value > max * 100)
      return fail(`“${t}”不能超过 ${max}`, `"${t}" must be at most ${max}`);
    return ok(value);
  };
}
