import type { CellValue } from '../../../domain/directory/exchange/cells.ts';
import { SHEETS } from '../../../domain/directory/exchange/sheets.ts';
import type {
  Columns,
  ExchangeEntity,
} from '../../../domain/directory/exchange/sheetDefinition.ts';
import { inArray } from 'drizzle-orm';
import { regions } from '../../db/schema/index.ts';
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
import { inChunks } from './importer.ts';
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
  // 三资 are exported by the economy module (/api/v1/economy/exports/assets), not here
  assets: [],
};

/** 所在村（区划代码） → 所在村（名称）; 任职区划代码 → 任职区划名称. */
const regionNameHeader = (header: string) =>
  header.includes('（区划代码）')
    ? header.replace('（区划代码）', '（名称）')
    : header.replace('区划代码', '区划名称');

/**
 * Each region-code column gets its region's name in an extra column after the sheet's own (the
 * import reads the codes and passes over the extra columns, so a file still round-trips).
 */
async function withRegionNames(
  ctx: Ctx,
  columns: Columns,
  out: { rows: CellValue[][]; extraHeaders?: string[] | undefined },
): Promise<{ rows: CellValue[][]; extraHeaders: string[] }> {
  const headers = Object.values(columns).map((c) => c.header);
  const codeColumns = headers.flatMap((h, i) => (h.includes('区划代码') ? [i] : []));
  const extras = out.extraHeaders ?? [];
  if (codeColumns.length === 0 || out.rows.length === 0)
    return { rows: out.rows, extraHeaders: extras };
  const codes = new Set<string>();
  for (const row of out.rows)
    for (const i of codeColumns) if (typeof row[i] === 'string') codes.add(row[i]);
  const found = await inChunks([...codes], (chunk) =>
    ctx.db
      .select({ code: regions.code, name: regions.name })
      .from(regions)
      .where(inArray(regions.code, chunk)),
  );
  const names = new Map(found.map((r) => [r.code, r.name]));
  return {
    rows: out.rows.map((row) => {
      const padded = [...row];
      while (padded.length < headers.length + extras.length) padded.push(null);
      return [
        ...padded,
        ...codeColumns.map((i) =>
          typeof row[i] === 'string' ? (names.get(row[i]) ?? null) : null,
        ),
      ];
    }),
    extraHeaders: [...extras, ...codeColumns.map((i) => regionNameHeader(headers[i] ?? ''))],
  };
}

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
  const exported = Array.isArray(out) ? { rows: out, extraHeaders: [] } : out;
  const sheet = SHEETS[entity];
  const { rows, extraHeaders } =
    entity === 'regions' ? exported : await withRegionNames(ctx, sheet.columns, exported);
  return {
    name: `${sheet.sheetName}-${shanghaiDate(ctx.clock())}.xlsx`,
    data: await exportWorkbook(sheet, rows, extraHeaders),
  };
}
