import { z } from 'zod';

const metrics = z.record(z.string(), z.number());
const place = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  metrics,
});

export const overviewView = z.object({
  region: z.object({ code: z.string(), name: z.string(), level: z.string() }),
  year: z.string(),
  /** The way back up, within the caller's scope (province → … → this region). */
  path: z.array(z.object({ code: z.string(), name: z.string() })),
  totals: metrics,
  /** The year before's totals: growth (of the collective income) is the two compared on read. */
  lastYearTotals: metrics,
  trend: z.array(z.object({ month: z.string(), metrics })),
  children: z.array(place),
  /** Villages under a county or township, for the map's points and township areas. */
  villages: z.array(place),
});
export type OverviewView = z.infer<typeof overviewView>;

export const TARGET_GAUGES = [
  'threeStarShare',
  'disputeResolutionRate',
  'resolutionRate',
  'satisfactionRate',
  'obligationCompliance',
] as const;

export const targetGauge = z.object({
  key: z.enum(TARGET_GAUGES),
  /** The 五星 scheme a star share is of; null for the other gauges. */
  scheme: z.string().nullable(),
  /** Percent, one decimal; null when the records hold nothing to divide. */
  actual: z.number().nullable(),
  /** The records behind the percentage: part of whole (≥3-star branches of subjects, …). */
  part: z.number(),
  whole: z.number(),
  /** Percent; null where no configuration holds a target. */
  target: z.number().nullable(),
  /** region: the region's own target; preset: the scheme preset's; scheme: a metric rule's threshold. */
  targetSource: z.enum(['region', 'preset', 'scheme']).nullable(),
  /** The star scheme's round covering the region in the year (its board lists the subjects). */
  roundId: z.string().nullable(),
});
export type TargetGauge = z.infer<typeof targetGauge>;

export const targetsView = z.object({
  region: z.object({ code: z.string(), name: z.string(), level: z.string() }),
  year: z.string(),
  gauges: z.array(targetGauge),
});
export type TargetsView = z.infer<typeof targetsView>;
