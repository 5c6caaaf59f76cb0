import { eq } from 'drizzle-orm';
import { accounts, persons } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';

/** The household of the person behind the caller's account (我家), or null when there is none. */
export async function ownHouseholdId(ctx: Ctx): Promise<string | null> {
  const actor = requireActor(ctx);
  const [me] = await ctx.db
    .select({ householdId: persons.householdId })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .where(eq(accounts.id, actor.accountId));
  return me?.householdId ?? null;
}
