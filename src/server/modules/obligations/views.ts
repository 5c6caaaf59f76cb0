import { z } from 'zod';
import { PERIOD_UNITS } from '../../../domain/obligations/periods.ts';
import { RULE_ROLES, SUBJECT_KINDS } from '../../../domain/obligations/rules.ts';

// Answers of the obligations API: the routes declare them (OpenAPI, response checks in tests) and
// the web derives its types from them (src/web/api/obligationTypes.ts).

const subjectKind = z.enum(SUBJECT_KINDS);
const status = z.enum(['met', 'short', 'open']);

export const ruleView = z.object({
  id: z.string().nullable().describe('null: a preset the county has not stored yet'),
  preset: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  subjectKind,
  activityType: z.string(),
  role: z.enum(RULE_ROLES).nullable(),
  every: z.enum(PERIOD_UNITS),
  atLeast: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});
export const ruleList = z.object({ items: z.array(ruleView) });

const evidenceEntry = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export const evidenceStoredView = evidenceEntry.extend({ sha256: z.string() });

export const activityView = z.object({
  id: z.string(),
  subjectKind,
  subjectId: z.string(),
  activityType: z.string(),
  regionCode: z.string(),
  occurredOn: z.string(),
  title: z.string(),
  place: z.string().nullable(),
  outcome: z.string().nullable(),
  participants: z.array(z.object({ id: z.string(), name: z.string() })),
  households: z.array(z.object({ id: z.string(), headName: z.string() })),
  planItemId: z.string().nullable().describe("the pairing's work-plan item it serves"),
  projectId: z.string().nullable().describe('the project it is about (a 人大 inspection)'),
  createdAt: z.string(),
  evidence: z
    .array(evidenceEntry)
    .describe('photos or PDFs added to it (GET /api/v1/activities/:id/evidence/:evidenceId)'),
});
export const activityPage = z.object({ items: z.array(activityView), total: z.number().int() });

export const periodView = z.object({
  ruleCode: z.string(),
  ruleName: z.string(),
  periodKey: z.string(),
  periodLabel: z.string(),
  start: z.string(),
  end: z.string(),
  done: z.number().int(),
  required: z.number().int(),
});
const judgedPeriod = periodView.extend({ status });

const subjectView = z.object({
  kind: subjectKind,
  id: z.string(),
  name: z.string(),
  regionCode: z.string(),
  villages: z.array(z.string()),
  activeFrom: z.string(),
  activeTo: z.string().nullable(),
});

const tally = {
  subjects: z.number().int(),
  due: z.number().int(),
  met: z.number().int(),
  laggards: z.number().int(),
  rate: z.number().nullable(),
};

export const boardView = z.object({
  region: z.object({ code: z.string(), name: z.string(), level: z.string() }),
  subjectKind,
  year: z.number().int(),
  asOf: z.string(),
  totals: z.object(tally),
  children: z.array(z.object({ code: z.string(), name: z.string(), ...tally })),
  rules: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      every: z.enum(PERIOD_UNITS),
      atLeast: z.number().int(),
      due: z.number().int(),
      met: z.number().int(),
    }),
  ),
  laggardTotal: z.number().int(),
  laggards: z.array(
    z.object({
      kind: subjectKind,
      id: z.string(),
      name: z.string(),
      regionCode: z.string(),
      villageName: z.string(),
      unitName: z.string().nullable(),
      activeFrom: z.string(),
      activeTo: z.string().nullable(),
      due: z.number().int(),
      met: z.number().int(),
      rate: z.number().nullable(),
      missed: z.array(periodView),
    }),
  ),
});

export const subjectComplianceView = z.object({
  subject: subjectView,
  year: z.number().int(),
  asOf: z.string(),
  periods: z.array(judgedPeriod),
});

export const myObligationsView = z.object({
  year: z.number().int(),
  asOf: z.string(),
  /** The caller as a person of the directory: the participant a visit they record names. */
  personId: z.string().nullable(),
  subjects: z.array(
    subjectView.extend({
      current: z.array(judgedPeriod),
      missedThisYear: z.number().int(),
      households: z.array(z.object({ id: z.string(), headName: z.string() })),
      /** May the caller record an activity for it (the page offers 记录 only then). */
      mayRecord: z.boolean(),
    }),
  ),
});
