import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PositionCode, PositionDetails } from '../../../domain/directory/positions.ts';
import { countyCodeColumn, hex64, regionCodeColumn, stamps, tenant } from './columns.ts';

export const villageProfiles = pgTable(
  'village_profiles',
  {
    regionCode: regionCodeColumn().primaryKey(),
    countyCode: countyCodeColumn().notNull(),
    industries: text('industries').array().notNull(),
    strength: doublePrecision('strength').notNull(),
    isModel: boolean('is_model').notNull().default(false),
  },
  (t) => [check('village_profiles_strength_range', sql`${t.strength} >= 0 AND ${t.strength} <= 1`)],
);

export const grids = pgTable(
  'grids',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    seq: integer('seq').notNull(),
    ...stamps,
  },
  (t) => [
    uniqueIndex('grids_natural_key').on(t.regionCode, t.name),
    index('grids_by_region').on(t.regionCode),
  ],
);

export const partyOrgs = pgTable(
  'party_orgs',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    name: text('name').notNull(),
    type: text('type').notNull(),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id'),
    unitId: uuid('unit_id'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('party_orgs_natural_key').on(t.regionCode, t.name),
    index('party_orgs_by_parent').on(t.parentId),
  ],
);

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    capabilities: text('capabilities').array().notNull(),
    partyOrgId: uuid('party_org_id'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('units_natural_key').on(t.countyCode, t.name),
    index('units_by_region').on(t.regionCode),
  ],
);

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    name: text('name').notNull(),
    // Pinyin keys (pinyinSearch.ts): `zs`, `zhangsan` and `张三` all find 张三.
    nameSearch: text('name_search').notNull(),
    nameSort: text('name_sort').notNull(),
    gender: text('gender').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    // Sensitive: SM4-CBC + HMAC-SM3 envelopes and blind indexes, never clear text.
    idCipher: text('id_cipher').notNull(),
    idIndex: hex64('id_index').notNull(),
    idLegacy: boolean('id_legacy').notNull().default(false),
    phoneCipher: text('phone_cipher'),
    phoneIndex: hex64('phone_index'),
    education: text('education'),
    tags: text('tags').array().notNull(),
    householdId: uuid('household_id'),
    relationToHead: text('relation_to_head'),
    unitId: uuid('unit_id'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('persons_natural_key').on(t.idIndex),
    index('persons_by_region_sort').on(t.regionCode, t.nameSort),
    // Lists ordered by a person's name across a whole county (households by their head): the first
    // page walks this index instead of sorting every household in scope.
    index('persons_by_name_sort').on(t.nameSort, t.id),
    index('persons_by_household').on(t.householdId),
    index('persons_by_phone').on(t.phoneIndex),
    // a unit's staff (the persons list's unit filter, the 1+1+N form's unit member)
    index('persons_by_unit').on(t.unitId),
  ],
);

export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    gridId: uuid('grid_id'),
    headId: uuid('head_id').notNull(),
    tags: text('tags').array().notNull(),
    ...stamps,
  },
  (t) => [
    uniqueIndex('households_natural_key').on(t.headId),
    index('households_by_region').on(t.regionCode),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    personId: uuid('person_id').primaryKey(),
    ...tenant,
    orgId: uuid('org_id').notNull(),
    groupId: uuid('group_id'),
    kind: text('kind').notNull(),
    joinDate: date('join_date', { mode: 'string' }).notNull(),
    ...stamps,
  },
  (t) => [index('memberships_by_org').on(t.orgId)],
);

export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    personId: uuid('person_id').notNull(),
    code: text('code').$type<PositionCode>().notNull(),
    orgId: uuid('org_id'),
    gridId: uuid('grid_id'),
    unitId: uuid('unit_id'),
    details: jsonb('details').$type<PositionDetails>().notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    // History is kept by ending a position, never by deleting it.
    endDate: date('end_date', { mode: 'string' }),
    ...stamps,
  },
  (t) => [
    index('positions_by_person').on(t.personId),
    index('positions_by_region_code').on(t.regionCode, t.code),
  ],
);

export const responsibilityEdges = pgTable(
  'responsibility_edges',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    level: smallint('level').notNull(),
    responsibleId: uuid('responsible_id').notNull(),
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id').notNull(),
    withinId: text('within_id'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('responsibility_edges_natural_key').on(
      t.level,
      t.responsibleId,
      t.targetKind,
      t.targetId,
    ),
    index('responsibility_edges_by_target').on(t.targetKind, t.targetId),
    index('responsibility_edges_by_region').on(t.regionCode),
    check('responsibility_edges_level_range', sql`${t.level} BETWEEN 1 AND 5`),
  ],
);

export const contactPairs = pgTable(
  'contact_pairs',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    unitId: uuid('unit_id').notNull(),
    unitMemberId: uuid('unit_member_id').notNull(),
    ruralMemberId: uuid('rural_member_id').notNull(),
    householdIds: uuid('household_ids').array().notNull(),
    ...stamps,
  },
  (t) => [
    uniqueIndex('contact_pairs_natural_key').on(t.unitMemberId, t.ruralMemberId),
    index('contact_pairs_by_region').on(t.regionCode),
  ],
);

/** Chunks of the generated demo county already written: a killed first start resumes, not repeats. */
export const demoSeedChunks = pgTable('demo_seed_chunks', {
  chunkIndex: integer('chunk_index').primaryKey(),
});

/** Secondary indexes of the bulk tables set aside while the demo county loads, rebuilt at its end. */
export const demoSeedIndexes = pgTable('demo_seed_indexes', {
  name: text('name').primaryKey(),
  definition: text('definition').notNull(),
});
