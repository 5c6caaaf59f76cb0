import { z } from 'zod';
import { ZERO_EVENT_KINDS } from '../../../domain/zero/events.ts';
import { regionCode } from '../regions/schema.ts';

/** A 三零 event in a village, or at a unit there. */
export const zeroEventBody = z.strictObject({
  regionCode,
  unitId: z.uuid().optional(),
  kind: z.enum(ZERO_EVENT_KINDS),
  occurredOn: z.iso.date(),
  description: z.string().trim().min(1).max(500),
});

const year = z.coerce.number().int().min(2000).max(2100);

export const zeroQuery = z.strictObject({ region: regionCode, year });

/** 评定验收 of a village's (or a unit's) year. */
export const zeroAcceptanceBody = z.strictObject({
  regionCode,
  unitId: z.uuid().optional(),
  year: z.number().int().min(2000).max(2100),
  accepted: z.boolean(),
  comment: z.string().trim().min(1).max(500),
});
