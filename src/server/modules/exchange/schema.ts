import { z } from 'zod';
import { EXCHANGE_ENTITIES } from '../../../domain/directory/exchange/sheetDefinition.ts';
import { regionCode } from '../regions/schema.ts';

export const entityParams = z.strictObject({ entity: z.enum(EXCHANGE_ENTITIES) });

/** The list filters of the entity's list route (persons: q, region, tag, partyMember; households: q, region, tag; others: q, region). */
export const exportQuery = z.strictObject({
  q: z.string().trim().max(40).optional(),
  region: regionCode.optional(),
  tag: z.string().trim().max(40).optional(),
  partyMember: z.enum(['true', 'false']).optional(),
});
export type ExportQuery = z.infer<typeof exportQuery>;

export const importStarted = z.object({ jobId: z.string(), url: z.string().describe('poll GET /api/v1/jobs/:id; a failed import has an error workbook at /api/v1/jobs/:id/artifact') });

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
