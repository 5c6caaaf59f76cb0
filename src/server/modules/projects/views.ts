import { z } from 'zod';
import { FUND_SOURCES, PROJECT_STATUSES, PROJECT_TYPES } from '../../../domain/projects/kinds.ts';
import { pageOf } from '../../platform/pagination.ts';

// Answers of the projects API: the routes declare them and the web derives its types from them.

const village = z.object({ code: z.string(), name: z.string() });
const ref = z.object({ id: z.string(), name: z.string() }).nullable();

export const projectSummary = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(PROJECT_TYPES),
  status: z.enum(PROJECT_STATUSES),
  key: z.boolean(),
  regionCode: z.string().describe('its village, or the township or county holding its villages'),
  villages: z.array(village),
  union: ref,
  pairing: ref,
  parent: ref,
  weight: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  progress: z.number().describe('weighted roll-up of milestones and child projects, 0–100'),
  budget: z.number().int().describe('元, all sources'),
  spent: z.number().int().describe('元, from the spend records'),
});
export type ProjectSummary = z.infer<typeof projectSummary>;
export const projectPage = pageOf(projectSummary).extend({
  abilities: z
    .object({ create: z.boolean() })
    .describe('what the caller may do from the list (projects/policy.ts)'),
});
export type ProjectPage = z.infer<typeof projectPage>;

export const milestoneView = z.object({
  id: z.string(),
  name: z.string(),
  weight: z.number().int(),
  progress: z.number().int(),
  dueOn: z.string().nullable(),
});

export const projectDetail = projectSummary.extend({
  description: z.string().nullable(),
  milestones: z.array(milestoneView),
  children: z.array(
    z.object({ id: z.string(), name: z.string(), weight: z.number().int(), progress: z.number() }),
  ),
  funds: z.object({
    lines: z.array(
      z.object({ source: z.enum(FUND_SOURCES), budget: z.number().int(), spent: z.number().int() }),
    ),
    budget: z.number().int(),
    spent: z.number().int(),
    spentShare: z.number().nullable(),
    overBudget: z.array(z.enum(FUND_SOURCES)),
  }),
  spends: z
    .array(
      z.object({
        id: z.string(),
        source: z.enum(FUND_SOURCES),
        amount: z.number().int(),
        spentOn: z.string(),
        note: z.string().nullable(),
      }),
    )
    .describe('newest first'),
  outcomes: z
    .array(
      z.object({
        year: z.number().int(),
        incomeAdded: z.number().int(),
        householdsBenefiting: z.number().int(),
      }),
    )
    .describe('newest year first'),
  inspections: z
    .array(
      z.object({
        id: z.string(),
        occurredOn: z.string(),
        title: z.string(),
        villageCode: z.string(),
        outcome: z.string().nullable(),
      }),
    )
    .describe('人大视察: the activities that name this project, newest first'),
  inspection: z.object({
    quarter: z.string(),
    inspected: z.boolean().nullable().describe('null: not a key project, nothing due'),
  }),
  abilities: z.object({ update: z.boolean() }),
});
export type ProjectDetail = z.infer<typeof projectDetail>;
