import { and, asc, eq, sql } from 'drizzle-orm';
import { startingStep, type CaseType } from '../../../domain/cases/catalog.ts';
import { townshipOf, type RouteFacts } from '../../../domain/cases/ladder.ts';
import { chainUp } from '../../../domain/directory/responsibility.ts';
import { positions, units } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { chainEdges } from '../households/service.ts';

/** Everything routing needs about a case's place, from the directory. */
export async function routeFacts(
  ctx: Ctx,
  type: CaseType,
  villageCode: string,
  householdId: string | null,
): Promise<RouteFacts> {
  const chain = householdId ? chainUp(householdId, await chainEdges(ctx, householdId)).links : [];
  const mediatorRows = type.ladder.includes('mediator') ? await mediatorsAt(ctx, villageCode) : [];
  const townshipRows = type.ladder.includes('township_mediator')
    ? await mediatorsAt(ctx, townshipOf(villageCode))
    : [];
  let departmentUnitId: string | null = null;
  if (type.departmentName) {
    const [unit] = await ctx.db
      .select({ id: units.id })
      .from(units)
      .where(
        and(eq(units.countyCode, villageCode.slice(0, 6)), eq(units.name, type.departmentName)),
      );
    departmentUnitId = unit?.id ?? null;
  }
  return {
    villageCode,
    chain,
    mediators: mediatorRows.map((m) => ({
      personId: m.personId,
      gold: isGold(m),
    })),
    townshipMediators: townshipRows.filter(isGold).map((m) => m.personId),
    departmentUnitId,
  };
}

type MediatorRow = { personId: string; details: unknown };
const isGold = (m: MediatorRow): boolean =>
  Boolean((m.details as { goldMediator?: boolean }).goldMediator);

/** The mediators serving at a region (a village, or a township's 金牌调解员), longest serving first. */
function mediatorsAt(ctx: Ctx, regionCode: string): Promise<MediatorRow[]> {
  return ctx.db
    .select({ personId: positions.personId, details: positions.details })
    .from(positions)
    .where(
      and(
        eq(positions.code, 'mediator'),
        eq(positions.regionCode, regionCode),
        sql`${positions.endDate} IS NULL`,
      ),
    )
    .orderBy(asc(positions.startDate));
}

/** The type's ladder from the step its handler rule starts at. */
export function ladderFrom(type: CaseType) {
  const start = type.ladder.indexOf(startingStep(type));
  return start > 0 ? type.ladder.slice(start) : type.ladder;
}
