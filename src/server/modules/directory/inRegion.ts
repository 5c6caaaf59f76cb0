import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { scopeRange } from '../../../domain/region/regionCode.ts';

/** Rows whose region `column` lies in `region`: the region itself and every region below it. */
export function inRegion(column: AnyPgColumn, region: string): SQL {
  const { low, high } = scopeRange(region);
  return sql`${column} BETWEEN ${low} AND ${high}`;
}
