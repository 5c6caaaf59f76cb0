import { z } from 'zod';
import { LEVEL_TARGETS } from '../../../domain/directory/responsibility.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { householdListItem } from '../households/schema.ts';
import { regionCode } from '../regions/schema.ts';

const targetKinds = [...new Set(Object.values(LEVEL_TARGETS).flat())] as [string, ...string[]];
const level = z.coerce.number().int().min(1).max(5);

export const listEdgesQuery = z.strictObject({
  region: regionCode.optional(),
  level: level.optional(),
  responsible: z.uuid().optional(),
  target: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .describe('edges pointing at this id (a household, a person, a village code…)'),
  ...pageQuery,
});
export const edgeParams = z.strictObject({ id: z.uuid() });

export const createEdgeBody = z.strictObject({
  level: z.number().int().min(1).max(5),
  responsibleId: z.uuid(),
  targetKind: z.enum(targetKinds),
  targetId: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .describe(
      'a village’s region code, or the id of the street station, unit, party group, person or household',
    ),
  withinId: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .nullable()
    .optional()
    .describe('L2: the village/street/enterprise; L3: the party group; L5: the household'),
  regionCode: regionCode.describe(
    'the village (or township, for L1) whose scope the edge falls in',
  ),
});
export type NewEdge = z.infer<typeof createEdgeBody>;

export const edgeView = z.object({
  id: z.string(),
  level: z.number(),
  responsibleId: z.string(),
  responsibleName: z.string().nullable(),
  targetKind: z.string(),
  targetId: z.string(),
  targetName: z
    .string()
    .nullable()
    .describe('the village, station, unit, group or person’s name; a household’s head'),
  withinId: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable().describe('the village (community) the edge belongs to'),
});
export type EdgeView = z.infer<typeof edgeView>;
export const edgePage = pageOf(edgeView);

export const memberParams = z.strictObject({ personId: z.uuid() });
export const memberHouseholdsResponse = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  /** 包户: the households the person contacts directly (L4). */
  contactHouseholds: z.array(householdListItem),
  /** Every household below the person at any level (an L1 member sees all the teams' households). */
  householdsUnder: z.array(householdListItem),
});
export type MemberHouseholds = z.infer<typeof memberHouseholdsResponse>;
