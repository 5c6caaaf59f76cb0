import { sql, type SQL } from 'drizzle-orm';
import {
  LEVEL_PREFIX_LENGTH,
  REGION_LEVELS,
  type RegionLevel,
} from '../../../domain/region/regionCode.ts';
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

export const LEVEL_PATTERN = {
  province: '__0000000000',
  city: '____00000000',
  county: '______000000',
  township: '_________000',
  village: '____________',
} as const;

/** A month's quarter (`2026-Q1`) and year (`2026`), in SQL. */
const quarterOf = (month: string) =>
  `substr(${month}, 1, 4) || '-Q' || ((substr(${month}, 6, 2)::int + 2) / 3)`;
const yearOf = (month: string) => `substr(${month}, 1, 4)`;

/** A month row's three periods: `2026-03`, `2026-Q1`, `2026`. */
export const periodsOf = (month: string) =>
  sql.raw(`(VALUES (${month}), (${quarterOf(month)}), (${yearOf(month)}))`);

/** True when a code's own level is `level` or one below it (it names no region above). */
const atOrBelow = (column: string, level: RegionLevel) => {
  const above = REGION_LEVELS[REGION_LEVELS.indexOf(level) - 1];
  // The patterns nest: a code that names a region above the parent level also fits the parent's.
  return above ? `${column} NOT LIKE '${LEVEL_PATTERN[above]}'` : 'true';
};

/**
 * Wide month rows (region_code, month, metrics…), one per region and month, summed into every
 * ancestor's (and the region's own) month, quarter and year — a village's month only, as the
 * rebuild stores it (rollupRows.ts sums a village's quarters and year on read) — as `code, level,
 * period, metrics…`, in key order, zero rows left out.
 * Summed in stages, each over the one before: a township's months are the input rows of its own
 * code and its villages' codes; each level above sums the level below (already summed) into its
 * codes, with the input rows of its own level's codes — so only the township level reads every
 * input row, and each level above reads the few rows of the one below — then each region's
 * quarters and year from its months. The village months are the input's village rows as they
 * are (one per code and month). The sums are those of one grouping over every (row, level,
 * period) but never build that fifteen-fold product. The input is read once per level (not
 * copied): pass a stored or materialized set of rows.
 */
export const expandedToAncestors = (wide: SQL) => {
  const upper = REGION_LEVELS.slice(0, -1).reverse(); // township, county, city, province
  const rollUp = (l: RegionLevel, from: SQL) =>
    sql`SELECT rpad(substr(x.region_code, 1, ${sql.raw(String(LEVEL_PREFIX_LENGTH[l]))}), 12, '0') AS code,
      x.month, ${eachMetric((c) => `sum(x.${c}) AS ${c}`)}
    FROM (${from}) x GROUP BY 1, x.month`;
  const stages = upper.map((l, i) => {
    const below = upper[i - 1];
    const body = below
      ? rollUp(
          l,
          sql`SELECT code AS region_code, month, ${metricList} FROM ${sql.raw(`m_${below}`)}
            UNION ALL SELECT region_code, month, ${metricList} FROM w
            WHERE ${sql.raw(`region_code LIKE '${LEVEL_PATTERN[l]}' AND ${atOrBelow('region_code', l)}`)}`,
        )
      : // A township and its villages, straight from the input.
        rollUp(l, sql`SELECT * FROM w WHERE ${sql.raw(atOrBelow('region_code', l))}`);
    return sql`${sql.raw(`m_${l}`)} AS MATERIALIZED (${body})`;
  });
  const ofLevel = (l: RegionLevel) =>
    sql`SELECT code, ${sql.raw(`'${l}'`)}, month, ${metricList} FROM ${sql.raw(`m_${l}`)}`;
  const within = (period: (month: string) => string) => sql`
    SELECT m.code, m.level, ${sql.raw(period('m.month'))}, ${eachMetric((c) => `sum(m.${c})`)}
    FROM m GROUP BY 1, 2, 3`;
  return sql`
  WITH w AS NOT MATERIALIZED (${wide}),
  ${sql.join(stages, sql`, `)},
  m (code, level, month, ${metricList}) AS MATERIALIZED (${sql.join(upper.map(ofLevel), sql` UNION ALL `)})
  SELECT x.* FROM (
    SELECT region_code, 'village', month, ${metricList} FROM w
    WHERE ${sql.raw(atOrBelow('region_code', 'village'))}
    UNION ALL SELECT * FROM m
    UNION ALL ${within(quarterOf)}
    UNION ALL ${within(yearOf)}
  ) x(code, level, period, ${metricList})
  WHERE ${anyMetric((c) => `x.${c}`)}
  ORDER BY 1, 3`;
};
