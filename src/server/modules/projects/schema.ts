import { z } from 'zod';
import { FUND_SOURCES, PROJECT_STATUSES, PROJECT_TYPES } from '../../../domain/projects/kinds.ts';
import { pageQuery } from '../../platform/pagination.ts';
import { plainDate } from '../directory/dateSchema.ts';
import { regionCode } from '../regions/schema.ts';

// Requests of the projects API (DESIGN.md §3 "Project"); the answers are in views.ts. Numbers are
// checked here only for their type: the domain's checks (domain/projects/checks.ts) name the rest.

const villageCode = z.string().regex(/^\d{12}$/, 'a 12-digit village code');
const text = (max: number) => z.string().trim().min(1).max(max);
const money = z.number().describe('whole 元, ≥ 0');

export const projectParams = z.strictObject({ id: z.uuid() });
export const milestoneParams = z.strictObject({ id: z.uuid(), milestoneId: z.uuid() });
export const outcomeParams = z.strictObject({
  id: z.uuid(),
  year: z.coerce.number().int().min(2000).max(2100),
});

const fundLine = z.strictObject({ source: z.enum(FUND_SOURCES), budget: money });
const milestone = z.strictObject({
  name: text(60),
  weight: z.number().describe('a positive whole number'),
  progress: z.number().default(0).describe('0–100'),
  dueOn: plainDate.nullable().optional(),
});

export const createProjectBody = z.strictObject({
  name: text(80),
  type: z.enum(PROJECT_TYPES),
  status: z.enum(PROJECT_STATUSES).default('planned'),
  key: z.boolean().default(false).describe('重点项目: inspected by 人大 deputies each quarter'),
  /** The villages it serves; with a union or pairing and none listed, theirs. */
  villages: z.array(villageCode).max(30).default([]),
  unionId: z.uuid().optional(),
  pairingId: z.uuid().optional(),
  parentId: z.uuid().optional().describe('the project whose progress this one rolls up into'),
  weight: z.number().default(1).describe("its weight in the parent's roll-up"),
  startsOn: plainDate,
  endsOn: plainDate.nullable().default(null),
  description: text(2000).optional(),
  funds: z.array(fundLine).max(3).default([]),
  milestones: z.array(milestone).max(30).default([]),
});
export type NewProject = z.infer<typeof createProjectBody>;

export const updateProjectBody = z
  .strictObject({
    name: text(80).optional(),
    type: z.enum(PROJECT_TYPES).optional(),
    status: z.enum(PROJECT_STATUSES).optional(),
    key: z.boolean().optional(),
    weight: z.number().optional(),
    startsOn: plainDate.optional(),
    endsOn: plainDate.nullable().optional(),
    description: text(2000).nullable().optional(),
    /** The budget lines, replacing the stored ones (a source with spend cannot be dropped). */
    funds: z.array(fundLine).max(3).optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });
export type ProjectPatch = z.infer<typeof updateProjectBody>;

export const milestoneBody = milestone;
export type MilestoneBody = z.infer<typeof milestoneBody>;
export const updateMilestoneBody = z
  .strictObject({
    name: text(60).optional(),
    weight: z.number().optional(),
    progress: z.number().optional(),
    dueOn: plainDate.nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });
export type MilestonePatch = z.infer<typeof updateMilestoneBody>;

export const spendBody = z.strictObject({
  source: z.enum(FUND_SOURCES),
  amount: z.number().describe('whole 元, > 0'),
  spentOn: plainDate.describe('not in the future (Asia/Shanghai)'),
  note: text(200).optional(),
});
export type SpendBody = z.infer<typeof spendBody>;

export const outcomeBody = z.strictObject({
  incomeAdded: money.describe('collective income the project added that year, 元'),
  householdsBenefiting: z.number().describe('households benefiting'),
});
export type OutcomeBody = z.infer<typeof outcomeBody>;

export const listProjectsQuery = z.strictObject({
  region: regionCode.optional().describe('projects serving a village inside this region'),
  type: z.enum(PROJECT_TYPES).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  unionId: z.uuid().optional(),
  pairingId: z.uuid().optional(),
  q: z.string().trim().min(1).max(40).optional(),
  ...pageQuery,
});
export type ListProjectsQuery = z.infer<typeof listProjectsQuery>;
