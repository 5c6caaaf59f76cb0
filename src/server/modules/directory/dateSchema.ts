import { z } from 'zod';
import { parsePlainDate } from '../../../domain/directory/plainDate.ts';

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30): terms, join dates, birth dates. */
export const plainDate = z
  .string()
  .refine((text) => parsePlainDate(text) !== null, { message: 'must be a real date, YYYY-MM-DD' });
