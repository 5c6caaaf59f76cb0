import { sql } from 'drizzle-orm';
import {
  LEVEL_PREFIX_LENGTH,
  REGION_LEVELS,
  type RegionLevel,
} from '../../../domain/region/regionCode.ts';
import { ancestorsOf } from '../../../domain/region/regionCode.ts';
import type { Db } from '../../db/client.ts';
import { refreshLeaves } from './leaves.ts';

const LEVEL_PATTERN: Record<RegionLevel, string> = {
  province: '__0000000000',
  city: '____00000000',
  county: '______000000',
  township: '_________000',
  village: '____________',
};

/** A code's exact level in SQL: the most zeros it ends with wins. */
const levelSql = (column: string) =>
  sql.raw(
    `CASE ${REGION_LEVELS.slice(0, 4)
      .map((l) => `WHEN ${column} LIKE '${LEVEL_PATTERN[l]}' THEN '${l}'`)
      .join(' ')} ELSE 'village' END`,
  );

/**
 * Recomputes the roll-ups of one level: each region's own leaves (month → month, quarter, year)
 * plus its children's roll-ups. `codes` null means every region of the level.
 */
async function rollUpLevel(db: Db, level: RegionLevel, codes: string[] | null): Promise<void> {
  const n = LEVEL_PREFIX_LENGTH[level];
  const list = codes?.join(',') ?? '';
  const only = (column: string) =>
    codes === null ? sql`true` : sql`${sql.raw(column)} = ANY(string_to_array(${list}, ','))`;
  const child = REGION_LEVELS[REGION_LEVELS.indexOf(level) + 1];
  // Children by range on the fixed-width code: the primary key's btree serves it.
  const children = child
    ? codes === null
      ? sql`SELECT rpad(substr(r.region_code, 1, ${n}), 12, '0') AS code, r.period, r.metric, r.value
            FROM insight_rollups r WHERE r.level = ${child}`
      : sql`SELECT a.code, r.period, r.metric, r.value
            FROM unnest(string_to_array(${list}, ',')) a(code)
            JOIN insight_rollups r ON r.region_code BETWEEN a.code
              AND rpad(substr(a.code, 1, ${n}), 12, '9') AND r.level = ${child}`
    : sql`SELECT NULL::varchar AS code, NULL::varchar AS period, NULL::text AS metric,
            NULL::float8 AS value WHERE false`;
  await db.execute(
    sql`DELETE FROM insight_rollups WHERE level = ${level} AND ${only('region_code')}`,
  );
  await db.execute(sql`
    INSERT INTO insight_rollups (region_code, level, period, metric, value)
    SELECT x.code, ${level}, x.period, x.metric, sum(x.value)
    FROM (
      SELECT l.region_code AS code, p.period, l.metric, l.value
      FROM insight_leaves l
      CROSS JOIN LATERAL (VALUES (l.month),
        (substr(l.month, 1, 4) || '-Q' || ((substr(l.month, 6, 2)::int + 2) / 3)),
        (substr(l.month, 1, 4))) p(period)
      WHERE ${levelSql('l.region_code')} = ${level} AND ${only('l.region_code')}
      UNION ALL ${children}
    ) x
    GROUP BY x.code, x.period, x.metric
    HAVING sum(x.value) <> 0`);
}

/**
 * Full rebuild: every leaf from the records, then every level bottom-up, in one transaction; the
 * fold's cursor moves to the audit log's end as read at the start (later changes fold in next).
 */
export async function rebuildInsights(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const [top] = (
      (await tx.execute(sql`SELECT coalesce(max(seq), 0) AS top FROM audit_events`)) as unknown as {
        rows: { top: string | number }[];
      }
    ).rows;
    await refreshLeaves(tx, null);
    for (const level of [...REGION_LEVELS].reverse()) await rollUpLevel(tx, level, null);
    await tx.execute(sql`
      INSERT INTO insight_fold_cursor (name, last_seq) VALUES ('audit', ${Number(top?.top ?? 0)})
      ON CONFLICT (name) DO UPDATE SET last_seq = excluded.last_seq`);
  });
  // Fresh statistics, so the fold's range joins on the roll-ups use the primary key.
  await db.execute(sql`ANALYZE insight_leaves, insight_rollups`);
}

/** Incremental: the touched codes' leaves, then those codes and their ancestors, bottom-up. */
export async function refreshInsights(db: Db, touched: string[]): Promise<void> {
  if (touched.length === 0) return;
  const byLevel = new Map<RegionLevel, Set<string>>(REGION_LEVELS.map((l) => [l, new Set()]));
  for (const code of touched) for (const a of ancestorsOf(code)) byLevel.get(a.level)?.add(a.code);
  await db.transaction(async (tx) => {
    await refreshLeaves(tx, touched);
    for (const level of [...REGION_LEVELS].reverse()) {
      const codes = [...(byLevel.get(level) ?? [])];
      if (codes.length > 0) await rollUpLevel(tx, level, codes);
    }
  });
}
