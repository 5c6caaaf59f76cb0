import { z } from 'zod';
import { CASE_KINDS, FIELD_TYPES, HANDLER_RULES } from '../../../domain/cases/catalog.ts';
import { LADDER_STEPS } from '../../../domain/cases/ladder.ts';
import { CASE_STATES } from '../../../domain/cases/lifecycle.ts';
import { pageQuery } from '../../platform/pagination.ts';
import { regionCode } from '../regions/schema.ts';

/** Where a case came in: the villager's own app or web, staff on someone's behalf, Open311. */
export const SELF_CHANNELS = ['app', 'web'] as const;
export const STAFF_CHANNELS = ['walk_in', 'phone', 'visit', 'reception_day'] as const;
export const CHANNELS = [...SELF_CHANNELS, ...STAFF_CHANNELS, 'open311'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const fieldValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);

const party = z.strictObject({
  name: text(40),
  role: z.enum(['applicant', 'respondent', 'other']).default('applicant'),
});

export const newCaseBody = z.strictObject({
  typeCode: text(40),
  title: text(80),
  description: text(2000),
  channel: z.enum([...SELF_CHANNELS, ...STAFF_CHANNELS]).default('app'),
  place: z.string().trim().max(200).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  fields: z.record(z.string().max(40), fieldValue).default({}),
  /** Staff entering on someone's behalf name the resident; a villager's own household is implied. */
  requesterPersonId: z.uuid().optional(),
  householdId: z.uuid().optional(),
  /** 矛盾纠纷: the parties (names only; kept inside the owner chain). */
  parties: z.array(party).max(20).optional(),
});
export type NewCaseBody = z.infer<typeof newCaseBody>;

export const caseParams = z.strictObject({ id: z.uuid() });
export const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

export const listCasesQuery = z.strictObject({
  view: z.enum(['mine', 'waiting', 'scope', 'claimable']).default('mine'),
  region: regionCode.optional(),
  state: z.enum(CASE_STATES).optional(),
  kind: z.enum(CASE_KINDS).optional(),
  typeCode: z.string().max(40).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().min(1).max(64).optional().describe('part of the title'),
  ...pageQuery,
});

const rating = z.number().int().min(1).max(5);
const note = z.string().trim().max(1000).optional();

/** One body per action: the state machine decides whether it is allowed now. */
export const caseActionBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), note }),
  z.strictObject({
    type: z.literal('resolve'),
    note,
    /** 矛盾纠纷: the agreement reached and how it ended. */
    agreement: z.string().trim().max(2000).optional(),
    outcome: z.enum(['resolved', 'failed', 'referred']).optional(),
  }),
  z.strictObject({ type: z.literal('confirm'), rating: rating.optional(), note }),
  z.strictObject({ type: z.literal('reject'), rating: rating.optional(), note: text(1000) }),
  z.strictObject({ type: z.literal('rate'), rating }),
  z.strictObject({ type: z.literal('close'), note }),
  /** Beyond the owner's authority: one rung up now. */
  z.strictObject({ type: z.literal('escalate'), note: text(1000) }),
  /** 意见建议: give the case to a department with a deadline. */
  z.strictObject({
    type: z.literal('assign_department'),
    unitId: z.uuid(),
    deadline: z.iso.date(),
    category: z.string().trim().max(40).optional(),
  }),
  /** 微心愿 by a member or a volunteer team; 认领实事 by a unit. */
  z.strictObject({
    type: z.literal('claim'),
    team: z.string().trim().max(60).optional(),
    unitId: z.uuid().optional(),
  }),
  /** 矛盾纠纷: a mediation session. */
  z.strictObject({
    type: z.literal('mediation'),
    date: z.iso.date(),
    participants: z.number().int().min(1).max(500),
    summary: text(2000),
  }),
  z.strictObject({ type: z.literal('note'), note: text(1000) }),
]);
export type CaseAction = z.infer<typeof caseActionBody>;

const localized = z.strictObject({ zh: text(60), en: text(80) });
export const caseTypeBody = z.strictObject({
  name: localized,
  kind: z.enum(CASE_KINDS),
  group: z.string().trim().max(20).default(''),
  fields: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/),
        label: localized,
        type: z.enum(FIELD_TYPES),
        required: z.boolean(),
        options: z.array(text(40)).max(30).optional(),
      }),
    )
    .max(20),
  handler: z.enum(HANDLER_RULES),
  departmentName: z.string().trim().max(60).optional(),
  ladder: z.array(z.enum(LADDER_STEPS)).min(1).max(LADDER_STEPS.length),
  slaHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365),
  autoConfirmDays: z.number().int().min(1).max(60),
  open311: z.boolean(),
  active: z.boolean(),
});
export const caseTypeParams = z.strictObject({ code: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/) });
export const catalogQuery = z.strictObject({ county: regionCode.optional() });

export const sweepBody = z.strictObject({
  regionCode,
  sweptOn: z.iso.date(),
  personTimes: z.number().int().min(0).max(10_000_000),
  found: z.number().int().min(0).max(1_000_000),
  /** Resolved on the spot (化解); disputes passed on as cases are counted through the case. */
  resolved: z.number().int().min(0).max(1_000_000).optional(),
  note: z.string().trim().max(500).optional(),
});
export const receptionDayBody = z.strictObject({
  regionCode,
  date: z.iso.date(),
  time: text(20),
  place: text(100),
  /** The directory's 人大代表 who receive that day (persons holding a current deputy position). */
  deputyPersonIds: z.array(z.uuid()).min(1).max(20),
});
export const regionQuery = z.strictObject({ region: regionCode.optional() });
export const wallQuery = z.strictObject({ region: regionCode.optional() });
export const open311KeyBody = z.strictObject({ name: text(60), county: regionCode.optional() });
export const statsQuery = z.strictObject({
  region: regionCode.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const inboxParams = z.strictObject({ id: z.uuid() });
