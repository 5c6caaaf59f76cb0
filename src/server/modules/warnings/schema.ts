import { z } from 'zod';
import { WARNING_DECISIONS, WARNING_KINDS } from '../../../domain/insights/warnings.ts';
import { pageQuery } from '../../platform/pagination.ts';
import { regionCode } from '../regions/schema.ts';

export const WARNING_STATUSES = ['open', 'acknowledged', 'resolved', 'all'] as const;

export const warningsQuery = z.strictObject({
  region: regionCode.optional().describe('the region to look into (default: the caller’s scope)'),
  kind: z.enum(WARNING_KINDS).optional(),
  status: z.enum(WARNING_STATUSES).default('open'),
  ...pageQuery,
});
export type WarningsQuery = z.infer<typeof warningsQuery>;

export const warningParams = z.strictObject({
  key: z.string().min(1).max(160).describe('kind:regionCode:id, as listed'),
});

/** 知悉 (acknowledged: seen, being handled) or 已处理 (resolved), always with a note. */
export const warningDecisionBody = z.strictObject({
  status: z.enum(WARNING_DECISIONS),
  note: z.string().trim().min(1).max(500),
});
