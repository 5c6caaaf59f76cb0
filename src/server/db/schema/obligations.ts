import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdUpdated, recorded, storedFile, tenant } from './columns.ts';

/**
 * Obligation rules (DESIGN.md §3): who owes which activity how often. Loaded from the presets for
 * each county and edited as data; region_code is the county.
 */
export const obligationRules = pgTable(
  'obligation_rules',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    code: text('code').notNull(),
    name: text('name').notNull(),
    preset: text('preset'),
    subjectKind: text('subject_kind').notNull(),
    activityType: text('activity_type').notNull(),
    role: text('role'),
    every: text('every').notNull(),
    atLeast: integer('at_least').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('obligation_rules_code').on(t.countyCode, t.code),
    check('obligation_rules_at_least', sql`${t.atLeast} >= 1`),
    check('obligation_rules_dates', sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/**
 * One record of something done (DESIGN.md §3 "Activity"). region_code is the village it happened
 * in; the subject is the pairing, union or village it was done for (subject_id: a pairing's or
 * union's id, or the village's code). Participants and households visited are directory ids, so
 * one activity counts for every obligation, 1+1+N contact and household history it touches.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    activityType: text('activity_type').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    place: text('place'),
    outcome: text('outcome'),
    participantIds: uuid('participant_ids').array().notNull(),
    householdIds: uuid('household_ids').array().notNull(),
    ...recorded,
    /** The pairing's work-plan item it serves (pairing_plan_items), if it names one. */
    planItemId: uuid('plan_item_id'),
    /** The project it is about (a 人大 inspection of a key project), if it names one. */
    projectId: uuid('project_id'),
  },
  (t) => [
    index('activities_by_plan_item').on(t.planItemId),
    index('activities_by_project').on(t.projectId),
    index('activities_by_subject').on(t.subjectKind, t.subjectId, t.occurredOn),
    index('activities_by_region').on(t.regionCode, t.occurredOn),
    index('activities_by_household').using('gin', t.householdIds),
  ],
);

/**
 * Standings (履职台账), a roll-up of `activities`: per subject, rule and year, how many of the
 * rule's whole periods inside the subject's window are met, and the index of the latest one
 * (modules/obligations/standings.ts has the period arithmetic). Rewritten for a subject whenever an
 * activity of it is recorded and for a whole county when its rules change, in the same
 * transaction; a missing row means no period met. region_code is the county.
 */
export const obligationStandings = pgTable(
  'obligation_standings',
  {
    ...tenant,
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    ruleCode: text('rule_code').notNull(),
    year: integer('year').notNull(),
    met: integer('met').notNull(),
    lastMet: integer('last_met').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.subjectKind, t.subjectId, t.ruleCode, t.year] }),
    index('obligation_standings_by_county').on(t.countyCode, t.year),
  ],
);

/**
 * One item of a pairing's work plan (结对共建工作方案, domain/obligations/workPlan.ts): in one of
 * the six parts, carried by the unit's or the village's side (a named person optional), with a
 * status. Its progress is the activities that name it, never a typed percentage. region_code is
 * the pairing's village.
 */
export const pairingPlanItems = pgTable(
  'pairing_plan_items',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    pairingId: uuid('pairing_id').notNull(),
    part: text('part').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    ownerSide: text('owner_side').notNull(),
    ownerPersonId: uuid('owner_person_id'),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status').notNull().default('planned'),
    ...createdUpdated,
  },
  (t) => [
    index('pairing_plan_items_by_pairing').on(t.pairingId),
    check(
      'pairing_plan_items_part',
      sql`${t.part} IN ('organization', 'team', 'industry', 'resources', 'livelihood', 'brand')`,
    ),
    check('pairing_plan_items_status', sql`${t.status} IN ('planned', 'doing', 'done', 'dropped')`),
    check('pairing_plan_items_side', sql`${t.ownerSide} IN ('unit', 'village')`),
  ],
);

/**
 * Evidence of an activity (photos, a PDF): optional, never the proof (DESIGN.md §2). Checked and
 * kept like case attachments (platform/uploadedFiles.ts); region_code is the activity's village.
 */
export const activityEvidence = pgTable(
  'activity_evidence',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    activityId: uuid('activity_id').notNull(),
    ...storedFile(),
  },
  (t) => [index('activity_evidence_by_activity').on(t.activityId)],
);
