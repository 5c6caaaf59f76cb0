import {
  bigint,
  date,
  index,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { at, tenant } from './columns.ts';

/** 跨村联建: an adopted union of villages; region_code is the county or township it was planned in. */
export const unions = pgTable(
  'unions',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    name: text('name').notNull(),
    leadCode: varchar('lead_code', { length: 12 }).notNull(),
    form: text('form').notNull().default('leadVillage'),
    createdAt: at('created_at').notNull(),
    adoptedBy: uuid('adopted_by').notNull(),
    /** The union's party org (联合党委 / 联村党支部), a row of party_orgs made with the union or linked. */
    orgId: uuid('org_id'),
    updatedAt: at('updated_at'),
  },
  (t) => [index('unions_by_region').on(t.regionCode)],
);

/**
 * A union's history as its page lists it: created, villages added or removed, secretary or
 * members changed, edited. The audit log holds the same changes with before/after.
 */
export const unionEvents = pgTable(
  'union_events',
  {
    id: uuid('id').primaryKey(),
    // The order of the history: changes made in one instant still list in the order made.
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    ...tenant,
    unionId: uuid('union_id').notNull(),
    kind: text('kind').notNull(),
    at: at('at').notNull(),
    actorId: uuid('actor_id').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('union_events_by_union').on(t.unionId, t.seq)],
);

/** The member villages of a union (lead included); a village is in at most one union. */
export const unionVillages = pgTable(
  'union_villages',
  {
    unionId: uuid('union_id').notNull(),
    villageCode: varchar('village_code', { length: 12 }).notNull(),
    ...tenant,
  },
  (t) => [
    uniqueIndex('union_villages_one_union').on(t.villageCode),
    index('union_villages_by_union').on(t.unionId),
  ],
);

/** 结对共建: a unit paired with a village for a period; region_code is the village. */
export const pairings = pgTable(
  'pairings',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    unitId: uuid('unit_id').notNull(),
    villageCode: varchar('village_code', { length: 12 }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }),
    /** 组长: the unit member who leads the pairing's team (rules such as 组长每月接待来访 bind them). */
    leaderPersonId: uuid('leader_person_id'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('pairings_natural_key').on(t.unitId, t.villageCode, t.periodStart),
    index('pairings_by_region').on(t.regionCode),
  ],
);
