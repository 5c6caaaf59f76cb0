import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { at, createdUpdated, recorded, tenant } from './columns.ts';

/**
 * A project (DESIGN.md §3 "Project"): 产业 / 基础设施 / 民生 works serving villages, optionally a
 * union's (项目牵引) or a pairing's (利民项目), optionally part of a parent project that rolls its
 * progress up. region_code is its village, or the township or county holding all its villages.
 * Money is whole 元.
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    name: text('name').notNull(),
    type: text('type').notNull(),
    status: text('status').notNull().default('planned'),
    /** 重点项目: inspected by 人大 deputies each quarter. */
    key: boolean('key').notNull().default(false),
    unionId: uuid('union_id'),
    pairingId: uuid('pairing_id'),
    parentId: uuid('parent_id'),
    /** Its weight in the parent's roll-up. */
    weight: integer('weight').notNull().default(1),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    description: text('description'),
    ...createdUpdated,
  },
  (t) => [
    index('projects_by_region').on(t.regionCode),
    index('projects_by_parent').on(t.parentId),
    check('projects_type', sql`${t.type} IN ('industry', 'infrastructure', 'livelihood')`),
    check('projects_status', sql`${t.status} IN ('planned', 'ongoing', 'done', 'suspended')`),
    check('projects_weight', sql`${t.weight} > 0`),
    check('projects_dates', sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** The villages a project serves; region_code is the village. */
export const projectVillages = pgTable(
  'project_villages',
  {
    projectId: uuid('project_id').notNull(),
    villageCode: varchar('village_code', { length: 12 }).notNull(),
    ...tenant,
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.villageCode] }),
    index('project_villages_by_village').on(t.regionCode),
  ],
);

/** A project's budget from one source (财政 fiscal, 党费 party fees, 社会资本 social capital). */
export const projectFunds = pgTable(
  'project_funds',
  {
    projectId: uuid('project_id').notNull(),
    source: text('source').notNull(),
    ...tenant,
    budget: bigint('budget', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.source] }),
    check('project_funds_source', sql`${t.source} IN ('fiscal', 'partyFees', 'social')`),
    check('project_funds_budget', sql`${t.budget} >= 0`),
  ],
);

/** Money spent from one source on one day: a source's spend is the sum of these, never typed. */
export const projectSpends = pgTable(
  'project_spends',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    projectId: uuid('project_id').notNull(),
    source: text('source').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    spentOn: date('spent_on', { mode: 'string' }).notNull(),
    note: text('note'),
    ...recorded,
  },
  (t) => [
    index('project_spends_by_project').on(t.projectId, t.spentOn),
    check('project_spends_amount', sql`${t.amount} > 0`),
  ],
);

/** A milestone: its weight in the project's roll-up and its progress 0–100. */
export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    projectId: uuid('project_id').notNull(),
    /** Its place in the project's list (ids minted in one millisecond do not sort by order). */
    position: integer('position').notNull(),
    name: text('name').notNull(),
    weight: integer('weight').notNull(),
    progress: integer('progress').notNull().default(0),
    dueOn: date('due_on', { mode: 'string' }),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('project_milestones_by_project').on(t.projectId, t.position),
    check('project_milestones_weight', sql`${t.weight} > 0`),
    check('project_milestones_progress', sql`${t.progress} BETWEEN 0 AND 100`),
  ],
);

/**
 * A project's outcomes for one year: collective income it added (元) and households it benefits.
 * The village metric `projectIncomeAdded` reads this year's row.
 */
export const projectOutcomes = pgTable(
  'project_outcomes',
  {
    projectId: uuid('project_id').notNull(),
    year: integer('year').notNull(),
    ...tenant,
    incomeAdded: bigint('income_added', { mode: 'number' }).notNull(),
    householdsBenefiting: integer('households_benefiting').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.year] }),
    check('project_outcomes_income', sql`${t.incomeAdded} >= 0`),
    check('project_outcomes_households', sql`${t.householdsBenefiting} >= 0`),
  ],
);
