import { z } from 'zod';

export const residentHomeQuery = z.strictObject({
  /** One of the caller's households (我家 or a 联户 household); any other is not found. */
  household: z.uuid().optional(),
});

const stars = z.object({
  evaluationId: z.string(),
  /** The level awarded (stars held), from the evaluation record. */
  level: z.number().int(),
  /** The keys of the stars held. */
  stars: z.array(z.string()),
  roundName: z.string(),
  period: z.string(),
  schemeName: z.string(),
  awardedAt: z.string(),
});

/** 居民手机首页: only what concerns the caller — their households, requests and villages' notices. */
export const residentHomeView = z.object({
  person: z.object({ name: z.string() }).nullable(),
  households: z.array(
    z.object({
      id: z.string(),
      /** own: 我家; contact: a household the member answers for (联户). */
      relation: z.enum(['own', 'contact']),
      headName: z.string(),
      regionCode: z.string(),
      villageName: z.string().nullable(),
      members: z.number().int(),
      /** The latest award; null before any. */
      stars: stars.nullable(),
    }),
  ),
  /** The party members who answer for the caller's own household. */
  contacts: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The caller's own requests not yet settled; null without a directory person. */
  cases: z
    .object({
      open: z.number().int(),
      toConfirm: z.number().int(),
      items: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          state: z.string(),
          dueAt: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  /** 公示 under way in the villages of the households above. */
  notices: z.array(
    z.object({
      roundId: z.string(),
      roundName: z.string(),
      villageCode: z.string(),
      villageName: z.string().nullable(),
      subjects: z.number().int(),
      endsAt: z.string(),
    }),
  ),
});
export type ResidentHomeView = z.infer<typeof residentHomeView>;
