import { and, eq, or } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/policy.ts';
import { accounts, cases } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { claimableBy, visibleTo } from './policy.ts';

export type CaseRow = typeof cases.$inferSelect;

// The caller and the cases they may see, loaded; who may do what is cases/policy.ts.

/** The caller as the case engine sees them: the account, the directory person behind it, the units they staff. */
export interface Me {
  actor: Actor;
  personId: string | null;
  unitIds: string[];
}

export async function me(ctx: Ctx): Promise<Me> {
  const actor = requireActor(ctx);
  const unitIds = actor.grants
    .filter((g) => g.scope.startsWith('unit:'))
    .map((g) => g.scope.slice(5));
  // The session lookup reads the account's person already; a login's fresh actor does not carry it.
  if (actor.personId !== undefined) return { actor, personId: actor.personId, unitIds };
  const [account] = await ctx.db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(eq(accounts.id, actor.accountId));
  return { actor, personId: account?.personId ?? null, unitIds };
}

/** A case the caller may see, else 404; `claimable` adds the wall's wishes and matters in the caller's handling scope. */
export async function loadVisible(
  ctx: Ctx,
  m: Me,
  id: string,
  lock = false,
  claimable = false,
): Promise<CaseRow> {
  const query = ctx.db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), claimable ? or(visibleTo(m), claimableBy(m)) : visibleTo(m)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}
