import { z } from 'zod';
import { ACTIVITY_TYPE_CODES } from '../../../domain/obligations/activityTypes.ts';
import { PERIOD_UNITS } from '../../../domain/obligations/periods.ts';
import { RULE_ROLES, SUBJECT_KINDS } from '../../../domain/obligations/rules.ts';
import { pageQuery } from '../../platform/pagination.ts';
import { plainDate as isoDate } from '../directory/dateSchema.ts';
import { regionCode } from '../regions/schema.ts';

// Requests of the obligations API (DESIGN.md §3 "Obligations, activities…"); answers are in views.ts.

const subjectKind = z.enum(SUBJECT_KINDS);
const activityType = z.enum(ACTIVITY_TYPE_CODES);
const text = (max: number) => z.string().trim().min(1).max(max);

export const recordActivityBody = z.strictObject({
  subjectKind,
  subjectId: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .describe("a pairing's or union's id, or the village's code for the village's own rules"),
  activityType,
  occurredOn: isoDate.describe('the day it happened (Asia/Shanghai); not in the future'),
  /** The village it happened in: a union's member village; for a pairing or a village, theirs. */
  villageCode: regionCode.optional(),
  title: text(80),
  place: text(80).optional(),
  outcome: text(2000).optional(),
  participantIds: z.array(z.uuid()).max(50).default([]),
  householdIds: z.array(z.uuid()).max(100).default([]),
  planItemId: z.uuid().optional().describe("the pairing's work-plan item it serves"),
  projectId: z.uuid().optional().describe('the project it is about (a 人大 inspection)'),
});
export type RecordActivityBody = z.infer<typeof recordActivityBody>;

export const listActivitiesQuery = z.strictObject({
  region: regionCode.optional(),
  subjectKind: subjectKind.optional(),
  subjectId: z.string().trim().min(1).max(40).optional(),
  household: z.uuid().optional().describe("a household's contact history"),
  type: activityType.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pageQuery,
});
export type ListActivitiesQuery = z.infer<typeof listActivitiesQuery>;

export const activityParams = z.strictObject({ id: z.uuid() });

export const boardQuery = z.strictObject({
  region: regionCode.optional().describe('drill down: the township or village to look into'),
  subjectKind: subjectKind.default('pairing'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  asOf: isoDate.optional().describe('the day to judge on (default today, Asia/Shanghai)'),
});
export type BoardQuery = z.infer<typeof boardQuery>;

export const ruleParams = z.strictObject({ id: z.uuid() });
export const ruleBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9.]{1,39}$/),
  name: text(40),
  subjectKind,
  activityType,
  role: z.enum(RULE_ROLES).nullable().default(null),
  every: z.enum(PERIOD_UNITS),
  atLeast: z.number().int().min(1).max(100),
  startsOn: isoDate,
  endsOn: isoDate.nullable().default(null),
});
export type RuleBody = z.infer<typeof ruleBody>;
export const updateRuleBody = ruleBody
  .omit({ code: true, subjectKind: true })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type UpdateRuleBody = z.infer<typeof updateRuleBody>;
export const countyQuery = z.strictObject({ county: regionCode.optional() });

export const evidenceParams = z.strictObject({ id: z.uuid(), evidenceId: z.uuid() });
export const evidenceQuery = z.strictObject({
  name: z.string().trim().min(1).max(120).describe('the file’s name as the phone gave it'),
});
