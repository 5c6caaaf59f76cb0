import { z } from 'zod';

export const jobParams = z.strictObject({ id: z.uuid() });

export const jobView = z.object({
  id: z.string(),
  kind: z.string().describe('what runs: import.<entity>, planning.unions, planning.pairings'),
  status: z.enum(['running', 'succeeded', 'failed']),
  progress: z.number().describe('0–1'),
  message: z.string().nullable(),
  result: z
    .unknown()
    .describe('the kind’s result once done (an import’s counts and problems, a plan), else null'),
  artifact: z.object({ name: z.string(), type: z.string().nullable(), url: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
