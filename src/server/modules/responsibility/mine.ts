import { and, eq } from 'drizzle-orm';
import { accounts, persons, responsibilityEdges } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { householdDetailOf, householdRowById, householdRowsByIds } from '../households/service.ts';

/**
 * "My households" for the person behind the account: the households a party member answers for
 * (L4), and the caller's own household with the chain of who answers for it.
 */
export async function myHouseholds(ctx: Ctx) {
  const actor = requireActor(ctx);
  const [account] = await ctx.db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(eq(accounts.id, actor.accountId));
  const personId = account?.personId;
  if (!personId) return { person: null, contactHouseholds: [], ownHousehold: null };
  const [person] = await ctx.db
    .select({ id: persons.id, name: persons.name, householdId: persons.householdId })
    .from(persons)
    .where(eq(persons.id, personId));
  if (!person) return { person: null, contactHouseholds: [], ownHousehold: null };
  const edges = await ctx.db
    .select({ targetId: responsibilityEdges.targetId })
    .from(responsibilityEdges)
    .where(and(eq(responsibilityEdges.level, 4), eq(responsibilityEdges.responsibleId, personId)));
  const own = person.householdId ? await householdRowById(ctx, person.householdId) : undefined;
  return {
    person: { id: person.id, name: person.name },
    contactHouseholds: await householdRowsByIds(ctx, [...new Set(edges.map((e) => e.targetId))]),
    ownHousehold: own ? await householdDetailOf(ctx, own) : null,
  };
}
