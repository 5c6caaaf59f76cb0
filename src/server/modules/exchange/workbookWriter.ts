import type ExcelJS from 'exceljs';
import type { CellValue } from '../../../domain/directory/exchange/cells.ts';
import type { SheetDefinition } from '../../../domain/directory/exchange/sheetDefinition.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import { normalizeHeader } from '../../../domain/directory/exchange/sheetDefinition.ts';
import { buildXlsx } from '../../documents/renderer.ts';
import type { SheetSpec } from '../../documents/spec.ts';

export const ERROR_HEADER = '错误说明';
export const ERROR_HEADER_EN = 'Problems (English)';

const REQUIRED_FILL = 'FFFDE2E1';
const HEADER_FILL = 'FFE8EEF7';

/** The entity's data sheet: Chinese headers, required ones shaded, a note on each. */
function dataSheet(
  sheet: SheetDefinition,
  rows: readonly (readonly CellValue[])[],
  extraHeaders: readonly string[] = [],
): SheetSpec {
  // Text format everywhere: Excel must not turn an ID number into 1.10105E+17.
  const columns = Object.values(sheet.columns).map((c) => ({
    header: c.header,
    width: Math.max(12, c.header.length * 2 + 4),
    text: true,
    fill: c.required ? REQUIRED_FILL : HEADER_FILL,
    note: `${c.required ? '必填。' : ''}${c.note}`,
  }));
  return {
    name: sheet.sheetName,
    columns,
    rows,
    extraHeaders: extraHeaders.map((header) => ({ header, width: 16 })),
  };
}

/** The template: Chinese headers (required ones shaded), one example row, and a 说明 sheet. */
export function templateWorkbook(sheet: SheetDefinition): Promise<Buffer> {
  const lines = [
    `把数据填在“${sheet.sheetName}”表中，第 1 行为表头，从第 2 行开始填写（示例行可删除或改写）。`,
    '导入时先校验全部行：只要有一行有误，就一行都不写入，并返回带“错误说明”列的文件；改正后可直接上传该文件。',
    '同一文件可重复导入：已有数据按唯一标识更新，未改动的行不会产生任何变化。空白单元格不会清除已有数据。',
    '只能导入您管辖范围内的数据。',
    ...sheet.notes,
  ];
  const help: SheetSpec = {
    name: '说明',
    columns: [
      { header: '列', width: 22 },
      { header: '必填', width: 8 },
      { header: '说明', width: 100 },
    ],
    rows: [
      ...Object.values(sheet.columns).map((c) => [c.header, c.required ? '是' : '否', c.note]),
      [],
      ...lines.map((line) => ['', '', line]),
    ],
  };
  return buildXlsx({
    sheets: [dataSheet(sheet, [Object.values(sheet.columns).map((c) => c.example)]), help],
  });
}

/**
 * An export: the sheet's columns, one row per record; `extraHeaders` (names shown next to masked ID
 * numbers) follow them and are ignored when the file is imported again. Built in the document
 * thread: a county's 200,000 rows do not hold the thread that answers requests.
 */
export function exportWorkbook(
  sheet: SheetDefinition,
  rows: readonly (readonly CellValue[])[],
  extraHeaders: readonly string[] = [],
): Promise<Buffer> {
  return buildXlsx({ sheets: [dataSheet(sheet, rows, extraHeaders)] });
}

/**
 * The uploaded workbook returned with a 错误说明 column (and its English twin) filled on every
 * failed row. A re-uploaded error file has its old explanations cleared first.
 */
export async function errorWorkbook(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  header: readonly CellValue[],
  problems: Map<number, RowProblem[]>,
): Promise<Buffer> {
  const find = (name: string) =>
    header.findIndex((h) => typeof h === 'string' && normalizeHeader(h) === normalizeHeader(name));
  const last = header.reduce<number>((at, h, i) => (h === null || h === '' ? at : i + 1), 0);
  const zhAt = find(ERROR_HEADER) >= 0 ? find(ERROR_HEADER) + 1 : last + 1;
  const enAt = find(ERROR_HEADER_EN) >= 0 ? find(ERROR_HEADER_EN) + 1 : Math.max(zhAt, last) + 1;
  worksheet.getColumn(zhAt).eachCell((cell, row) => {
    if (row > 1) cell.value = null;
  });
  worksheet.getColumn(enAt).eachCell((cell, row) => {
    if (row > 1) cell.value = null;
  });
  const head = worksheet.getRow(1);
  head.getCell(zhAt).value = ERROR_HEADER;
  head.getCell(enAt).value = ERROR_HEADER_EN;
  for (const at of [zhAt, enAt]) {
    head.getCell(at).font = { bold: true, color: { argb: 'FFC00000' } };
    worksheet.getColumn(at).width = 60;
  }
  for (const [rowNumber, list] of problems) {
    const row = worksheet.getRow(rowNumber);
    row.getCell(zhAt).value = list.map((p) => p.zh).join('；');
    row.getCell(enAt).value = list.map((p) => p.en).join('; ');
    row.getCell(zhAt).font = { color: { argb: 'FFC00000' } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
