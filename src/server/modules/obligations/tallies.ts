import { sql } from 'drizzle-orm';
import type { Tally } from '../../../domain/obligations/compliance.ts';
import type { SubjectKind } from '../../../domain/obligations/rules.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import type { Ctx } from '../../platform/context.ts';

interface TallyRow {
  subject_id: string;
  activity_type: string;
  month: string;
  week: string;
  n: string | number;
  with_role: string | number;
}

/**
 * Activities counted per subject, type, month and ISO week in one pass over the region's rows of
 * the dates asked (the activities_by_region index); for pairings, also those the team leader
 * (组长) took part in. Returns both buckets: months roll up into longer periods, weeks stand alone.
 */
export async function tallyActivities(
  ctx: Ctx,
  kind: SubjectKind,
  region: string,
  from: string,
  to: string,
  subjectIds?: readonly string[],
): Promise<Tally[]> {
  const { low, high } = scopeRange(region);
  const leader =
    kind === 'pairing'
      ? sql`count(*) FILTER (WHERE p.leader_person_id = ANY(a.participant_ids))`
      : sql`0`;
  const join = kind === 'pairing' ? sql`LEFT JOIN pairings p ON p.id::text = a.subject_id` : sql``;
  const only =
    subjectIds === undefined
      ? sql``
      : sql`AND a.subject_id IN (${sql.join(
          subjectIds.map((id) => sql`${id}`),
          sql`, `,
        )})`;
  if (subjectIds !== undefined && subjectIds.length === 0) return [];
  const result = (await ctx.db.execute(sql`
    SELECT a.subject_id, a.activity_type,
           to_char(a.occurred_on, 'YYYY-MM') AS month,
           to_char(a.occurred_on, 'IYYY-"W"IW') AS week,
           count(*) AS n, ${leader} AS with_role
    FROM activities a ${join}
    WHERE a.region_code BETWEEN ${low} AND ${high}
      AND a.occurred_on BETWEEN ${from} AND ${to}
      AND a.subject_kind = ${kind} ${only}
    GROUP BY 1, 2, 3, 4`)) as unknown as { rows: TallyRow[] };
  const tallies: Tally[] = [];
  for (const r of result.rows) {
    const count = Number(r.n);
    const withRole = Number(r.with_role);
    const base = { subjectId: r.subject_id, activityType: r.activity_type, count, withRole };
    tallies.push({ ...base, bucket: 'month', key: r.month });
    tallies.push({ ...base, bucket: 'week', key: r.week });
  }
  return tallies;
}
