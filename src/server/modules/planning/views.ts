import { z } from 'zod';
import { UNION_VIOLATION_CODES } from '../../../domain/planning/unions/checkUnionPlan.ts';

// What the planning routes answer (their response schemas), and what a union plan job stores as
// its result; the web derives its types from these.

/** A union with its population and cost; members are village codes, lead first. */
export const proposedUnionView = z.object({
  lead: z.string(),
  members: z.array(z.string()),
  population: z.number(),
  cost: z.number(),
});

/** One broken rule as data (see findUnionViolations); only the fields that apply are present. */
export const unionViolationView = z.object({
  code: z.enum(UNION_VIOLATION_CODES),
  unionIndex: z.number().int().optional(),
  union: z.string().optional(),
  villages: z.array(z.string()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  actual: z.number().optional(),
  reported: z.number().optional(),
});

export const unionCheckView = z.object({
  violations: z.array(unionViolationView),
  unions: z.array(proposedUnionView),
  cost: z.number(),
});

export const adoptedUnionView = z.object({
  id: z.string(),
  name: z.string(),
  lead: z.string(),
  members: z.array(z.string()),
});
export const unionsAdoptedView = z.object({ unions: z.array(adoptedUnionView) });

export const unionView = adoptedUnionView.extend({
  regionCode: z.string(),
  form: z.string().describe('how the union works; leadVillage: 以强带弱, led by its lead village'),
  createdAt: z.iso.datetime(),
  villages: z.array(z.object({ code: z.string(), name: z.string() })),
});
export const unionList = z.object({ items: z.array(unionView) });

export const pairingsAdoptedView = z.object({
  pairings: z.array(z.object({ id: z.string(), unit: z.string(), village: z.string() })),
});

export const pairingView = z.object({
  id: z.string(),
  unit: z.string(),
  unitName: z.string(),
  village: z.string(),
  villageName: z.string(),
  periodStart: z.string().describe('YYYY-MM-DD'),
  periodEnd: z.string().nullable(),
});
export const pairingList = z.object({ items: z.array(pairingView) });

const planningVillageView = z.object({
  code: z.string(),
  name: z.string(),
  lat: z.number(),
  lng: z.number(),
  population: z.number(),
  industry: z.string(),
  strength: z.number(),
  township: z.string(),
});

const unionRulesView = z.object({
  minSize: z.number(),
  maxSize: z.number(),
  minPopulation: z.number(),
  maxPopulation: z.number(),
  maxDistanceKm: z.number(),
  sameTownship: z.boolean(),
  strongThreshold: z.number(),
  industryPenalty: z.number(),
  weakOnlyPenalty: z.number(),
});

/** The result of a union plan job (GET /api/v1/jobs/:id): the page draws it, adopt takes it back. */
export const unionPlanResultView = z.object({
  plan: z.object({
    unions: z.array(proposedUnionView),
    unassigned: z.array(z.object({ code: z.string(), reason: z.string() })),
    coverage: z.number(),
    cost: z.number(),
    bound: z.object({ kind: z.enum(['optimal', 'lower']), cost: z.number() }),
  }),
  villages: z.array(planningVillageView),
  skipped: z.array(z.object({ code: z.string(), name: z.string(), reason: z.string() })),
  rules: unionRulesView,
});
