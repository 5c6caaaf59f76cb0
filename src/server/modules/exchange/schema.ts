import { z } from 'zod';
import { EXCHANGE_ENTITIES } from '../../../domain/directory/exchange/sheetDefinition.ts';
import { regionCode } from '../regions/schema.ts';

export const entityParams = z.strictObject({ entity: z.enum(EXCHANGE_ENTITIES) });

/** The list filters of the entity's list route; which an entity takes is EXPORT_FILTERS in exportService.ts. */
export const exportQuery = z.strictObject({
  q: z.string().trim().max(40).optional(),
  region: regionCode.optional(),
  tag: z.string().trim().max(40).optional(),
  partyMember: z.enum(['true', 'false']).optional(),
  // The other lists' filters (regions, orgs, units, memberships, positions, edges): see EXPORT_FILTERS.
  kind: z
    .string()
    .trim()
    .max(40)
    .optional()
    .describe('memberships: formal or probationary; grids: the grid kind'),
  capability: z.string().trim().max(40).optional().describe('units: a capability tag'),
  org: z.uuid().optional().describe('memberships: of this branch or party group'),
  code: z.string().trim().max(40).optional().describe('positions: the position code'),
  current: z.enum(['true', 'false']).optional().describe('positions: held today, or not'),
  level: z.coerce.number().int().min(1).max(5).optional().describe('edges: 五级联包 level'),
});
export type ExportQuery = z.infer<typeof exportQuery>;

export const importStarted = z.object({
  jobId: z.string(),
  url: z
    .string()
    .describe(
      'poll GET /api/v1/jobs/:id; a failed import has an error workbook at /api/v1/jobs/:id/artifact',
    ),
});

/** The result of an import job (GET /api/v1/jobs/:id): all rows written, or none and why. */
export const importResultView = z.object({
  entity: z.enum(EXCHANGE_ENTITIES),
  rows: z.number().int(),
  failedRows: z.number().int(),
  counts: z
    .object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() })
    .nullable()
    .describe('null when nothing was written'),
  problems: z
    .array(
      z.object({
        row: z.number().int(),
        column: z.string().nullable(),
        zh: z.string(),
        en: z.string(),
      }),
    )
    .describe('the first 100; the error workbook has them all'),
  timings: z.object({ validateMs: z.number(), writeMs: z.number() }),
});

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
