import { z } from 'zod';

export const overviewQuery = z.strictObject({
  region: z
    .string()
    .regex(/^\d{12}$/, 'must be a 12-digit region code')
    .optional(),
  year: z
    .string()
    .regex(/^\d{4}$/, 'must be a year like 2026')
    .optional(),
});
