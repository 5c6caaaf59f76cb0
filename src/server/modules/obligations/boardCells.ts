import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/policy.ts';
import { RESIDENTIAL_COMPOUND, type SubjectKind } from '../../../domain/obligations/rules.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { grids, pairings, regions, unions, unionVillages } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { scopeWhere } from '../../platform/scope.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { periodFirstDay, periodIndex } from './periodSql.ts';
import type { RuleView } from './rules.ts';
import { metCte, rulesCte, windowsCte } from './standings.ts';

/**
 * The compliance board's arithmetic in one statement, for a whole region at once: the same
 * definition as domain/obligations/compliance.ts (periods wholly inside both windows, started by
 * `asOf`; met when the count reaches the rule's; short only once ended), done where the rows are
 * so only a line per subject and per rule comes back. compliance.test.ts checks both agree.
 */
export interface CellSummary {
  /** Set on a subject's line, null on a rule's. */
  subjectId: string | null;
  /** The subject's village (a union's lead village); null on a rule's line. */
  regionCode: string | null;
  ruleCode: string | null;
  due: number;
  met: number;
  missed: { code: string; ps: string; pe: string; done: number; required: number }[];
}

function subjectsSql(
  actor: Actor,
  kind: SubjectKind,
  region: string,
  from: string,
  to: string,
): SQL {
  const { low, high } = scopeRange(region);
  if (kind === 'pairing')
    return sql`SELECT ${pairings.id}::text COLLATE "C" AS id, ${pairings.villageCode} AS region,
        ${pairings.leaderPersonId} AS leader,
        greatest(${pairings.periodStart}, ${from}::date) AS f,
        least(coalesce(${pairings.periodEnd}, ${to}::date), ${to}::date) AS t
      FROM ${pairings}
      WHERE ${scopeWhere(actor, 'obligations.read', pairings.regionCode)}
        AND ${pairings.regionCode} BETWEEN ${low} AND ${high}
        AND ${pairings.periodStart} <= ${to}::date
        AND (${pairings.periodEnd} IS NULL OR ${pairings.periodEnd} >= ${from}::date)`;
  if (kind === 'village')
    return sql`SELECT ${regions.code}::text COLLATE "C" AS id, ${regions.code} AS region, NULL::uuid AS leader, ${from}::date AS f, ${to}::date AS t
      FROM ${regions}
      WHERE ${scopeWhere(actor, 'obligations.read', regions.regionCode)}
        AND ${regions.code} BETWEEN ${low} AND ${high} AND ${regions.level} = 'village'`;
  if (kind === 'compound')
    return sql`SELECT ${grids.id}::text COLLATE "C" AS id, ${grids.regionCode} AS region, NULL::uuid AS leader, ${from}::date AS f, ${to}::date AS t
      FROM ${grids}
      WHERE ${scopeWhere(actor, 'obligations.read', grids.regionCode)}
        AND ${grids.regionCode} BETWEEN ${low} AND ${high} AND ${grids.kind} = ${RESIDENTIAL_COMPOUND}`;
  return sql`SELECT DISTINCT ${unions.id}::text COLLATE "C" AS id, ${unions.leadCode} AS region, NULL::uuid AS leader,
      greatest((${unions.createdAt} AT TIME ZONE 'Asia/Shanghai')::date, ${from}::date) AS f, ${to}::date AS t
    FROM ${unions} JOIN ${unionVillages} ON ${unionVillages.unionId} = ${unions.id}
    WHERE ${scopeWhere(actor, 'obligations.read', unionVillages.regionCode)}
      AND ${unionVillages.villageCode} BETWEEN ${low} AND ${high}`;
}

export async function boardCells(
  ctx: Ctx,
  actor: Actor,
  kind: SubjectKind,
  region: string,
  rules: readonly RuleView[],
  year: number,
  asOf: string,
  source: 'standings' | 'activities' | 'either' = 'either',
): Promise<CellSummary[]> {
  if (rules.length === 0) return [];
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const last = asOf < to ? asOf : to;
  const { low, high } = scopeRange(region);
  // The standings hold every activity recorded; they answer for `asOf` when no activity can lie
  // after it: today or later (none is dated in the future), or the last day of the year.
  const kept =
    source === 'either' ? asOf >= shanghaiDate(ctx.clock()) || asOf === to : source === 'standings';
  const met = kept
    ? sql`met AS (
        SELECT subject_id COLLATE "C" AS id, rule_code COLLATE "C" AS code, met, last_met
        FROM obligation_standings
        WHERE county_code = ${region.slice(0, 6)} AND subject_kind = ${kind} AND year = ${year})`
    : metCte(sql`a.subject_kind = ${kind} AND a.region_code BETWEEN ${low} AND ${high}
        AND a.occurred_on BETWEEN ${from}::date AND ${last}::date`);
  const now = sql`w.now`;
  const first = (p: SQL) => periodFirstDay(sql`l.every`, p);
  // Of a window's periods lo..hi, those up to `now - 1` have ended by `asOf` and are due; `now`
  // is running and counts once met. Only a subject short somewhere has its periods listed, from
  // its own activities.
  const statement = sql`
    WITH subj AS (${subjectsSql(actor, kind, region, from, to)}),
    ${rulesCte(rules)},
    ${windowsCte(sql`${asOf}::date`)},
    ${met},
    cells AS (
      SELECT w.id, w.leader, w.code, w.type, w.every, w.at_least, w.by_role, w.lo, w.now,
             least(w.hi, ${now} - 1) AS ended_hi,
             greatest(0, least(w.hi, ${now} - 1) - w.lo + 1) AS ended,
             coalesce(m.met, 0) AS met,
             CASE WHEN m.last_met = ${now} AND ${now} BETWEEN w.lo AND w.hi THEN 1 ELSE 0 END AS met_open
      FROM win w LEFT JOIN met m ON m.id = w.id AND m.code = w.code),
    lag AS (SELECT * FROM cells WHERE ended > met - met_open),
    lag_done AS (
      SELECT l.id, l.code, d.p, d.n
      FROM lag l
      CROSS JOIN LATERAL (
        SELECT ${periodIndex(sql`l.every`, sql`a.occurred_on`)} AS p,
               count(*) FILTER (WHERE NOT l.by_role OR l.leader = ANY(a.participant_ids)) AS n
        FROM activities a
        WHERE a.subject_kind = ${kind} AND a.subject_id = (l.id COLLATE "default")
          AND a.occurred_on BETWEEN ${from}::date AND ${last}::date
          AND a.activity_type = (l.type COLLATE "default")
        GROUP BY 1) AS d),
    missed AS (
      SELECT l.id, json_agg(json_build_object('code', l.code, 'ps', ${first(sql`g.p`)},
               'pe', ${first(sql`(g.p + 1)`)} - 1, 'done', coalesce(d.n, 0), 'required', l.at_least)
               ORDER BY ${first(sql`g.p`)}, l.code) AS list
      FROM lag l
      CROSS JOIN LATERAL generate_series(l.lo, l.ended_hi) AS g (p)
      LEFT JOIN lag_done d ON d.id = l.id AND d.code = l.code AND d.p = g.p
      WHERE coalesce(d.n, 0) < l.at_least
      GROUP BY l.id)
    SELECT s.id AS "subjectId", s.region AS "regionCode", NULL AS "ruleCode",
           coalesce(c.due, 0) AS due, coalesce(c.met, 0) AS met, coalesce(m.list, '[]') AS missed
    FROM subj s
    LEFT JOIN (SELECT id, sum(ended + met_open)::int AS due, sum(met)::int AS met FROM cells GROUP BY id) AS c
      ON c.id = s.id
    LEFT JOIN missed m ON m.id = s.id
    UNION ALL
    SELECT NULL, NULL, c.code, sum(c.ended + c.met_open)::int, sum(c.met)::int, '[]'::json
    FROM cells c GROUP BY c.code`;
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
