import { z } from 'zod';
import { CASE_KINDS, FIELD_TYPES, HANDLER_RULES } from '../../../domain/cases/catalog.ts';
import { LADDER_STEPS } from '../../../domain/cases/ladder.ts';
import { CASE_STATES } from '../../../domain/cases/lifecycle.ts';
import { dateSentAsIso } from '../../platform/wireTime.ts';
import { CHANNELS } from './schema.ts';

// What the case routes answer (their response schemas); the web derives its types from these.

const localized = z.object({ zh: z.string(), en: z.string() });
const jsonRecord = z.record(z.string(), z.unknown());

export const caseTypeView = z.object({
  code: z.string(),
  name: localized,
  kind: z.enum(CASE_KINDS),
  group: z.string(),
  fields: z.array(
    z.object({
      code: z.string(),
      label: localized,
      type: z.enum(FIELD_TYPES),
      required: z.boolean(),
      options: z.array(z.string()).optional(),
    }),
  ),
  handler: z.enum(HANDLER_RULES),
  departmentName: z.string().optional(),
  ladder: z.array(z.enum(LADDER_STEPS)),
  slaHours: z.number(),
  autoConfirmDays: z.number(),
  open311: z.boolean(),
  active: z.boolean(),
});
export const catalogView = z.object({
  county: z.string().describe('the county’s 12-digit region code'),
  items: z.array(caseTypeView),
});

/** Who holds a case: a person, a unit or a region's staff, at a rung of the ladder. */
export const caseOwnerView = z.object({
  kind: z.enum(['person', 'region', 'unit']),
  id: z.string().describe('a person or unit id, or a region code'),
  step: z.enum(LADDER_STEPS),
  name: z.string().nullable(),
});

export const caseItemView = z.object({
  id: z.string(),
  regionCode: z.string(),
  typeCode: z.string(),
  kind: z.enum(CASE_KINDS),
  channel: z.enum(CHANNELS),
  state: z.enum(CASE_STATES),
  title: z.string(),
  owner: caseOwnerView,
  dueAt: z.iso.datetime().nullable(),
  overdue: z.boolean(),
  rating: z.number().int().nullable(),
  escalations: z.number().int(),
  createdAt: z.iso.datetime(),
});
export const caseListView = z.object({ items: z.array(caseItemView), total: z.number().int() });

/** One step of a case's record: a transition, an escalation, a note, a mediation session… */
export const caseEventView = z.object({
  id: z.string(),
  type: z.string(),
  fromState: z.enum(CASE_STATES).nullable(),
  toState: z.enum(CASE_STATES),
  ownerKind: caseOwnerView.shape.kind,
  ownerId: z.string(),
  ownerStep: z.enum(LADDER_STEPS),
  note: z.string().nullable(),
  data: jsonRecord.nullable(),
  at: z.iso.datetime(),
  ownerName: z.string().nullable(),
});

/** POST /cases/:id/call: the requester's phone in clear (null when none is registered). */
export const callView = z.object({ phone: z.string().nullable() });

export const caseAttachmentView = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
/** POST /cases/:id/attachments: the stored file, with the hash it is addressed by. */
export const attachmentStoredView = caseAttachmentView.extend({ sha256: z.string() });

export const caseDetailView = caseItemView.extend({
  description: z.string(),
  place: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  fields: jsonRecord,
  /** Kind-specific record: dispute parties, agreement and outcome, a wish's claim, a deadline… */
  details: jsonRecord,
  requester: z.object({ personId: z.string().nullable(), name: z.string().nullable() }),
  householdId: z.string().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  confirmedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  events: z.array(caseEventView),
  attachments: z.array(caseAttachmentView),
  /** What the caller may do now (policy and state machine together). */
  can: z.object({
    handle: z.boolean(),
    /** Give it to a county department (交办): the region's staff, not a member holding it. */
    assign: z.boolean(),
    confirm: z.boolean(),
    rate: z.boolean(),
    /** Call the requester: the phone number through the audited reveal. */
    call: z.boolean(),
    /** Add a photo or a file: the handler or the requester. */
    attach: z.boolean(),
  }),
});

const percent = z.number().nullable().describe('0–100, null when there is nothing to count');
export const ratesView = z.object({
  total: z.number().int(),
  resolved: z.number().int(),
  onTime: z.number().int(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  avgRating: z.number().nullable(),
  autoConfirmed: z.number().int(),
  escalated: z.number().int(),
  resolutionRate: percent,
  onTimeRate: percent,
  satisfactionRate: percent,
});
export const caseStatsView = z.object({
  overall: ratesView,
  byRegion: z.array(ratesView.extend({ key: z.string(), name: z.string().nullable() })),
  byCategory: z.array(ratesView.extend({ key: z.string(), kind: z.enum(CASE_KINDS) })),
  byOwnerStep: z.array(ratesView.extend({ key: z.string() })),
  byOwner: z.array(ratesView.extend({ key: z.string(), owner: caseOwnerView })),
  escalationsByLevel: z.array(
    z.object({ toStep: z.string(), reason: z.string(), count: z.number().int() }),
  ),
  /** 排查 found vs 化解, from the sweeps and the dispute cases together (disputeRate.ts). */
  disputes: z.object({
    found: z.number().int(),
    resolved: z.number().int(),
    rate: percent,
    cases: z.object({ found: z.number().int(), resolved: z.number().int() }),
    sweeps: z.object({
      rounds: z.number().int(),
      personTimes: z.number().int(),
      found: z.number().int(),
      resolved: z.number().int(),
    }),
  }),
});

export const disputeSweepView = z.object({
  id: z.string(),
  regionCode: z.string(),
  sweptOn: z.iso.date(),
  personTimes: z.number().int(),
  found: z.number().int(),
  resolved: z.number().int(),
  note: z.string().nullable(),
});

export const receptionDayView = z.object({
  id: z.string(),
  regionCode: z.string(),
  date: z.iso.date(),
  time: z.string(),
  place: z.string(),
  /** The deputies' names as announced. */
  deputies: z.array(z.string()),
  deputyPersonIds: z.array(z.string()),
  announcedAt: z.iso.datetime(),
});
export const receptionDaysView = z.object({
  items: z.array(receptionDayView),
  /** The regular 11th of the coming months and the day each must be announced by. */
  schedule: z.array(z.object({ date: z.iso.date(), announceOn: z.iso.date() })),
  /** The region the caller may announce a day for (staff who handle and review there), or null. */
  announceIn: z.string().nullable(),
  /** The 人大代表 the caller may name for a day there: the directory's current deputies. */
  deputyChoices: z.array(
    z.object({ personId: z.string(), name: z.string(), regionName: z.string() }),
  ),
});

/** The wish wall names nobody: a masked wisher, no ids of people. */
export const wishWallView = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      wisher: z.string(),
      claimed: z.boolean(),
      claimedByTeam: z.string().nullable(),
      fulfilled: z.boolean(),
      createdOn: z.iso.date(),
    }),
  ),
});

export const inboxView = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      caseId: z.string().nullable(),
      kind: z.string(),
      title: z.string(),
      readAt: dateSentAsIso.nullable(),
      createdAt: dateSentAsIso,
    }),
  ),
  total: z.number().int(),
  unread: z.number().int(),
});

/** The new key, shown this once (only its hash is kept). */
export const open311KeyView = z.object({
  id: z.string(),
  name: z.string(),
  county: z.string(),
  apiKey: z.string(),
});

/** The departments (units) of a case's county, to give an opinion or request to. */
export const caseDepartmentsView = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
});
