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
  /** When the owner was shown the outcome (a finished, unseen job is on their 待办). */
  seenAt: z.iso.datetime().nullable(),
});

/** A job on the owner's list: no result body (a plan can be large), an import's counts instead. */
export const jobSummary = jobView.omit({ result: true }).extend({
  rows: z.number().int().nullable().describe('an import’s rows read, else null'),
  failedRows: z.number().int().nullable(),
  counts: z
    .object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() })
    .nullable(),
});
export const jobList = z.object({ items: z.array(jobSummary) });
