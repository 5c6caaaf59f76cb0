import { sql, type SQL } from 'drizzle-orm';
import { LEVEL_PREFIX_LENGTH, REGION_LEVELS } from '../../../domain/region/regionCode.ts';
import { ROLLUP_METRICS } from '../../db/schema/index.ts';

// The SQL the fold and the rebuild share: narrow (region, month, metric, value) rows pivoted into
// one row per region and month with a column per metric, and those rows summed into their own
// region's and every ancestor's month, quarter and year row.

const quoted = ROLLUP_METRICS.map((m) => `"${m}"`);

/** The metric columns, in order, for a column list: `"cases_received", …`. */
export const metricList = sql.raw(quoted.join(', '));

/** `f("m")` for every metric column, comma-separated (e.g. `sum(d."m")`). */
export const eachMetric = (f: (column: string) => string) => sql.raw(quoted.map(f).join(', '));

/** True when any of the aggregated metric columns is not zero (a row worth storing). */
export const anyMetric = (f: (column: string) => string) =>
  sql.raw(`(${quoted.map((c) => `${f(c)} <> 0`).join(' OR ')})`);

/** Narrow rows (`region_code, month, metric, value`) as one row per region and month. */
export const pivoted = (narrow: SQL) => sql`
  SELECT region_code, month,
    ${sql.raw(
      ROLLUP_METRICS.map(
        (m) => `coalesce(sum(value) FILTER (WHERE metric = '${m}'), 0)::float8 AS "${m}"`,
      ).join(', '),
    )}
  FROM (${narrow}) n
  GROUP BY region_code, month`;

/** The digits that identify a code's own level (2 for a province … 12 for a village), in SQL. */
export const ownDigits = (column: string) =>
  sql.raw(
    `CASE ${REGION_LEVELS.slice(0, 4)
      .map((l) => `WHEN ${column} LIKE '${LEVEL_PATTERN[l]}' THEN ${LEVEL_PREFIX_LENGTH[l]}`)
      .join(' ')} ELSE 12 END`,
  );

export const LEVEL_PATTERN = {
  province: '__0000000000',
  city: '____00000000',
  county: '______000000',
  township: '_________000',
  village: '____________',
} as const;

/** A month row's three periods: `2026-03`, `2026-Q1`, `2026`. */
export const periodsOf = (month: string) =>
  sql.raw(`(VALUES (${month}),
  (substr(${month}, 1, 4) || '-Q' || ((substr(${month}, 6, 2)::int + 2) / 3)),
  (substr(${month}, 1, 4)))`);

const LEVELS = sql.raw(
  `(VALUES ${REGION_LEVELS.map((l) => `('${l}', ${LEVEL_PREFIX_LENGTH[l]})`).join(', ')})`,
);

/**
 * Wide month rows `d` (region_code, month, metrics…) summed into every ancestor's (and the region's
 * own) month, quarter and year: `code, level, period, metrics…`, in key order, zero rows left out.
 */
export const expandedToAncestors = (wide: SQL) => sql`
  SELECT a.code, a.level, p.period, ${eachMetric((c) => `sum(d.${c})`)}
  FROM (${wide}) d
  CROSS JOIN LATERAL (
    SELECT rpad(substr(d.region_code, 1, lv.n), 12, '0') AS code, lv.level
    FROM ${LEVELS} lv(level, n) WHERE lv.n <= ${ownDigits('d.region_code')}
  ) a
  CROSS JOIN LATERAL ${periodsOf('d.month')} p(period)
  GROUP BY 1, 2, 3
  HAVING ${anyMetric((c) => `sum(d.${c})`)}
  ORDER BY 1, 3`;
