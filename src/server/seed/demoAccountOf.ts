import { eq } from 'drizzle-orm';
import { accountRoles, accounts } from '../db/schema/index.ts';
import type { Ctx } from '../platform/context.ts';

/**
 * A demo account by username: its id and the scope of its role (the county, township or village
 * it sits in). Undefined when there is none — not a demo database, or that step not yet seeded.
 */
export async function demoAccountOf(
  ctx: Pick<Ctx, 'db'>,
  username: string,
): Promise<{ id: string; scope: string } | undefined> {
  const [row] = await ctx.db
    .select({ id: accounts.id, scope: accountRoles.scope })
    .from(accounts)
    .innerJoin(accountRoles, eq(accountRoles.accountId, accounts.id))
    .where(eq(accounts.username, username));
  return row;
}
