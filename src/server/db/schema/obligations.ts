import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenant } from './columns.ts';

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
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
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
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('activities_by_subject').on(t.subjectKind, t.subjectId, t.occurredOn),
    index('activities_by_region').on(t.regionCode, t.occurredOn),
    index('activities_by_household').using('gin', t.householdIds),
  ],
);
