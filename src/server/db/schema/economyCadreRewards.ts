import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RewardRule, TwoCommitteesPosition } from '../../../domain/economy/cadreRewards.ts';
import { at, tenant, updated } from './columns.ts';

// 干部奖励 from the collective's income increment (issue 13 part 7). Money is whole 分 (bigint).

/**
 * A county's rule for a year: the share of a village's income increment that may reward its 两委
 * cadres, the caps, and the division (equal, or by a weight per position). region_code is the
 * county's own code.
 */
export const economyRewardRules = pgTable(
  'economy_reward_rules',
  {
    ...tenant,
    year: integer('year').notNull(),
    shareBp: integer('share_bp').notNull(),
    villageCapFen: bigint('village_cap_fen', { mode: 'number' }).notNull(),
    cadreCapFen: bigint('cadre_cap_fen', { mode: 'number' }).notNull(),
    division: text('division').$type<RewardRule['division']>().notNull(),
    weights: jsonb('weights').$type<RewardRule['weights']>().notNull(),
    ...updated,
  },
  (t) => [
    primaryKey({ name: 'economy_reward_rules_pk', columns: [t.countyCode, t.year] }),
    check('economy_reward_rules_share', sql`${t.shareBp} BETWEEN 0 AND 10000`),
    check('economy_reward_rules_caps', sql`${t.villageCapFen} >= 0 AND ${t.cadreCapFen} >= 0`),
  ],
);

/**
 * A village's reward for a year: the books it stands on (this year's and last year's income, the
 * pool), the rule as it was when proposed, what is divided, and the township's decision. A
 * rejected reward may be proposed again; a proposed or approved one is the village's only one.
 */
export const economyCadreRewards = pgTable(
  'economy_cadre_rewards',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    year: integer('year').notNull(),
    thisYearFen: bigint('this_year_fen', { mode: 'number' }).notNull(),
    lastYearFen: bigint('last_year_fen', { mode: 'number' }).notNull(),
    poolFen: bigint('pool_fen', { mode: 'number' }).notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    rule: jsonb('rule').$type<RewardRule>().notNull(),
    status: text('status').notNull(),
    proposedBy: uuid('proposed_by').notNull(),
    createdAt: at('created_at').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: at('decided_at'),
    decisionNote: text('decision_note'),
  },
  (t) => [
    uniqueIndex('economy_cadre_rewards_one_standing')
      .on(t.regionCode, t.year)
      .where(sql`${t.status} <> 'rejected'`),
    check('economy_cadre_rewards_status', sql`${t.status} IN ('proposed', 'approved', 'rejected')`),
    check('economy_cadre_rewards_money', sql`${t.totalFen} >= 0 AND ${t.totalFen} <= ${t.poolFen}`),
  ],
);

/** A cadre's amount in a reward (the amounts sum to the reward's total). */
export const economyCadreRewardShares = pgTable(
  'economy_cadre_reward_shares',
  {
    rewardId: uuid('reward_id').notNull(),
    personId: uuid('person_id').notNull(),
    ...tenant,
    positions: jsonb('positions').$type<TwoCommitteesPosition[]>().notNull(),
    weight: integer('weight').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'economy_cadre_reward_shares_pk', columns: [t.rewardId, t.personId] }),
    index('economy_cadre_reward_shares_by_person').on(t.personId),
  ],
);
