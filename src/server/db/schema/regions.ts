import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core';

/** 行政区划: province → city → county → township → village/community, keyed by the 12-digit code. */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    // Every tenant row carries its region and county (DESIGN.md §5): scope checks and sharding.
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    countyCode: varchar('county_code', { length: 6 }).notNull(),
    parentCode: varchar('parent_code', { length: 12 }),
    level: text('level', { enum: ['province', 'city', 'county', 'township', 'village'] }).notNull(),
    name: text('name').notNull(),
    urbanRuralClass: varchar('urban_rural_class', { length: 3 }),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    population: integer('population'),
    households: integer('households'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('regions_by_parent').on(t.parentCode, t.code),
    check('regions_code_is_own_region', sql`${t.code} = ${t.regionCode}`),
    check('regions_population_nonnegative', sql`${t.population} IS NULL OR ${t.population} >= 0`),
  ],
);
