import { and, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { grantsAllowing, type Actor } from '../../domain/access/policy.ts';
import type { Permission } from '../../domain/access/roles.ts';
import { scopeRange } from '../../domain/region/regionCode.ts';

/**
 * The one scope helper (DESIGN.md §2.4): the WHERE clause that keeps a query inside the subtrees
 * where the actor holds `permission`. Rows outside are never loaded, so they answer 404.
 * Ranges on the fixed-width code use the btree index like a prefix match would.
 */
export function scopeWhere(
  actor: Actor,
  permission: Permission,
  regionColumn: AnyPgColumn | SQL,
): SQL {
  const ranges = grantsAllowing(actor, permission).map((g) => {
    const { low, high } = scopeRange(g.regionCode);
    return sql`${regionColumn} BETWEEN ${low} AND ${high}`;
  });
  if (ranges.length === 0) return sql`false`;
  return or(...ranges) ?? sql`false`;
}

/** `scopeWhere` plus more conditions. */
export function scoped(
  actor: Actor,
  permission: Permission,
  regionColumn: AnyPgColumn | SQL,
  ...conditions: (SQL | undefined)[]
): SQL {
  return and(scopeWhere(actor, permission, regionColumn), ...conditions) ?? sql`false`;
}

/** Rows of one region's subtree (a filter the caller chose, on top of `scopeWhere`). */
export function withinRegion(regionColumn: AnyPgColumn | SQL, region: string): SQL {
  const { low, high } = scopeRange(region);
  return sql`${regionColumn} BETWEEN ${low} AND ${high}`;
}
