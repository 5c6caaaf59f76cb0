import { z } from 'zod';
import { WARNING_DECISIONS, WARNING_KINDS } from '../../../domain/insights/warnings.ts';

export const warningView = z.object({
  key: z.string(),
  kind: z.enum(WARNING_KINDS),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  subject: z.string(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  link: z.string(),
  since: z.string().nullable(),
  /** The decision taken on it, if any: still listed until its cause is gone. */
  decision: z
    .object({
      status: z.enum(WARNING_DECISIONS),
      note: z.string(),
      decidedAt: z.string(),
    })
    .nullable(),
  /** Whether the caller may acknowledge or resolve it. */
  canDecide: z.boolean(),
});

export const warningPage = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  items: z.array(warningView),
  total: z.number().int(),
  /** Open warnings of each kind (the tabs' counts). */
  open: z.record(z.enum(WARNING_KINDS), z.number().int()),
});
