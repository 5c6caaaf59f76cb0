import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { isMonth, monthsOfPeriod } from '../../../domain/insights/periods.ts';
import type { Db } from '../../db/client.ts';
import { insightRollups, ROLLUP_METRICS, type RollupMetric } from '../../db/schema/index.ts';

export type Rollup = typeof insightRollups.$inferSelect;

/**
 * What is stored and read as it is: every row of a township or above, and a village's month rows.
 * A village's quarters and year are not stored: a day's cases spread over a province's villages
 * would otherwise add three rows to write per village touched, and a village's year is twelve rows
 * at most to sum. (A database folded before the change may still hold such rows until its next
 * rebuild; they are never read.)
 */
const storedAsRead = or(
  sql`${insightRollups.level} <> 'village'`,
  sql`${insightRollups.period} ~ '^[0-9]{4}-[0-9]{2}$'`,
);

/** Every metric summed, in SQL. */
const SUMS = Object.fromEntries(
  ROLLUP_METRICS.map((m) => [m, sql<number>`sum(${insightRollups[m]})`.mapWith(Number)]),
) as { [M in RollupMetric]: SQL<number> };

/** A village's months summed into one span (a quarter or a year), one row per village. */
const villageSpan = (db: Db, where: SQL, span: string) =>
  db
    .select({
      regionCode: insightRollups.regionCode,
      level: insightRollups.level,
      period: sql<string>`${span}::text`,
      ...SUMS,
    })
    .from(insightRollups)
    .where(
      and(
        where,
        eq(insightRollups.level, 'village'),
        inArray(insightRollups.period, monthsOfPeriod(span)),
      ),
    )
    .groupBy(insightRollups.regionCode, insightRollups.level);

/**
 * The roll-up rows of the regions `where` selects, for the periods asked: stored rows, and each
 * village's quarters and year summed from its months (in the database: a county's map reads one
 * row per village).
 */
export async function rollupRows(db: Db, where: SQL, periods: string[]): Promise<Rollup[]> {
  if (periods.length === 0) return [];
  const [stored, ...spans] = await Promise.all([
    db
      .select()
      .from(insightRollups)
      .where(and(where, inArray(insightRollups.period, periods), storedAsRead)),
    ...periods.filter((p) => !isMonth(p)).map((span) => villageSpan(db, where, span)),
  ]);
  return [...stored, ...spans.flat()];
}
