import type { MetricSource } from '../../../domain/evaluation/metrics.ts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SchemeDefinition } from '../../../domain/evaluation/scheme.ts';
import { at, countyCodeColumn, regionCodeColumn, storedFile, tenant } from './columns.ts';

/** Frozen metric value at a decision, with links to the records it came from. */
export interface MetricSnapshot {
  key: string;
  value: number | null;
  source: MetricSource;
  sources: { kind: string; id: string; label: string }[];
}
export interface StarVerdict {
  key: string;
  granted: boolean;
  comment: string;
}
export interface ClaimContent {
  stars: string[];
  answers: Record<string, { done: boolean; evidenceIds: string[] }>;
  metrics: Record<string, { value: number; evidenceIds: string[] }>;
  note: string;
}

/**
 * Star schemes as data. Presets (is_preset, region 000000000000) are shared by every county and
 * never edited; a county's own schemes are versioned: editing one a round uses adds a version.
 */
export const evaluationSchemes = pgTable(
  'evaluation_schemes',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    key: text('key').notNull(),
    version: integer('version').notNull(),
    isPreset: boolean('is_preset').notNull(),
    name: text('name').notNull(),
    subjectType: text('subject_type').notNull(),
    definition: jsonb('definition').$type<SchemeDefinition>().notNull(),
    // Set when a newer version replaces this one; rounds keep pointing at the version they opened with.
    supersededAt: at('superseded_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [uniqueIndex('evaluation_schemes_key_version').on(t.regionCode, t.key, t.version)],
);

export const evaluationRounds = pgTable(
  'evaluation_rounds',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    schemeId: uuid('scheme_id').notNull(),
    name: text('name').notNull(),
    period: text('period').notNull(),
    noticeDays: integer('notice_days').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('evaluation_rounds_scheme_region_period').on(t.schemeId, t.regionCode, t.period),
    index('evaluation_rounds_by_region').on(t.regionCode),
  ],
);

/** One subject's evaluation in a round: claim, current step, notice window, stars held. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    roundId: uuid('round_id').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    stage: text('stage', { enum: ['claiming', 'review', 'notice', 'awarded'] }).notNull(),
    stepIndex: integer('step_index').notNull(),
    claim: jsonb('claim').$type<ClaimContent>(),
    // Stars still standing after the last decision (the claim, then what each step kept).
    grantedStars: text('granted_stars').array().notNull(),
    heldStars: text('held_stars').array().notNull(),
    level: integer('level').notNull(),
    noticeStartsAt: at('notice_starts_at'),
    noticeEndsAt: at('notice_ends_at'),
    awardedAt: at('awarded_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('evaluations_round_subject').on(t.roundId, t.subjectId),
    index('evaluations_by_region').on(t.regionCode),
    index('evaluations_by_subject').on(t.subjectId),
  ],
);

export const evaluationEvidence = pgTable(
  'evaluation_evidence',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    evaluationId: uuid('evaluation_id').notNull(),
    ...storedFile(),
  },
  (t) => [index('evaluation_evidence_by_evaluation').on(t.evaluationId)],
);

export const evaluationDecisions = pgTable(
  'evaluation_decisions',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    evaluationId: uuid('evaluation_id').notNull(),
    stepKey: text('step_key').notNull(),
    role: text('role').notNull(),
    actorId: uuid('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    outcome: text('outcome', { enum: ['approve', 'sendBack'] }).notNull(),
    stars: jsonb('stars').$type<StarVerdict[]>().notNull(),
    comment: text('comment').notNull(),
    metrics: jsonb('metrics').$type<MetricSnapshot[]>().notNull(),
    level: integer('level').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('evaluation_decisions_by_evaluation').on(t.evaluationId)],
);

/** 公示 objections; the filer is shown to reviewers only. */
export const evaluationObjections = pgTable(
  'evaluation_objections',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    evaluationId: uuid('evaluation_id').notNull(),
    accountId: uuid('account_id').notNull(),
    filerName: text('filer_name').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: ['open', 'answered'] }).notNull(),
    upheld: boolean('upheld'),
    answer: text('answer'),
    answeredBy: text('answered_by'),
    answeredAt: at('answered_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('evaluation_objections_by_evaluation').on(t.evaluationId)],
);

/** A veto event recorded after the award: proposes removing stars (摘星), decided by the configured role. */
export const evaluationVetoes = pgTable(
  'evaluation_vetoes',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    evaluationId: uuid('evaluation_id').notNull(),
    vetoKey: text('veto_key').notNull(),
    stars: text('stars').array().notNull(),
    description: text('description').notNull(),
    evidenceId: uuid('evidence_id'),
    recordedBy: text('recorded_by').notNull(),
    status: text('status', { enum: ['proposed', 'removed', 'rejected'] }).notNull(),
    decidedBy: text('decided_by'),
    decidedAt: at('decided_at'),
    comment: text('comment'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('evaluation_vetoes_by_evaluation').on(t.evaluationId)],
);

/** The history of one evaluation, in the order things happened. */
export const evaluationEvents = pgTable(
  'evaluation_events',
  {
    id: uuid('id').primaryKey(),
    // Orders events written within one millisecond (a seeded round, a fixed test clock).
    seq: serial('seq').notNull(),
    ...tenant,
    evaluationId: uuid('evaluation_id').notNull(),
    kind: text('kind').notNull(),
    actorName: text('actor_name').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('evaluation_events_by_evaluation').on(t.evaluationId, t.seq)],
);

export const evaluationTargets = pgTable(
  'evaluation_targets',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    schemeKey: text('scheme_key').notNull(),
    period: text('period').notNull(),
    measure: text('measure', { enum: ['shareAtLeast', 'countAtLeast'] }).notNull(),
    level: integer('level').notNull(),
    value: doublePrecision('value').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('evaluation_targets_natural_key').on(
      t.regionCode,
      t.schemeKey,
      t.period,
      t.measure,
      t.level,
    ),
    check('evaluation_targets_value', sql`${t.value} >= 0`),
  ],
);

/** Per county: whether township/county rankings are shown (DESIGN.md §2.2: configurable, can be off). */
export const evaluationSettings = pgTable('evaluation_settings', {
  countyCode: countyCodeColumn().primaryKey(),
  regionCode: regionCodeColumn().notNull(),
  rankingsEnabled: boolean('rankings_enabled').notNull(),
  updatedAt: at('updated_at').notNull(),
});
