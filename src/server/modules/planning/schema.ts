import { z } from 'zod';
import { CAPABILITY_TAGS } from '../../../domain/directory/unitKinds.ts';
import { plainDate } from '../directory/dateSchema.ts';
import { regionCode } from '../regions/schema.ts';

const villageCode = z.string().regex(/^\d{12}$/, 'a 12-digit village code');
const nonNegative = z.number().min(0);

/** Any subset of the union rules (DESIGN.md §3); the rest take 安丘's defaults. */
export const unionRules = z.strictObject({
  minSize: z.number().int().min(2).max(50).optional(),
  maxSize: z.number().int().min(2).max(50).optional(),
  minPopulation: nonNegative.optional(),
  maxPopulation: nonNegative.optional(),
  maxDistanceKm: nonNegative.optional(),
  sameTownship: z.boolean().optional(),
  strongThreshold: z.number().min(0).max(1).optional(),
  industryPenalty: nonNegative.optional(),
  weakOnlyPenalty: nonNegative.optional(),
});
export type UnionRulesPatch = z.infer<typeof unionRules>;

export const planUnionsBody = z.strictObject({
  region: regionCode,
  rules: unionRules.optional(),
  timeLimitSeconds: z.number().min(1).max(600).default(30),
});

const proposedUnion = z.strictObject({
  lead: villageCode,
  members: z.array(villageCode).min(1).max(50),
});
export const checkUnionsBody = z.strictObject({
  region: regionCode,
  rules: unionRules.optional(),
  unions: z.array(proposedUnion).max(2000),
});
export const adoptUnionsBody = z.strictObject({
  region: regionCode,
  rules: unionRules.optional(),
  unions: z
    .array(proposedUnion.extend({ name: z.string().trim().min(2).max(60).optional() }))
    .min(1)
    .max(2000),
});

export const regionQuery = z.strictObject({ region: regionCode });

const capability = z.enum(CAPABILITY_TAGS.map((c) => c.code) as [string, ...string[]]);
export const planPairingsBody = z.strictObject({
  region: regionCode,
  slotsPerVillage: z.number().int().min(1).max(10).default(2),
  villages: z
    .array(
      z.strictObject({
        code: villageCode,
        needs: z.array(capability).max(20),
        slots: z.number().int().min(0).max(10).optional(),
      }),
    )
    .min(1)
    .max(5000)
    .optional(),
  fit: z
    .array(
      z.strictObject({
        unit: z.uuid(),
        village: villageCode,
        value: z.number().min(-1000).max(1000),
      }),
    )
    .max(20000)
    .optional(),
});

const isoDate = plainDate;
export const adoptPairingsBody = z
  .strictObject({
    pairs: z
      .array(z.strictObject({ unit: z.uuid(), village: villageCode }))
      .min(1)
      .max(5000),
    periodStart: isoDate,
    periodEnd: isoDate.optional(),
  })
  .refine((b) => !b.periodEnd || b.periodEnd >= b.periodStart, {
    message: 'periodEnd is before periodStart',
    path: ['periodEnd'],
  });

export const jobStarted = z.object({ jobId: z.string() });
