import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { created, createdUpdated, tenant } from './columns.ts';

// 合作社、公司与双绑 (issue 13 part 3). region_code is the organization's region — its village, or
// the township of a 共富公司 or 联建公司 — on every row of it, so one scope reads them all.
// Money is whole 分 (bigint); area is hundredths of a 亩 (integer), never a float.

/** 村集体经济组织, 党支部领办合作社, 共富公司 or 联建公司 (跨村联建: union_id names the union). */
export const economyOrganizations = pgTable(
  'economy_organizations',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    unionId: uuid('union_id'),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    ...createdUpdated,
  },
  (t) => [
    uniqueIndex('economy_organizations_region_name').on(t.regionCode, t.name),
    check(
      'economy_organizations_kind',
      sql`${t.kind} IN ('collectiveOrg', 'branchCooperative', 'townCompany', 'unionCompany')`,
    ),
    check('economy_organizations_status', sql`${t.status} IN ('active', 'dissolved')`),
  ],
);

/** A member household of an organization and its shares by the dividend classes. */
export const economyOrgMembers = pgTable(
  'economy_org_members',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    organizationId: uuid('organization_id').notNull(),
    householdId: uuid('household_id').notNull(),
    /** 土地股, in hundredths of a 亩. */
    landShares: integer('land_shares').notNull(),
    /** 现金股, in 元. */
    cashShares: integer('cash_shares').notNull(),
    /** 成员股, as counted. */
    memberShares: integer('member_shares').notNull(),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    ...created,
  },
  (t) => [
    uniqueIndex('economy_org_members_one_per_household').on(t.organizationId, t.householdId),
    check(
      'economy_org_members_shares',
      sql`${t.landShares} >= 0 AND ${t.cashShares} >= 0 AND ${t.memberShares} >= 0`,
    ),
  ],
);

/**
 * 双绑: an organization bound to a leading enterprise or cooperative — another organization
 * (partner_org_id) or a named outside one (partner_name), never both — from a day, maybe until one.
 */
export const economyOrgBindings = pgTable(
  'economy_org_bindings',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    organizationId: uuid('organization_id').notNull(),
    partnerOrgId: uuid('partner_org_id'),
    partnerName: text('partner_name'),
    partnerKind: text('partner_kind').notNull(),
    kind: text('kind').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    ...created,
  },
  (t) => [
    index('economy_org_bindings_by_org').on(t.organizationId),
    check(
      'economy_org_bindings_partner',
      sql`(${t.partnerOrgId} IS NULL) <> (${t.partnerName} IS NULL)`,
    ),
    check(
      'economy_org_bindings_not_self',
      sql`${t.partnerOrgId} IS DISTINCT FROM ${t.organizationId}`,
    ),
    check('economy_org_bindings_term', sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** 订单: an order placed on a binding — product, quantity in its unit, amount, day. */
export const economyOrgOrders = pgTable(
  'economy_org_orders',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    bindingId: uuid('binding_id').notNull(),
    product: text('product').notNull(),
    quantity: integer('quantity').notNull(),
    unit: text('unit').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    orderedOn: date('ordered_on', { mode: 'string' }).notNull(),
    ...created,
  },
  (t) => [
    index('economy_org_orders_by_binding').on(t.bindingId, t.orderedOn),
    check('economy_org_orders_amounts', sql`${t.quantity} > 0 AND ${t.amountFen} >= 0`),
  ],
);

/**
 * 土地流转: a household's land transferred to an organization for a term at a price per 亩 per
 * year — the household's 租金. previous_price_per_mu_fen is what the land fetched before (安丘:
 * 400 → 800 元/亩), when known.
 */
export const economyLandTransfers = pgTable(
  'economy_land_transfers',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    organizationId: uuid('organization_id').notNull(),
    householdId: uuid('household_id').notNull(),
    areaHundredths: integer('area_hundredths').notNull(),
    pricePerMuFen: bigint('price_per_mu_fen', { mode: 'number' }).notNull(),
    previousPricePerMuFen: bigint('previous_price_per_mu_fen', { mode: 'number' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    ...created,
  },
  (t) => [
    index('economy_land_transfers_by_org').on(t.organizationId, t.householdId),
    check('economy_land_transfers_area', sql`${t.areaHundredths} > 0`),
    check(
      'economy_land_transfers_price',
      sql`${t.pricePerMuFen} >= 0 AND (${t.previousPricePerMuFen} IS NULL OR ${t.previousPricePerMuFen} >= 0)`,
    ),
    check('economy_land_transfers_term', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);
