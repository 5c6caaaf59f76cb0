import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DividendRule, ShareUnits } from '../../../domain/economy/dividends.ts';
import { at, created, createdUpdated, recorded, tenant, updated } from './columns.ts';

// The collective economy (issue 13): 三资 assets, contracts on them with payments, and the income
// ledger the payments post to. region_code is the village whose collective owns the record.
// Money is whole 分 (bigint); area is hundredths of a 亩 (integer), never a float.

/** An asset of a village collective: a resource (land, 滩涂, forest, water), a fixed asset or a fund. */
export const economyAssets = pgTable(
  'economy_assets',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    kind: text('kind').notNull(),
    assetClass: text('asset_class').notNull(),
    name: text('name').notNull(),
    areaHundredths: integer('area_hundredths').notNull(),
    gridId: uuid('grid_id'),
    location: text('location').notNull(),
    status: text('status').notNull(),
    ...createdUpdated,
  },
  (t) => [
    index('economy_assets_by_region').on(t.regionCode),
    check('economy_assets_kind', sql`${t.kind} IN ('resource', 'fixed', 'fund')`),
    check('economy_assets_area', sql`${t.areaHundredths} >= 0`),
  ],
);

/** An asset's valuation on a day: its value is the latest of these. */
export const economyAssetValuations = pgTable(
  'economy_asset_valuations',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    assetId: uuid('asset_id').notNull(),
    valuedOn: date('valued_on', { mode: 'string' }).notNull(),
    valueFen: bigint('value_fen', { mode: 'number' }).notNull(),
    note: text('note'),
    ...recorded,
  },
  (t) => [
    index('economy_asset_valuations_by_asset').on(t.assetId, t.valuedOn),
    check('economy_asset_valuations_value', sql`${t.valueFen} >= 0`),
  ],
);

/** A county's rule for an asset class: reference price (分/亩/年), term limit, the "far below" share. */
export const economyClassRules = pgTable(
  'economy_class_rules',
  {
    countyCode: text('county_code').notNull(),
    assetClass: text('asset_class').notNull(),
    regionCode: text('region_code').notNull(),
    referencePriceFen: bigint('reference_price_fen', { mode: 'number' }),
    maxTermYears: integer('max_term_years').notNull(),
    lowPricePercent: integer('low_price_percent').notNull(),
    ...updated,
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.assetClass] }),
    check(
      'economy_class_rules_price',
      sql`${t.referencePriceFen} IS NULL OR ${t.referencePriceFen} >= 0`,
    ),
    check('economy_class_rules_term', sql`${t.maxTermYears} > 0`),
    check('economy_class_rules_percent', sql`${t.lowPricePercent} BETWEEN 1 AND 100`),
  ],
);

/**
 * A contract on an asset (发包/租赁): lessee, area, term, price per 亩 per year and the schedule its
 * fee falls due on. A 两委 member's household signs only with a recorded recusal (回避). Its 清化收
 * outcome, once recorded, names the income it added.
 */
export const economyContracts = pgTable(
  'economy_contracts',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    assetId: uuid('asset_id').notNull(),
    lessee: text('lessee').notNull(),
    lesseePersonId: uuid('lessee_person_id'),
    areaHundredths: integer('area_hundredths').notNull(),
    pricePerMuFen: bigint('price_per_mu_fen', { mode: 'number' }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    schedule: text('schedule').notNull(),
    status: text('status').notNull().default('active'),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    recusalNote: text('recusal_note'),
    outcome: text('outcome'),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    outcomeNote: text('outcome_note'),
    incomeAddedFen: bigint('income_added_fen', { mode: 'number' }),
    ...createdUpdated,
  },
  (t) => [
    index('economy_contracts_by_region').on(t.regionCode),
    index('economy_contracts_by_asset').on(t.assetId, t.startsOn),
    check('economy_contracts_area', sql`${t.areaHundredths} > 0`),
    check('economy_contracts_price', sql`${t.pricePerMuFen} >= 0`),
    check('economy_contracts_term', sql`${t.endsOn} >= ${t.startsOn}`),
    check('economy_contracts_status', sql`${t.status} IN ('active', 'terminated')`),
    check(
      'economy_contracts_outcome',
      sql`${t.outcome} IS NULL OR ${t.outcome} IN ('regularized', 'recovered', 'resigned')`,
    ),
  ],
);

/** Money a lessee paid on a contract; each posts one income entry in the same transaction. */
export const economyPayments = pgTable(
  'economy_payments',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    contractId: uuid('contract_id').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    note: text('note'),
    ...recorded,
  },
  (t) => [
    index('economy_payments_by_contract').on(t.contractId, t.paidOn),
    check('economy_payments_amount', sql`${t.amountFen} > 0`),
  ],
);

/**
 * The collective's income ledger: one entry per record that earns (a contract payment, a published
 * dividend run, a 托管 service record), never typed by hand; the unique source keeps a record from
 * posting twice. A voided record is reversed by a second entry of the negated amount on the same
 * day (`record_kind` suffixed `Void`), so every period still sums to what stands.
 */
export const economyIncomeEntries = pgTable(
  'economy_income_entries',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    source: text('source').notNull(),
    recordKind: text('record_kind').notNull(),
    recordId: uuid('record_id').notNull(),
    postedOn: date('posted_on', { mode: 'string' }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('economy_income_entries_one_per_record').on(t.recordKind, t.recordId),
    index('economy_income_entries_by_region_day').on(t.regionCode, t.postedOn),
  ],
);

/**
 * 分红: a run over a company's or cooperative's distributable profit for a year in a village — the
 * rule it applies, its status (draft → approved by the township → published to the households),
 * and the split it came to. Published, the collective's part posts to the income ledger.
 */
export const economyDividendRuns = pgTable(
  'economy_dividend_runs',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    payer: text('payer').notNull(),
    /** The economic organization paying out (economy_organizations), when it is one of them. */
    organizationId: uuid('organization_id'),
    year: integer('year').notNull(),
    distributableFen: bigint('distributable_fen', { mode: 'number' }).notNull(),
    rule: jsonb('rule').$type<DividendRule>().notNull(),
    status: text('status').notNull(),
    collectiveFen: bigint('collective_fen', { mode: 'number' }).notNull(),
    welfareFen: bigint('welfare_fen', { mode: 'number' }).notNull(),
    householdsFen: bigint('households_fen', { mode: 'number' }).notNull(),
    proposedBy: uuid('proposed_by').notNull(),
    approvedBy: uuid('approved_by'),
    approvedAt: at('approved_at'),
    publishedAt: at('published_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('economy_dividend_runs_payer_year').on(t.regionCode, t.payer, t.year),
    check('economy_dividend_runs_status', sql`${t.status} IN ('draft', 'approved', 'published')`),
    check('economy_dividend_runs_money', sql`${t.distributableFen} >= 0`),
  ],
);

/** A household's shares in a run and the 分 they come to (the split sums to the run's total). */
export const economyDividendShares = pgTable(
  'economy_dividend_shares',
  {
    runId: uuid('run_id').notNull(),
    householdId: uuid('household_id').notNull(),
    ...tenant,
    units: jsonb('units').$type<ShareUnits>().notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'economy_dividend_shares_pk', columns: [t.runId, t.householdId] }),
    index('economy_dividend_shares_by_household').on(t.householdId),
  ],
);

/**
 * 农业托管 service menu (公开的托管服务事项清单) of a village: each item of a crop group (grain: 耕、种、
 * 防、收; fruit: 技术指导、农机、农资) with its price per 亩 per season and the market price it saves
 * against. 全程托管 of a group is priced as the sum of its active items.
 */
export const economyTrusteeshipItems = pgTable(
  'economy_trusteeship_items',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    cropGroup: text('crop_group').notNull(),
    name: text('name').notNull(),
    /** Its place on the menu within the crop group (耕 before 种 before 防 before 收). */
    position: integer('position').notNull(),
    pricePerMuFen: bigint('price_per_mu_fen', { mode: 'number' }).notNull(),
    marketPricePerMuFen: bigint('market_price_per_mu_fen', { mode: 'number' }).notNull(),
    active: boolean('active').notNull(),
    ...created,
  },
  (t) => [
    uniqueIndex('economy_trusteeship_items_group_name').on(t.regionCode, t.cropGroup, t.name),
    check(
      'economy_trusteeship_items_money',
      sql`${t.pricePerMuFen} >= 0 AND ${t.marketPricePerMuFen} >= 0`,
    ),
  ],
);

/**
 * A household's 托管 sign-up for a year's season of a crop group: 全程托管 (every item of the group)
 * or 菜单式 (the chosen items), the area, and the price and saving per 亩 frozen at signing. One
 * active sign-up per household, year and crop group; withdrawn only before the service starts.
 */
export const economyTrusteeshipSignUps = pgTable(
  'economy_trusteeship_sign_ups',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    householdId: uuid('household_id').notNull(),
    year: integer('year').notNull(),
    cropGroup: text('crop_group').notNull(),
    mode: text('mode').notNull(),
    itemIds: jsonb('item_ids').$type<string[]>().notNull(),
    /** 分 per 亩 of each covered item when the household signed: what its service records cost. */
    itemPrices: jsonb('item_prices').$type<Record<string, number>>().notNull(),
    areaHundredths: integer('area_hundredths').notNull(),
    pricePerMuFen: bigint('price_per_mu_fen', { mode: 'number' }).notNull(),
    savingPerMuFen: bigint('saving_per_mu_fen', { mode: 'number' }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    ...created,
    withdrawnAt: at('withdrawn_at'),
  },
  (t) => [
    uniqueIndex('economy_trusteeship_sign_ups_one_active')
      .on(t.householdId, t.year, t.cropGroup)
      .where(sql`${t.status} = 'active'`),
    index('economy_trusteeship_sign_ups_by_region_year').on(t.regionCode, t.year),
    check('economy_trusteeship_sign_ups_area', sql`${t.areaHundredths} > 0`),
    check('economy_trusteeship_sign_ups_mode', sql`${t.mode} IN ('fullChain', 'menu')`),
    check('economy_trusteeship_sign_ups_status', sql`${t.status} IN ('active', 'withdrawn')`),
  ],
);

/**
 * 托管服务记录: one menu item the function branch delivered to a signed-up household on a day, over
 * some 亩 of the signed area. The fee is the area × the item's price fixed at signing, posted to the
 * income ledger as `service` in the same transaction. Voided with a reason (reversed in the ledger),
 * never deleted.
 */
export const economyTrusteeshipServices = pgTable(
  'economy_trusteeship_services',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    signUpId: uuid('sign_up_id').notNull(),
    itemId: uuid('item_id').notNull(),
    servedOn: date('served_on', { mode: 'string' }).notNull(),
    areaHundredths: integer('area_hundredths').notNull(),
    pricePerMuFen: bigint('price_per_mu_fen', { mode: 'number' }).notNull(),
    feeFen: bigint('fee_fen', { mode: 'number' }).notNull(),
    /** The function branch (a 功能型党支部 of the village) that delivered, or null with `provider` typed. */
    providerOrgId: uuid('provider_org_id'),
    provider: text('provider').notNull(),
    note: text('note'),
    status: text('status').notNull(),
    voidReason: text('void_reason'),
    voidedBy: uuid('voided_by'),
    voidedAt: at('voided_at'),
    ...recorded,
  },
  (t) => [
    index('economy_trusteeship_services_by_sign_up').on(t.signUpId, t.servedOn),
    index('economy_trusteeship_services_by_region_day').on(t.regionCode, t.servedOn),
    check('economy_trusteeship_services_area', sql`${t.areaHundredths} > 0`),
    check('economy_trusteeship_services_status', sql`${t.status} IN ('recorded', 'voided')`),
  ],
);
