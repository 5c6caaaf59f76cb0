import { and, eq, sql, type SQL } from 'drizzle-orm';
import { resolutionRate } from '../../../domain/cases/kinds.ts';
import { cases, disputeSweeps } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { withinRegion } from '../../platform/scope.ts';

/** Case states that count as 化解 (a dispute's outcome, when recorded, must be 'resolved'). */
export const RESOLVED_STATES = sql`${cases.state} IN ('resolved','confirmed','auto_confirmed','closed')`;

export interface DisputeTally {
  found: number;
  resolved: number;
  rate: number | null;
  cases: { found: number; resolved: number };
  sweeps: { rounds: number; personTimes: number; found: number; resolved: number };
}

/**
 * The one dispute resolution rate (安阳: 排查矛盾纠纷5884起, 化解5574起, 化解率94.73%): disputes
 * found by the 排查 sweeps plus those registered as cases, against those resolved on the spot plus
 * resolved dispute cases. Both the case statistics and the 平安法治星's metric read it.
 * `from`/`to` are Shanghai dates (inclusive); `scope` narrows both tables (the reader's scope).
 */
export async function disputeTally(
  ctx: Ctx,
  q: { region?: string | undefined; from?: string | undefined; to?: string | undefined },
  scope: { cases?: SQL | undefined; sweeps?: SQL | undefined } = {},
): Promise<DisputeTally> {
  const caseFilters: (SQL | undefined)[] = [eq(cases.kind, 'dispute')];
  const sweepFilters: (SQL | undefined)[] = [];
  if (q.region) {
    caseFilters.push(withinRegion(cases.regionCode, q.region));
    sweepFilters.push(withinRegion(disputeSweeps.regionCode, q.region));
  }
  if (q.from) {
    caseFilters.push(sql`${cases.createdAt} >= ${new Date(`${q.from}T00:00:00+08:00`)}`);
    sweepFilters.push(sql`${disputeSweeps.sweptOn} >= ${q.from}`);
  }
  if (q.to) {
    caseFilters.push(
      sql`${cases.createdAt} < ${new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000)}`,
    );
    sweepFilters.push(sql`${disputeSweeps.sweptOn} <= ${q.to}`);
  }
  const [c] = await ctx.db
    .select({
      found: sql<number>`count(*)::int`,
      resolved: sql<number>`(count(*) FILTER (WHERE ${RESOLVED_STATES} AND COALESCE(${cases.details}->>'outcome', 'resolved') = 'resolved'))::int`,
    })
    .from(cases)
    .where(and(...caseFilters, scope.cases));
  const [s] = await ctx.db
    .select({
      rounds: sql<number>`count(*)::int`,
      personTimes: sql<number>`COALESCE(sum(${disputeSweeps.personTimes}), 0)::int`,
      found: sql<number>`COALESCE(sum(${disputeSweeps.found}), 0)::int`,
      resolved: sql<number>`COALESCE(sum(${disputeSweeps.resolved}), 0)::int`,
    })
    .from(disputeSweeps)
    .where(and(...sweepFilters, scope.sweeps));
  const fromCases = { found: Number(c?.found ?? 0), resolved: Number(c?.resolved ?? 0) };
  const sweeps = {
    rounds: Number(s?.rounds ?? 0),
    personTimes: Number(s?.personTimes ?? 0),
    found: Number(s?.found ?? 0),
    resolved: Number(s?.resolved ?? 0),
  };
  const found = fromCases.found + sweeps.found;
  const resolved = fromCases.resolved + sweeps.resolved;
  return { found, resolved, rate: resolutionRate(found, resolved), cases: fromCases, sweeps };
}
