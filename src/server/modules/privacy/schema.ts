import { z } from 'zod';

export const revealBody = z.strictObject({
  objectType: z.string().min(1).max(40),
  objectId: z.uuid(),
  field: z.string().min(1).max(40),
  // PIPL: every look at a sensitive value says why.
  purpose: z.string().trim().min(2).max(200),
});

export const revealResponse = z.object({ value: z.string().nullable() });
