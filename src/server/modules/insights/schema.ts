import { z } from 'zod';
import { BULLETIN_PERIOD } from '../../../domain/insights/periods.ts';

export const overviewQuery = z.strictObject({
  region: z
    .string()
    .regex(/^\d{12}$/, 'must be a 12-digit region code')
    .optional(),
  year: z
    .string()
    .regex(/^\d{4}$/, 'must be a year like 2026')
    .optional(),
  /** `summary`: totals and trend only, without the children and villages a map needs (the home). */
  detail: z.enum(['full', 'summary']).default('full'),
});

export const bulletinQuery = z.strictObject({
  region: overviewQuery.shape.region,
  period: z
    .string()
    .regex(BULLETIN_PERIOD, 'must be a month like 2026-05 or a quarter like 2026-Q2'),
});

export const targetsQuery = z.strictObject({
  region: overviewQuery.shape.region,
  year: overviewQuery.shape.year,
});
