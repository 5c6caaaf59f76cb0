import { isBlank, type Bilingual, type CellValue, type ParseContext } from './cells.ts';
import {
  normalizeHeader,
  type Columns,
  type RecordOf,
  type SheetDefinition,
} from './sheetDefinition.ts';

/** One problem of one row, in both languages; `row` is the Excel row number (the header is row 1). */
export interface RowProblem {
  row: number;
  column: string | null;
  zh: string;
  en: string;
}

export interface SheetRow {
  row: number;
  cells: readonly CellValue[];
}

export interface ValidRow<R> {
  row: number;
  record: R;
}

export type HeaderResult<C extends Columns> =
  { ok: true; indexes: Record<keyof C, number | null> } | { ok: false; problem: Bilingual };

/** Finds each column by its header (order free, unknown headers such as 错误说明 ignored). */
export function mapHeaders<C extends Columns>(
  sheet: SheetDefinition<C>,
  headerCells: readonly CellValue[],
): HeaderResult<C> {
  const positions = new Map<string, number>();
  headerCells.forEach((cell, i) => {
    if (typeof cell === 'string' && !positions.has(normalizeHeader(cell)))
      positions.set(normalizeHeader(cell), i);
  });
  const indexes = {} as Record<keyof C, number | null>;
  const missing: string[] = [];
  for (const key of Object.keys(sheet.columns) as (keyof C & string)[]) {
    const column = sheet.columns[key];
    if (!column) continue;
    const at = positions.get(normalizeHeader(column.header));
    if (at === undefined && column.required) missing.push(column.header);
    indexes[key] = at ?? null;
  }
  if (missing.length > 0) {
    return {
      ok: false,
      problem: {
        zh: `“${sheet.sheetName}”表缺少必填列：${missing.join('、')}（请使用下载的模板）`,
        en: `the ${sheet.entity} sheet lacks required columns: ${missing.join(', ')} (use the downloadable template)`,
      },
    };
  }
  return { ok: true, indexes };
}

export interface Validation<R> {
  valid: ValidRow<R>[];
  problems: RowProblem[];
  /** Rows that were not blank. */
  rowCount: number;
}

/**
 * Parses every row and collects every problem (not only the first): cell formats, required
 * cells, cross-column rules and natural keys repeated inside the file. Blank rows are skipped.
 */
export function validateRows<C extends Columns>(
  sheet: SheetDefinition<C>,
  indexes: Record<keyof C, number | null>,
  rows: Iterable<SheetRow>,
  context: ParseContext,
  onProgress?: (rowsDone: number) => void,
): Validation<RecordOf<C>> {
  const valid: ValidRow<RecordOf<C>>[] = [];
  const problems: RowProblem[] = [];
  const firstRowOfKey = new Map<string, number>();
  const keys = Object.keys(sheet.columns) as (keyof C & string)[];
  let rowCount = 0;
  for (const { row, cells } of rows) {
    if (cells.every(isBlank)) continue;
    if (++rowCount % 1000 === 0) onProgress?.(rowCount);
    if (isExampleRow(sheet, indexes, cells)) {
      problems.push({
        row,
        column: null,
        zh: '这是模板自带的示例行，不是真实数据：请删除后再导入',
        en: 'this is the template’s example row, not real data: delete it and import again',
      });
      continue;
    }
    const record: Record<string, unknown> = {};
    const found: RowProblem[] = [];
    for (const key of keys) {
      const column = sheet.columns[key];
      if (!column) continue;
      const at = indexes[key];
      const raw = at === null ? null : (cells[at] ?? null);
      if (isBlank(raw)) {
        if (column.required)
          found.push({
            row,
            column: column.header,
            zh: `${column.header}：必填`,
            en: `${column.header}: required`,
          });
        record[key] = null;
        continue;
      }
      const parsed = column.parse(raw, context);
      if (parsed.ok) record[key] = parsed.value;
      else
        found.push({
          row,
          column: column.header,
          zh: `${column.header}：${parsed.problem.zh}`,
          en: `${column.header}: ${parsed.problem.en}`,
        });
    }
    if (found.length === 0) {
      const typed = record as RecordOf<C>;
      for (const p of sheet.rowRules?.(typed) ?? []) found.push({ row, column: null, ...p });
      if (found.length === 0) {
        const key = sheet.naturalKey(typed);
        const first = firstRowOfKey.get(key);
        if (first !== undefined) {
          const what = sheet.keyHeaders.join('+');
          found.push({
            row,
            column: null,
            zh: `与第 ${first} 行重复（${what}相同）`,
            en: `duplicates row ${first} (same ${what})`,
          });
        } else firstRowOfKey.set(key, row);
      }
    }
    if (found.length > 0) problems.push(...found);
    else valid.push({ row, record: record as RecordOf<C> });
  }
  return { valid, problems, rowCount };
}

/**
 * The template's example row left in place (张三 in 410599101201 …): every example cell the file
 * has matches, so it would import an invented person.
 */
function isExampleRow<C extends Columns>(
  sheet: SheetDefinition<C>,
  indexes: Record<keyof C, number | null>,
  cells: readonly CellValue[],
): boolean {
  let compared = 0;
  for (const key of Object.keys(sheet.columns) as (keyof C & string)[]) {
    const example = sheet.columns[key]?.example ?? '';
    const at = indexes[key];
    if (example === '' || at === null) continue;
    const raw = cells[at];
    if (isBlank(raw ?? null) || String(raw).trim() !== example) return false;
    compared++;
  }
  return compared >= 2;
}

/** Problems grouped per row, in row order: what the error column says. */
export function problemsByRow(problems: readonly RowProblem[]): Map<number, RowProblem[]> {
  const byRow = new Map<number, RowProblem[]>();
  for (const p of [...problems].sort((a, b) => a.row - b.row)) {
    const list = byRow.get(p.row);
    if (list) list.push(p);
    else byRow.set(p.row, [p]);
  }
  return byRow;
}
