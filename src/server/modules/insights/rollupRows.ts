import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { isMonth, monthsOfPeriod, periodsOfMonth } from '../../../domain/insights/periods.ts';
import type { Db } from '../../db/client.ts';
import { insightRollups, ROLLUP_METRICS } from '../../db/schema/index.ts';

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

/**
 * The roll-up rows of the regions `where` selects, for the periods asked: stored rows, and each
 * village's quarters and year summed from its months.
 */
export async function rollupRows(db: Db, where: SQL, periods: string[]): Promise<Rollup[]> {
  if (periods.length === 0) return [];
  const spans = periods.filter((p) => !isMonth(p));
  const months = [...new Set(spans.flatMap(monthsOfPeriod))];
  const [stored, villageMonths] = await Promise.all([
    db
      .select()
      .from(insightRollups)
      .where(and(where, inArray(insightRollups.period, periods), storedAsRead)),
    months.length === 0
      ? []
      : db
          .select()
          .from(insightRollups)
          .where(
            and(where, eq(insightRollups.level, 'village'), inArray(insightRollups.period, months)),
          ),
  ]);
  const summed = new Map<string, Rollup>();
  for (const row of villageMonths)
    for (const period of periodsOfMonth(row.period)) {
      if (!spans.includes(period)) continue;
      const key = `${row.regionCode} ${period}`;
      const sum = summed.get(key) ?? { ...row, period, ...zeroMetrics() };
      for (const m of ROLLUP_METRICS) sum[m] += row[m];
      summed.set(key, sum);
    }
  return [...stored, ...summed.values()];
}

const zeroMetrics = () =>
  Object.fromEntries(ROLLUP_METRICS.map((m) => [m, 0])) as Pick<
    Rollup,
    (typeof ROLLUP_METRICS)[number]
  >;
