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
  trend: z.array(z.object({ month: z.string(), metrics })),
  children: z.array(place),
  /** Villages under a county or township, for the map's points and township areas. */
  villages: z.array(place),
});
export type OverviewView = z.infer<typeof overviewView>;
