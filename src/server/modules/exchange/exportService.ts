import type { CellValue } from '../../../domain/directory/exchange/cells.ts';
import { SHEETS } from '../../../domain/directory/exchange/sheets.ts';
import type { ExchangeEntity } from '../../../domain/directory/exchange/sheetDefinition.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import {
  exportEdges,
  exportGrids,
  exportMemberships,
  exportPairs,
  exportOrgs,
  exportPositions,
  exportRegions,
  exportUnits,
  type ExportRows,
} from './exportDirectory.ts';
import { exportHouseholds, exportPersons } from './exportPersons.ts';
import type { ExportQuery } from './schema.ts';
import { exportWorkbook, templateWorkbook } from './workbookWriter.ts';

export interface XlsxFile {
  name: string;
  data: Buffer;
}

type Exporter = (ctx: Ctx, q: ExportQuery) => Promise<CellValue[][] | ExportRows>;
const EXPORTERS: Partial<Record<ExchangeEntity, Exporter>> = {
  persons: exportPersons,
  households: exportHouseholds,
  regions: exportRegions,
  orgs: exportOrgs,
  units: exportUnits,
  memberships: exportMemberships,
  positions: exportPositions,
  edges: exportEdges,
  grids: exportGrids,
  pairs: exportPairs,
};

/** The filters each entity's export takes (those of its list route); any other is a 400. */
const EXPORT_FILTERS: Record<ExchangeEntity, readonly (keyof ExportQuery)[]> = {
  persons: ['q', 'region', 'tag', 'partyMember'],
  households: ['q', 'region', 'tag'],
  regions: ['q', 'region'],
  orgs: ['q', 'region'],
  units: ['q', 'region', 'capability'],
  memberships: ['region', 'kind', 'org'],
  positions: ['region', 'code', 'current'],
  edges: ['region', 'level'],
  grids: ['q', 'region', 'kind'],
  pairs: ['region'],
};

export async function template(entity: ExchangeEntity): Promise<XlsxFile> {
  const sheet = SHEETS[entity];
  return { name: `${sheet.sheetName}-导入模板.xlsx`, data: await templateWorkbook(sheet) };
}

/** Any filtered list the caller can see, as a workbook with the import sheet's columns. */
export async function exportList(
  ctx: Ctx,
  entity: ExchangeEntity,
  q: ExportQuery,
): Promise<XlsxFile> {
  const exporter = EXPORTERS[entity];
  if (!exporter)
    throw new AppError('NOT_FOUND', {
      zh: `暂不支持导出“${entity}”`,
      en: `exporting ${entity} is not supported yet`,
    });
  const unknown = (Object.keys(q) as (keyof ExportQuery)[]).filter(
    (k) => q[k] !== undefined && !EXPORT_FILTERS[entity].includes(k),
  );
  if (unknown.length > 0)
    throw validationError(
      unknown.map((k) => ({
        path: `query.${k}`,
        message: `the ${entity} list has no such filter`,
      })),
    );
  const out = await exporter(ctx, q);
  const { rows, extraHeaders } = Array.isArray(out) ? { rows: out, extraHeaders: [] } : out;
  const sheet = SHEETS[entity];
  return {
    name: `${sheet.sheetName}-${shanghaiDate(ctx.clock())}.xlsx`,
    data: await exportWorkbook(sheet, rows, extraHeaders),
  };
}
