import { sql, type SQL } from 'drizzle-orm';
import {
  RESIDENTIAL_COMPOUND,
  SUBJECT_KINDS,
  type SubjectKind,
} from '../../../domain/obligations/rules.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import type { Ctx } from '../../platform/context.ts';
import { monthOf, monthsIn, periodIndex, weekOf, wholePeriods } from './periodSql.ts';
import type { RuleView } from './rules.ts';

/**
 * Standings (履职台账): the roll-up the compliance board reads instead of every activity. The
 * statements below take a CTE `subj` (id, leader, f, t: each subject's days inside the year) and
 * give the same definition as domain/obligations/compliance.ts: a rule's periods wholly inside a
 * subject's window, met when its activities there reach the rule's count.
 */
type Db = Pick<Ctx, 'db'>;

/** The rules as a CTE `rules` (code, type, every, at_least, by_role, starts, ends). */
export function rulesCte(rules: readonly RuleView[]): SQL {
  const rows = rules.map(
    (r) =>
      sql`(${r.code}::text COLLATE "C", ${r.activityType}::text COLLATE "C", ${r.every}::text,
           ${r.atLeast}::int, ${r.role !== null}::boolean, ${r.startsOn}::date, ${r.endsOn}::date)`,
  );
  return sql`rules (code, type, every, at_least, by_role, starts, ends) AS (VALUES ${sql.join(rows, sql`, `)})`;
}

/**
 * `win`: per subject and rule, the whole periods lo..hi of the subject's window under the rule,
 * and `now`, the index of the period that holds `asOf` (null without one). An index is monotone
 * in the day, so the window's bounds are the subject's and the rule's, each found once: the week
 * and the month before a subject's first day and after its last, and the rule's own dates.
 */
export function windowsCte(asOf: SQL = sql`NULL::date`): SQL {
  const rule = wholePeriods(sql`every`, sql`starts`, sql`coalesce(ends, '9999-12-30'::date)`);
  const index = (week: string, month: string) =>
    sql.raw(`CASE w.every WHEN 'week' THEN s.${week} ELSE s.${month} / w.months END`);
  return sql`subj_at AS MATERIALIZED (
      SELECT *, ${weekOf(sql`(f - 1)`)} AS wf, ${monthOf(sql`(f - 1)`)} AS mf,
             ${weekOf(sql`(t + 1)`)} AS wt, ${monthOf(sql`(t + 1)`)} AS mt
      FROM subj),
    rules_at AS MATERIALIZED (
      SELECT *, ${periodIndex(sql`every`, asOf)} AS now, ${monthsIn(sql`every`)} AS months,
             ${rule.lo} AS lo, ${rule.hi} AS hi
      FROM rules),
    win AS (
      SELECT s.id, s.leader, w.code, w.type, w.every, w.at_least, w.by_role, w.now,
             greatest(${index('wf', 'mf')} + 1, w.lo) AS lo, least(${index('wt', 'mt')} - 1, w.hi) AS hi
      FROM subj_at s CROSS JOIN rules_at w)`;
}

/**
 * `done` (activities per subject, rule and period) and `met` (per subject and rule, the periods
 * in its window that reach the rule's count, and the latest of them), over the activities
 * `filter` keeps (it names the subject kind, and the region and days).
 */
export function metCte(filter: SQL): SQL {
  return sql`done AS (
      SELECT a.subject_id COLLATE "C" AS id, w.code, ${periodIndex(sql`w.every`, sql`a.occurred_on`)} AS p,
             count(*) FILTER (WHERE NOT w.by_role OR s.leader = ANY(a.participant_ids)) AS n
      FROM activities a
      JOIN subj s ON s.id = a.subject_id COLLATE "C"
      JOIN rules w ON w.type = a.activity_type COLLATE "C"
      WHERE ${filter}
      GROUP BY 1, 2, 3),
    met AS (
      SELECT d.id, d.code, count(*)::int AS met, max(d.p) AS last_met
      FROM done d JOIN win w ON w.id = d.id AND w.code = d.code
      WHERE d.p BETWEEN w.lo AND w.hi AND d.n >= w.at_least
      GROUP BY 1, 2)`;
}

/** Every subject of a kind in a county during the year (or those of `ids`), its days clipped to it. */
function countySubjects(
  kind: SubjectKind,
  county: string,
  year: number,
  ids: readonly string[] | null,
): SQL {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const only = (column: SQL) =>
    ids === null ? sql`TRUE` : sql`${column} = ANY(${sql.param([...ids])}::text[])`;
  if (kind === 'pairing')
    return sql`SELECT id::text COLLATE "C" AS id, leader_person_id AS leader,
        greatest(period_start, ${from}::date) AS f,
        least(coalesce(period_end, ${to}::date), ${to}::date) AS t
      FROM pairings
      WHERE county_code = ${county} AND period_start <= ${to}::date
        AND (period_end IS NULL OR period_end >= ${from}::date) AND ${only(sql`id::text`)}`;
  if (kind === 'village') {
    const { low, high } = scopeRange(`${county}000000`);
    return sql`SELECT code::text COLLATE "C" AS id, NULL::uuid AS leader, ${from}::date AS f, ${to}::date AS t
      FROM regions
      WHERE level = 'village' AND code BETWEEN ${low} AND ${high} AND ${only(sql`code::text`)}`;
  }
  if (kind === 'compound')
    return sql`SELECT id::text COLLATE "C" AS id, NULL::uuid AS leader, ${from}::date AS f, ${to}::date AS t
      FROM grids
      WHERE county_code = ${county} AND kind = ${RESIDENTIAL_COMPOUND} AND ${only(sql`id::text`)}`;
  return sql`SELECT id::text COLLATE "C" AS id, NULL::uuid AS leader,
      greatest((created_at AT TIME ZONE 'Asia/Shanghai')::date, ${from}::date) AS f, ${to}::date AS t
    FROM unions
    WHERE county_code = ${county} AND ${only(sql`id::text`)}`;
}

/**
 * Rewrites the standings of a county's subjects of one kind for one year (all of them, or those of
 * `ids`) from their activities. Runs inside the transaction that changed what they depend on.
 */
export async function refreshStandings(
  ctx: Db,
  county: string,
  kind: SubjectKind,
  year: number,
  ids: readonly string[] | null,
  rules: readonly RuleView[],
): Promise<void> {
  const only = ids === null ? sql`TRUE` : sql`subject_id = ANY(${sql.param([...ids])}::text[])`;
  await ctx.db.execute(sql`DELETE FROM obligation_standings
    WHERE county_code = ${county} AND subject_kind = ${kind} AND year = ${year} AND ${only}`);
  const binding = rules.filter((r) => r.subjectKind === kind);
  if (binding.length === 0) return;
  const activityOnly =
    ids === null ? sql`TRUE` : sql`a.subject_id = ANY(${sql.param([...ids])}::text[])`;
  await ctx.db.execute(sql`
    WITH subj AS (${countySubjects(kind, county, year, ids)}),
    ${rulesCte(binding)},
    ${windowsCte()},
    ${metCte(sql`a.subject_kind = ${kind} AND a.county_code = ${county} AND ${activityOnly}
      AND a.occurred_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date`)}
    INSERT INTO obligation_standings
      (region_code, county_code, subject_kind, subject_id, rule_code, year, met, last_met)
    SELECT ${`${county}000000`}, ${county}, ${kind}, id, code, ${year}, met, last_met FROM met`);
}

/** Rewrites every standing of a county under its `rules`: after they change, or where none were kept. */
export async function rebuildStandings(
  ctx: Db,
  county: string,
  rules: readonly RuleView[],
): Promise<void> {
  await ctx.db.execute(sql`DELETE FROM obligation_standings WHERE county_code = ${county}`);
  const years = (await ctx.db.execute(sql`
    SELECT DISTINCT date_part('year', occurred_on)::int AS year FROM activities
    WHERE county_code = ${county}`)) as unknown as { rows: { year: number }[] };
  for (const { year } of years.rows)
    for (const kind of SUBJECT_KINDS) await refreshStandings(ctx, county, kind, year, null, rules);
}

/**
 * Counties whose activities have no standings at all (a data folder from before standings were
 * kept): rebuilt once at start, each under the rules `rulesOf` gives.
 */
export async function backfillStandings(
  ctx: Db,
  rulesOf: (county: string) => Promise<readonly RuleView[]>,
): Promise<string[]> {
  const missing = (await ctx.db.execute(sql`
    SELECT DISTINCT a.county_code AS county FROM activities a
    WHERE NOT EXISTS (SELECT 1 FROM obligation_standings s WHERE s.county_code = a.county_code)`)) as unknown as {
    rows: { county: string }[];
  };
  for (const { county } of missing.rows) await rebuildStandings(ctx, county, await rulesOf(county));
  return missing.rows.map((r) => r.county);
}
