import { z } from 'zod';
import { ZERO_EVENT_KINDS } from '../../../domain/zero/events.ts';

const counts = z.object({
  petition: z.number().int(),
  accident: z.number().int(),
  criminal: z.number().int(),
});

export const zeroEventView = z.object({
  id: z.string(),
  regionCode: z.string(),
  unitId: z.string().nullable(),
  kind: z.enum(ZERO_EVENT_KINDS),
  occurredOn: z.iso.date(),
  description: z.string(),
});

export const zeroEventList = z.object({
  items: z.array(zeroEventView.extend({ regionName: z.string().nullable() })),
});

export const zeroAcceptanceView = z.object({
  id: z.string(),
  subject: z.string(),
  regionCode: z.string(),
  unitId: z.string().nullable(),
  year: z.number().int(),
  accepted: z.boolean(),
  comment: z.string(),
  counts,
  decidedAt: z.string(),
});

/** A village's (or unit's) year: its recorded events by kind, still at zero or not, its 验收. */
export const zeroProgressView = z.object({
  region: z.string(),
  year: z.number().int(),
  subjects: z.number().int(),
  atZero: z.number().int(),
  rows: z.array(
    z.object({
      subject: z.string(),
      regionCode: z.string(),
      name: z.string(),
      unitId: z.string().nullable(),
      counts,
      atZero: z.boolean(),
      acceptance: z.object({ accepted: z.boolean(), decidedAt: z.string() }).nullable(),
    }),
  ),
});
