import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  varchar,
} from 'drizzle-orm/pg-core';
import { stamps, tenant } from './columns.ts';

/** 行政区划: province → city → county → township → village/community, keyed by the 12-digit code. */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    // Every tenant row carries its region and county (DESIGN.md §5): scope checks and sharding.
    ...tenant,
    parentCode: varchar('parent_code', { length: 12 }),
    level: text('level', { enum: ['province', 'city', 'county', 'township', 'village'] }).notNull(),
    name: text('name').notNull(),
    urbanRuralClass: varchar('urban_rural_class', { length: 3 }),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    population: integer('population'),
    households: integer('households'),
    ...stamps,
  },
  (t) => [
    index('regions_by_parent').on(t.parentCode, t.code),
    check('regions_code_is_own_region', sql`${t.code} = ${t.regionCode}`),
    check('regions_population_nonnegative', sql`${t.population} IS NULL OR ${t.population} >= 0`),
  ],
);
