import type { CellValue } from '../../../domain/directory/exchange/cells.ts';
import { SHEETS } from '../../../domain/directory/exchange/sheets.ts';
import type { ExchangeEntity } from '../../../domain/directory/exchange/sheetDefinition.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { exportHouseholds, exportPersons } from './exportPersons.ts';
import type { ExportQuery } from './schema.ts';
import { exportWorkbook, templateWorkbook } from './workbookWriter.ts';

export interface XlsxFile {
  name: string;
  data: Buffer;
}

type Exporter = (ctx: Ctx, q: ExportQuery) => Promise<CellValue[][]>;
const EXPORTERS: Partial<Record<ExchangeEntity, Exporter>> = {
  persons: exportPersons,
  households: exportHouseholds,
};

export async function template(entity: ExchangeEntity): Promise<XlsxFile> {
  const sheet = SHEETS[entity];
  return { name: `${sheet.sheetName}-导入模板.xlsx`, data: await templateWorkbook(sheet) };
}

/** Any filtered list the caller can see, as a workbook with the import sheet's columns. */
export async function exportList(ctx: Ctx, entity: ExchangeEntity, q: ExportQuery): Promise<XlsxFile> {
  const exporter = EXPORTERS[entity];
  if (!exporter) throw new AppError('NOT_FOUND', { zh: `暂不支持导出“${entity}”`, en: `exporting ${entity} is not supported yet` });
  if ((q.partyMember && entity !== 'persons') || (q.tag && entity !== 'persons' && entity !== 'households')) {
    throw validationError([{ path: 'query', message: `the ${entity} list has no such filter` }]);
  }
  const rows = await exporter(ctx, q);
  const sheet = SHEETS[entity];
  return { name: `${sheet.sheetName}-${shanghaiDate(ctx.clock())}.xlsx`, data: await exportWorkbook(sheet, rows) };
}
