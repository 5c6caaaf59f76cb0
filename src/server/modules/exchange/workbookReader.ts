import ExcelJS from 'exceljs';
import type { CellValue as DomainCell } from '../../../domain/directory/exchange/cells.ts';
import type { SheetDefinition } from '../../../domain/directory/exchange/sheetDefinition.ts';
import type { SheetRow } from '../../../domain/directory/exchange/validateSheet.ts';
import { AppError } from '../../platform/errors.ts';

export { XLSX_TYPE } from '../../platform/responses.ts';

export interface UploadedSheet {
  workbook: ExcelJS.Workbook;
  worksheet: ExcelJS.Worksheet;
  header: DomainCell[];
  /** Data rows (row 2 on) as plain cells, in sheet order. */
  rows: SheetRow[];
}

const badFile = (zh: string, en: string) =>
  new AppError('VALIDATION', { zh, en }, { issues: [{ path: 'body', message: en }] });

/** Flattens exceljs's cell shapes (rich text, formulas, hyperlinks, errors) to a plain value. */
export function plainCell(value: ExcelJS.CellValue): DomainCell {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date))
      ? null
      : result;
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/**
 * Opens an uploaded .xlsx and finds the sheet for `sheet` (by its name, else the first sheet).
 * A file that is not an .xlsx is a 400 with a clear message, never a 500.
 */
export async function readUpload(data: Buffer, sheet: SheetDefinition): Promise<UploadedSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw badFile(
      '文件无法读取：不是有效的 .xlsx 文件（请用 Excel 或 WPS 另存为 .xlsx 后重新上传）',
      'the file cannot be read: it is not a valid .xlsx workbook (save it as .xlsx and upload again)',
    );
  }
  const worksheet = workbook.getWorksheet(sheet.sheetName) ?? workbook.worksheets[0];
  if (!worksheet) throw badFile('工作簿中没有工作表', 'the workbook has no worksheet');
  const width = worksheet.columnCount;
  const cellsOf = (row: ExcelJS.Row): DomainCell[] =>
    Array.from({ length: width }, (_, i) => plainCell(row.getCell(i + 1).value));
  const header = cellsOf(worksheet.getRow(1));
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > 1) rows.push({ row: rowNumber, cells: cellsOf(row) });
  });
  return { workbook, worksheet, header, rows };
}
