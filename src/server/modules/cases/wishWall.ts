import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  isResolved,
  OPEN_FOR_WORK,
  RESOLVED_STATES,
  type CaseState,
} from '../../../domain/cases/lifecycle.ts';
import { wallName } from '../../../domain/cases/kinds.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { cases, persons } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { scopeWhere, withinRegion } from '../../platform/scope.ts';
import { authorizeInRegion } from './policy.ts';

// 微心愿墙: open and fulfilled wishes of a region, nothing identifying. Without a region, the wishes
// of every place the caller reads (a paired unit's or a union's villages: their grants are not a
// single region code).
export async function wishWall(ctx: Ctx, region: string | undefined) {
  const actor = requireActor(ctx);
  if (region !== undefined) authorizeInRegion(actor, 'notices', region);
  const rows = await ctx.db
    .select({
      id: cases.id,
      title: cases.title,
      state: cases.state,
      details: cases.details,
      createdAt: cases.createdAt,
      name: persons.name,
    })
    .from(cases)
    .leftJoin(persons, eq(persons.id, cases.requesterPersonId))
    .where(
      and(
        eq(cases.kind, 'wish'),
        scopeWhere(actor, 'regions.read', cases.regionCode),
        region === undefined ? undefined : withinRegion(cases.regionCode, region),
        inArray(cases.state, [...OPEN_FOR_WORK, ...RESOLVED_STATES]),
      ),
    )
    .orderBy(desc(cases.createdAt))
    .limit(100);
  return {
    items: rows.map((r) => {
      const claimed = r.details.claimedBy as { team?: string | null } | undefined;
      return {
        id: r.id,
        title: r.title,
        wisher: wallName(r.name ?? '村民'),
        claimed: Boolean(claimed),
        claimedByTeam: claimed?.team ?? null,
        fulfilled: isResolved(r.state as CaseState),
        createdOn: shanghaiDate(r.createdAt),
      };
    }),
  };
}
