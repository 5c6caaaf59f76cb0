import { z } from 'zod';

export const healthResponse = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

const loadingStep = z.enum(['directory', 'indexes', 'evaluations', 'complete', 'interrupted']);
export const statusResponse = z.object({
  demo: z
    .object({
      step: loadingStep,
      placesLoaded: z.number().int(),
      placesTotal: z.number().int().nullable(),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
    })
    .nullable(),
});
