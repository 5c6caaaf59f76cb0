import { eq, inArray, or, type SQL } from 'drizzle-orm';
import {
  householdsOf,
  householdsUnder,
  type ResponsibilityEdge,
} from '../../../domain/directory/responsibility.ts';
import { households, responsibilityEdges } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { scoped } from '../../platform/scope.ts';
import { householdRowsByIds } from '../households/service.ts';
import { loadPerson } from '../persons/service.ts';
import type { MemberHouseholds } from './edgeSchema.ts';

type EdgeRow = typeof responsibilityEdges.$inferSelect;
const toEdge = (e: EdgeRow): ResponsibilityEdge => ({
  id: e.id,
  level: e.level as ResponsibilityEdge['level'],
  responsibleId: e.responsibleId,
  targetKind: e.targetKind as ResponsibilityEdge['targetKind'],
  targetId: e.targetId,
  withinId: e.withinId,
  regionCode: e.regionCode,
});

/**
 * A member's households for a cadre: the L4 contacts and everything below the person, walking
 * down level by level (L1 targets → L2 teams → L3 members → L4 households), only through edges
 * the caller may read.
 */
export async function memberHouseholds(ctx: Ctx, personId: string): Promise<MemberHouseholds> {
  const person = await loadPerson(ctx, personId); // 404 outside the caller's scope
  const actor = requireActor(ctx);
  const edgesWhere = (...conditions: (SQL | undefined)[]) =>
    ctx.db
      .select()
      .from(responsibilityEdges)
      .where(scoped(actor, 'directory.read', responsibilityEdges.regionCode, ...conditions));
  const level = (n: number) => eq(responsibilityEdges.level, n);
  const mine = eq(responsibilityEdges.responsibleId, personId);
  const l1 = await edgesWhere(level(1), mine);
  const l1Targets = l1.map((e) => e.targetId);
  const l2 = await edgesWhere(
    level(2),
    l1Targets.length ? or(mine, inArray(responsibilityEdges.withinId, l1Targets)) : mine,
  );
  const teams = l2.map((e) => e.targetId);
  const l3 = await edgesWhere(
    level(3),
    teams.length ? or(mine, inArray(responsibilityEdges.withinId, teams)) : mine,
  );
  const l3Teams = l3.flatMap((e) =>
    e.responsibleId === personId && e.withinId ? [e.withinId] : [],
  );
  const moreL3 = l3Teams.length
    ? await edgesWhere(level(3), inArray(responsibilityEdges.withinId, l3Teams))
    : [];
  const members = [
    ...new Set([personId, ...[...l3, ...moreL3].flatMap((e) => [e.targetId, e.responsibleId])]),
  ];
  const l4 = await edgesWhere(level(4), inArray(responsibilityEdges.responsibleId, members));
  const edges = [...l1, ...l2, ...l3, ...moreL3, ...l4].map(toEdge);
  const visible = async (ids: string[]) => {
    if (ids.length === 0) return [];
    const rows = await ctx.db
      .select({ id: households.id })
      .from(households)
      .where(scoped(actor, 'directory.read', households.regionCode, inArray(households.id, ids)));
    return householdRowsByIds(
      ctx,
      rows.map((r) => r.id),
    );
  };
  return {
    person: { id: person.id, name: person.name },
    contactHouseholds: await visible(householdsOf(personId, edges)),
    householdsUnder: await visible(householdsUnder(personId, edges)),
  };
}
