import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/policy.ts';
import type { SubjectKind } from '../../../domain/obligations/rules.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { pairings, regions, unions, unionVillages } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { scopeWhere } from '../../platform/scope.ts';
import type { RuleView } from './rules.ts';

/**
 * The compliance board's arithmetic in one statement, for a whole region at once: the same
 * definition as domain/obligations/compliance.ts (periods wholly inside both windows, started by
 * `asOf`; met when the count reaches the rule's; short only once ended), done where the rows are
 * so only a line per subject and per rule comes back. compliance.test.ts checks both agree.
 */
export interface CellSummary {
  /** Set on a subject's line, null on a rule's. */
  subjectId: string | null;
  ruleCode: string | null;
  due: number;
  met: number;
  missed: { code: string; ps: string; pe: string; done: number; required: number }[];
}

const periodStart = (every: SQL, day: SQL) => sql`(CASE ${every}
  WHEN 'halfYear' THEN date_trunc('year', ${day}::timestamp)
    + CASE WHEN extract(month FROM ${day}::timestamp) > 6 THEN interval '6 months' ELSE interval '0 months' END
  ELSE date_trunc(${every}, ${day}::timestamp) END)`;

// A period as one integer: ISO weeks counted from Monday 2001-01-01, months from year 0 (a quarter,
// half-year or year is a month count divided by 3, 6 or 12). Integers hash and compare cheaply.
const MONDAY = '2001-01-01';
const periodIndex = (every: SQL, week: SQL, month: SQL) => sql`(CASE ${every}
  WHEN 'week' THEN ${week} WHEN 'month' THEN ${month} WHEN 'quarter' THEN ${month} / 3
  WHEN 'halfYear' THEN ${month} / 6 ELSE ${month} / 12 END)`;
const weekOf = (day: SQL) => sql`((${day} - ${MONDAY}::date) / 7)`;
// date_part answers a double, far cheaper per row than extract's numeric.
const monthOf = (day: SQL) =>
  sql`(date_part('year', ${day})::int * 12 + date_part('month', ${day})::int - 1)`;

function subjectsSql(
  actor: Actor,
  kind: SubjectKind,
  region: string,
  from: string,
  to: string,
): SQL {
  const { low, high } = scopeRange(region);
  if (kind === 'pairing')
    return sql`SELECT ${pairings.id}::text COLLATE "C" AS id, ${pairings.leaderPersonId} AS leader,
        greatest(${pairings.periodStart}, ${from}::date) AS f,
        least(coalesce(${pairings.periodEnd}, ${to}::date), ${to}::date) AS t
      FROM ${pairings}
      WHERE ${scopeWhere(actor, 'obligations.read', pairings.regionCode)}
        AND ${pairings.regionCode} BETWEEN ${low} AND ${high}
        AND ${pairings.periodStart} <= ${to}::date
        AND (${pairings.periodEnd} IS NULL OR ${pairings.periodEnd} >= ${from}::date)`;
  if (kind === 'village')
    return sql`SELECT ${regions.code}::text COLLATE "C" AS id, NULL::uuid AS leader, ${from}::date AS f, ${to}::date AS t
      FROM ${regions}
      WHERE ${scopeWhere(actor, 'obligations.read', regions.regionCode)}
        AND ${regions.code} BETWEEN ${low} AND ${high} AND ${regions.level} = 'village'`;
  return sql`SELECT DISTINCT ${unions.id}::text COLLATE "C" AS id, NULL::uuid AS leader,
      greatest((${unions.createdAt} AT TIME ZONE 'Asia/Shanghai')::date, ${from}::date) AS f, ${to}::date AS t
    FROM ${unions} JOIN ${unionVillages} ON ${unionVillages.unionId} = ${unions.id}
    WHERE ${scopeWhere(actor, 'obligations.read', unionVillages.regionCode)}
      AND ${unionVillages.villageCode} BETWEEN ${low} AND ${high}`;
}

const STEP: Record<string, string> = {
  week: '1 week',
  month: '1 month',
  quarter: '3 months',
  halfYear: '6 months',
  year: '1 year',
};

export async function boardCells(
  ctx: Ctx,
  actor: Actor,
  kind: SubjectKind,
  region: string,
  rules: readonly RuleView[],
  year: number,
  asOf: string,
): Promise<CellSummary[]> {
  if (rules.length === 0) return [];
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const last = asOf < to ? asOf : to;
  const { low, high } = scopeRange(region);
  const ruleRows = sql.join(
    rules.map(
      (r) =>
        sql`(${r.code}::text COLLATE "C", ${r.activityType}::text COLLATE "C", ${r.every}::text, ${STEP[r.every] ?? '1 year'}::interval,
             ${r.atLeast}::int, ${r.role !== null}::boolean, ${r.startsOn}::date, ${r.endsOn}::date)`,
    ),
    sql`, `,
  );
  const statement = sql`
    WITH subj AS (${subjectsSql(actor, kind, region, from, to)}),
    rules (code, type, every, step, at_least, by_role, starts, ends) AS (VALUES ${ruleRows}),
    win AS (
      SELECT s.id, s.leader, r.code, r.type, r.every, r.step, r.at_least, r.by_role,
             greatest(s.f, r.starts) AS wf, least(s.t, coalesce(r.ends, s.t)) AS wt
      FROM subj s CROSS JOIN rules r),
    per AS (
      SELECT w.id, w.code, w.at_least, ps::date AS ps, (ps + w.step)::date - 1 AS pe,
             ${periodIndex(sql`w.every`, weekOf(sql`ps::date`), monthOf(sql`ps`))} AS p
      FROM win w
      CROSS JOIN LATERAL generate_series(${periodStart(sql`w.every`, sql`w.wf`)}, w.wt::timestamp, w.step) AS ps
      WHERE ps::date >= w.wf AND (ps + w.step)::date - 1 <= w.wt AND ps::date <= ${asOf}::date),
    acts AS (
      SELECT a.subject_id COLLATE "C" AS id, a.activity_type COLLATE "C" AS type, ${weekOf(sql`a.occurred_on`)} AS wk,
             ${monthOf(sql`a.occurred_on`)} AS mo, count(*) AS n,
             count(*) FILTER (WHERE s.leader = ANY(a.participant_ids)) AS nl
      FROM activities a JOIN subj s ON s.id = a.subject_id COLLATE "C"
      WHERE a.subject_kind = ${kind} AND a.region_code BETWEEN ${low} AND ${high}
        AND a.occurred_on BETWEEN ${from}::date AND ${last}::date
      GROUP BY 1, 2, 3, 4),
    done AS (
      SELECT c.id, w.code, ${periodIndex(sql`w.every`, sql`c.wk`, sql`c.mo`)} AS p,
             sum(CASE WHEN w.by_role THEN c.nl ELSE c.n END) AS n
      FROM acts c JOIN rules w ON w.type = c.type
      GROUP BY 1, 2, 3),
    cells AS (
      SELECT per.id, per.code, per.ps, per.pe, per.at_least, coalesce(d.n, 0)::int AS done
      FROM per LEFT JOIN done d ON d.id = per.id AND d.code = per.code AND d.p = per.p)
    SELECT id AS "subjectId", code AS "ruleCode",
           count(*) FILTER (WHERE done >= at_least OR pe < ${asOf}::date)::int AS due,
           count(*) FILTER (WHERE done >= at_least)::int AS met,
           coalesce(json_agg(json_build_object('code', code, 'ps', ps, 'pe', pe, 'done', done,
             'required', at_least) ORDER BY ps, code)
             FILTER (WHERE done < at_least AND pe < ${asOf}::date), '[]') AS missed
    FROM cells GROUP BY GROUPING SETS ((id), (code))`;
  if (ctx.dbKind !== 'postgres' || ctx.inTransaction)
    return ((await ctx.db.execute(statement)) as unknown as { rows: CellSummary[] }).rows;
  // The planner's row guesses for generated periods are high enough to trigger JIT compilation,
  // which costs a second here and saves nothing: off for this statement, hashes kept in memory.
  return transaction(ctx, async (tx) => {
    await tx.db.execute(sql`SET LOCAL jit = off`);
    await tx.db.execute(sql`SET LOCAL work_mem = '64MB'`);
    return ((await tx.db.execute(statement)) as unknown as { rows: CellSummary[] }).rows;
  });
}
