import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { can, type Actor } from '../../../domain/access/policy.ts';
import { OPEN_FOR_WORK } from '../../../domain/cases/lifecycle.ts';
import { accounts, cases } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { scopeWhere } from '../../platform/scope.ts';

export type CaseRow = typeof cases.$inferSelect;

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

/**
 * Who may see a case (issue privacy rule): reviewers in scope (cases.read), the requester, the
 * current owner and everyone who held or claimed it on the way (the owner chain), and the staff
 * member who entered it.
 */
export function visibleTo(m: Me): SQL {
  // …and whoever entered it on someone's behalf (they took it down at the window or on the visit).
  const conditions: (SQL | undefined)[] = [
    scopeWhere(m.actor, 'cases.read', cases.regionCode),
    eq(cases.requesterAccountId, m.actor.accountId),
    eq(cases.enteredBy, m.actor.accountId),
  ];
  if (m.personId) {
    conditions.push(eq(cases.requesterPersonId, m.personId));
    conditions.push(and(eq(cases.ownerKind, 'person'), eq(cases.ownerId, m.personId)));
    conditions.push(sql`${m.personId} = ANY(${cases.chainPersonIds})`);
  }
  if (m.unitIds.length > 0)
    conditions.push(and(eq(cases.ownerKind, 'unit'), inArray(cases.ownerId, m.unitIds)));
  return or(...conditions) ?? sql`false`;
}

/** Staff of a region's cases: they both handle and review there (a unit's staff or a reviewer alone do not). */
export function staffsRegion(actor: Actor, regionCode: string): boolean {
  return can(actor, 'cases.handle', regionCode) && can(actor, 'cases.read', regionCode);
}

/** Cases whose next step is the caller's: owned work still open, or a resolution awaiting the requester. */
export function waitingFor(m: Me): SQL {
  const open = inArray(cases.state, [...OPEN_FOR_WORK]);
  const regions = m.actor.grants
    .filter((g) => staffsRegion(m.actor, g.regionCode))
    .map((g) => g.regionCode);
  const owned: (SQL | undefined)[] = [];
  if (m.personId) owned.push(and(eq(cases.ownerKind, 'person'), eq(cases.ownerId, m.personId)));
  if (m.unitIds.length > 0)
    owned.push(and(eq(cases.ownerKind, 'unit'), inArray(cases.ownerId, m.unitIds)));
  if (regions.length > 0)
    owned.push(and(eq(cases.ownerKind, 'region'), inArray(cases.ownerId, regions)));
  const mine = or(
    eq(cases.requesterAccountId, m.actor.accountId),
    m.personId ? eq(cases.requesterPersonId, m.personId) : undefined,
  );
  return (
    or(
      owned.length > 0 ? and(open, or(...owned)) : undefined,
      and(eq(cases.state, 'resolved'), mine),
    ) ?? sql`false`
  );
}

/** The owner themself, a unit's staff for a unit owner, or staff who handle and review the case's region. */
export function mayHandle(m: Me, row: CaseRow): boolean {
  const handles = m.actor.grants.some(
    (g) => can(m.actor, 'cases.handle', g.regionCode) || g.scope.startsWith('unit:'),
  );
  if (!handles) return false;
  if (row.ownerKind === 'person' && row.ownerId === m.personId) return true;
  if (row.ownerKind === 'unit' && m.unitIds.includes(row.ownerId)) return true;
  return staffsRegion(m.actor, row.regionCode);
}

export function isRequester(m: Me, row: CaseRow): boolean {
  return (
    row.requesterAccountId === m.actor.accountId ||
    (m.personId !== null && row.requesterPersonId === m.personId)
  );
}

/** A case the caller may see, else 404; `claimable` adds the wall's wishes and matters in the caller's handling scope. */
export async function loadVisible(
  ctx: Ctx,
  m: Me,
  id: string,
  lock = false,
  claimable = false,
): Promise<CaseRow> {
  // Anyone who handles cases in a village may claim its wishes and matters from the wall.
  const claim = claimable
    ? and(
        inArray(cases.kind, ['wish', 'matter']),
        scopeWhere(m.actor, 'cases.handle', cases.regionCode),
      )
    : undefined;
  const query = ctx.db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), claim ? or(visibleTo(m), claim) : visibleTo(m)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}
