import {
  bigint,
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
  varchar,
  check,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { CaseType } from '../../../domain/cases/catalog.ts';
import { at, created, hex64, tenant } from './columns.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** A county's edits to the catalog: a preset overridden by code, or a new type. */
export const caseTypes = pgTable(
  'case_types',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    code: varchar('code', { length: 40 }).notNull(),
    definition: jsonb('definition').$type<CaseType>().notNull(),
    updatedAt: at('updated_at').notNull(),
    updatedBy: uuid('updated_by').notNull(),
  },
  (t) => [uniqueIndex('case_types_natural_key').on(t.countyCode, t.code)],
);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    typeCode: varchar('type_code', { length: 40 }).notNull(),
    kind: varchar('kind', { length: 16 }).notNull(),
    channel: varchar('channel', { length: 16 }).notNull(),
    state: varchar('state', { length: 16 }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    place: text('place'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
    /** Kind-specific record: dispute parties/agreement/outcome, wish claim, opinion deadline… */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    requesterPersonId: uuid('requester_person_id'),
    requesterAccountId: uuid('requester_account_id'),
    /** Open311 clients: the name they gave (never shown publicly). */
    requesterName: text('requester_name'),
    householdId: uuid('household_id'),
    enteredBy: uuid('entered_by'),
    ownerKind: varchar('owner_kind', { length: 8 }).notNull(),
    ownerId: text('owner_id').notNull(),
    ownerStep: varchar('owner_step', { length: 24 }).notNull(),
    ownerSince: at('owner_since').notNull(),
    dueAt: at('due_at'),
    resolvedAt: at('resolved_at'),
    firstResolvedAt: at('first_resolved_at'),
    confirmedAt: at('confirmed_at'),
    closedAt: at('closed_at'),
    rating: smallint('rating'),
    escalations: integer('escalations').notNull().default(0),
    reopenCount: integer('reopen_count').notNull().default(0),
    /** Every account that held or reviewed the case on the way (the owner chain may read it). */
    chainPersonIds: text('chain_person_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    open311Token: varchar('open311_token', { length: 40 }),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('cases_by_region').on(t.regionCode, t.createdAt),
    index('cases_by_owner').on(t.ownerKind, t.ownerId, t.state),
    index('cases_by_requester').on(t.requesterAccountId),
    // a resident's own cases and the to-do's "answered, to confirm" find them by their person
    index('cases_by_requester_person').on(t.requesterPersonId),
    index('cases_open_due')
      .on(t.dueAt)
      .where(sql`state IN ('assigned','in_progress','reopened')`),
    index('cases_resolved')
      .on(t.resolvedAt)
      .where(sql`state = 'resolved'`),
    uniqueIndex('cases_open311_token').on(t.open311Token),
    check('cases_rating_range', sql`${t.rating} IS NULL OR ${t.rating} BETWEEN 1 AND 5`),
  ],
);

/** Every step of a case: transitions, escalations (with the rung), notes, mediation sessions. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    caseId: uuid('case_id').notNull(),
    type: varchar('type', { length: 24 }).notNull(),
    fromState: varchar('from_state', { length: 16 }),
    toState: varchar('to_state', { length: 16 }).notNull(),
    ownerKind: varchar('owner_kind', { length: 8 }).notNull(),
    ownerId: text('owner_id').notNull(),
    ownerStep: varchar('owner_step', { length: 24 }).notNull(),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>(),
    actorAccountId: uuid('actor_account_id'),
    at: at('at').notNull(),
    /** Insertion order: two steps in the same millisecond (submit, assign) keep their order. */
    n: bigint('n', { mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (t) => [index('case_events_by_case').on(t.caseId, t.n)],
);

/** Attachments, content-addressed (sha256), type- and size-checked. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    caseId: uuid('case_id').notNull(),
    name: text('name').notNull(),
    contentType: varchar('content_type', { length: 60 }).notNull(),
    size: integer('size').notNull(),
    sha256: hex64('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('case_attachments_by_case').on(t.caseId)],
);

/** In-app inbox: one row per account to tell. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    accountId: uuid('account_id').notNull(),
    caseId: uuid('case_id'),
    kind: varchar('kind', { length: 24 }).notNull(),
    title: text('title').notNull(),
    readAt: at('read_at'),
    /** Outbox: set once every configured channel (webhook…) took it; the inbox needs no delivery. */
    deliveredAt: at('delivered_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('notifications_by_account').on(t.accountId, t.createdAt),
    index('notifications_undelivered')
      .on(t.createdAt)
      .where(sql`delivered_at IS NULL`),
  ],
);

/**
 * 排查 sweeps: a dispute screening round in a region with its person-times, the disputes it found
 * and those resolved on the spot (化解). A dispute registered as a case is counted through the case,
 * not here: the rate is (sweeps' resolved + resolved dispute cases) / (sweeps' found + dispute cases).
 */
export const disputeSweeps = pgTable(
  'dispute_sweeps',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    sweptOn: varchar('swept_on', { length: 10 }).notNull(),
    personTimes: integer('person_times').notNull(),
    found: integer('found').notNull(),
    resolved: integer('resolved').notNull().default(0),
    note: text('note'),
    ...created,
  },
  (t) => [
    index('dispute_sweeps_by_region').on(t.regionCode),
    check('dispute_sweeps_counts', sql`${t.personTimes} >= 0 AND ${t.found} >= 0`),
    check('dispute_sweeps_resolved', sql`${t.resolved} >= 0 AND ${t.resolved} <= ${t.found}`),
  ],
);

/** 人大代表接待日: date, time, place, the directory's deputies; announced at least a week ahead. */
export const receptionDays = pgTable(
  'reception_days',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    date: varchar('date', { length: 10 }).notNull(),
    time: varchar('time', { length: 20 }).notNull(),
    place: text('place').notNull(),
    /** The deputies' names as announced (the notice as printed). */
    deputies: text('deputies').array().notNull(),
    /** The directory persons behind those names (current 人大代表 when announced). */
    deputyPersonIds: uuid('deputy_person_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    announcedAt: at('announced_at').notNull(),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [uniqueIndex('reception_days_natural_key').on(t.regionCode, t.date)],
);

/** Open311 API keys: only the SM3 hash is kept; the key itself is shown once. */
export const open311Keys = pgTable(
  'open311_keys',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    name: text('name').notNull(),
    keyHash: hex64('key_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [uniqueIndex('open311_keys_hash').on(t.keyHash)],
);
