import { z } from 'zod';
import { dateSentAsIso } from '../../platform/wireTime.ts';

/**
 * GET /api/v1/public/notices (no login): only the allow-listed fields of publicNotices.ts — a
 * public name, the village, the stars and level, the window and the number of objections.
 */
export const publicNoticesView = z.object({
  items: z.array(
    z.object({
      roundId: z.string(),
      roundName: z.string(),
      schemeName: z.string(),
      regionName: z.string().nullable(),
      entries: z.array(
        z.object({
          evaluationId: z.string(),
          subjectName: z.string(),
          villageName: z.string().nullable(),
          stars: z.array(z.string()),
          level: z.number().int(),
          noticeStartsAt: dateSentAsIso,
          noticeEndsAt: dateSentAsIso,
          open: z.boolean(),
          objections: z.number().int(),
        }),
      ),
    }),
  ),
});
