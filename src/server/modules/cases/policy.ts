import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { can, type Actor } from '../../../domain/access/policy.ts';
import { applyEvent, OPEN_FOR_WORK, type CaseEvent } from '../../../domain/cases/lifecycle.ts';
import { cases } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { scopeWhere } from '../../platform/scope.ts';
import type { CaseRow, Me } from './access.ts';
import type { CaseAction } from './schema.ts';
import { snapshotOf } from './transition.ts';

/**
 * Who may do what to a case — the one place it is decided, in the spirit of Outline's
 * server/policies. Which cases a caller sees at all is `visibleTo` below (404 outside it);
 * whether the case's state allows an action is the state machine's (domain/cases/lifecycle.ts).
 *   handler   — the owner, a unit's staff for a unit owner, staff who handle and review its region
 *   staff     — staff who handle and review its region only: giving a case to a county department
 *               (交办) is theirs, not a party member's who holds it at L4
 *   requester — the villager who asked (or the account that asked for them)
 *   either    — the handler or the requester
 *   claimer   — a wish: anyone who handles cases in its village; a matter: the claiming unit's own
 *               staff, or staff of the village who record a unit's claim
 * What a caller may do in a region rather than to one case is REGION_DEEDS (404 outside it).
 */
type Who = 'handler' | 'staff' | 'requester' | 'either' | 'claimer';
export type CaseDeed = CaseAction['type'] | 'attach' | 'call';

export const CASE_DEEDS: Readonly<Record<CaseDeed, Who>> = {
  start: 'handler',
  resolve: 'handler',
  close: 'handler',
  escalate: 'handler',
  assign_department: 'staff',
  mediation: 'handler',
  confirm: 'requester',
  reject: 'requester',
  rate: 'requester',
  note: 'either',
  attach: 'either',
  // the requester's phone, through the audited reveal and its brake (callRequester.ts)
  call: 'handler',
  claim: 'claimer',
};

/** The case catalog: any grant touching a county reads its catalog (a village's staff reads the county's types). */
export const CATALOG_POLICY =
  "cases/policy.ts catalogCounty — a county's catalog to anyone with a grant in it, else 404";

/** The county the caller reads the catalog of: the one asked for, else the caller's first grant's county. */
export function catalogCounty(ctx: Ctx, asked: string | undefined): string {
  const actor = requireActor(ctx);
  if (asked) {
    const county = asked.slice(0, 6) + '000000';
    // Any grant touching the county may read its catalog (a village's staff reads the county's types).
    if (!actor.grants.some((g) => g.regionCode.slice(0, 6) === county.slice(0, 6)))
      throw notFound();
    return county.slice(0, 6);
  }
  const first = actor.grants[0];
  if (!first) throw notFound();
  return first.regionCode.slice(0, 6);
}

/** What the route table names for the case routes that follow this policy instead of one permission. */
export const CASE_POLICY =
  'cases/policy.ts — a case outside visibleTo answers 404; each action by CASE_DEEDS';

function mayClaim(m: Me, row: CaseRow, unitId: string | undefined): boolean {
  if (row.kind === 'wish') return can(m.actor, 'cases.handle', row.regionCode);
  // A unit's own staff claim for it; village and higher staff may record a unit's claim. Naming no
  // unit at all is the request's mistake (400, claim.ts), not a question of who.
  return (
    unitId === undefined || m.unitIds.includes(unitId) || staffsRegion(m.actor, row.regionCode)
  );
}

function holds(m: Me, row: CaseRow, deed: CaseDeed, unitId?: string): boolean {
  switch (CASE_DEEDS[deed]) {
    case 'handler':
      return mayHandle(m, row);
    case 'staff':
      return staffsRegion(m.actor, row.regionCode);
    case 'requester':
      return isRequester(m, row);
    case 'either':
      return mayHandle(m, row) || isRequester(m, row);
    case 'claimer':
      return mayClaim(m, row, unitId);
  }
}

/** 403 unless the caller may take `deed` on this (visible) case; `unitId` is the unit a claim is for. */
export function authorizeCase(m: Me, row: CaseRow, deed: CaseDeed, unitId?: string): void {
  if (!holds(m, row, deed, unitId)) throw new AppError('FORBIDDEN');
}

// A sample of each event the detail offers, to ask the state machine whether it applies now.
const SAMPLE = { confirm: { type: 'confirm' }, rate: { type: 'rate', rating: 5 } } satisfies Record<
  string,
  CaseEvent
>;

/**
 * What the detail response tells the web the caller may do now: this policy and the state machine
 * together, so no page re-derives a rule.
 */
export function caseAbilities(
  m: Me,
  row: CaseRow,
  now: Date,
): {
  handle: boolean;
  assign: boolean;
  confirm: boolean;
  rate: boolean;
  call: boolean;
  attach: boolean;
} {
  const allowed = (deed: keyof typeof SAMPLE) =>
    holds(m, row, deed) && applyEvent(snapshotOf(row), SAMPLE[deed], now).ok;
  return {
    handle: mayHandle(m, row),
    assign: holds(m, row, 'assign_department'),
    confirm: allowed('confirm'),
    rate: allowed('rate'),
    call: row.requesterPersonId !== null && holds(m, row, 'call'),
    attach: holds(m, row, 'attach'),
  };
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

/** Cases on the wall the caller may claim: anyone who handles cases in a village, its wishes and matters. */
export function claimableBy(m: Me): SQL {
  return (
    and(
      inArray(cases.kind, ['wish', 'matter']),
      scopeWhere(m.actor, 'cases.handle', cases.regionCode),
    ) ?? sql`false`
  );
}

/** Staff of a region's cases: they both handle and review there (a unit's staff or a reviewer alone do not). */
export function staffsRegion(actor: Actor, regionCode: string): boolean {
  return can(actor, 'cases.handle', regionCode) && can(actor, 'cases.read', regionCode);
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

/** What a caller does in a region rather than to one case; outside it the region is "not found". */
const REGION_DEEDS = {
  /** Edit the county's catalog and issue its Open311 keys. */
  configure: (actor: Actor, region: string) => can(actor, 'cases.configure', region),
  /** Record a 排查 sweep, announce a reception day: the region's staff. */
  staff: (actor: Actor, region: string) => staffsRegion(actor, region),
  /** Read the region's statistics. */
  review: (actor: Actor, region: string) => can(actor, 'cases.read', region),
  /** Enter a case for a resident living there. */
  enterFor: (actor: Actor, region: string) => can(actor, 'cases.handle', region),
  /** Read its public notices: the wish wall, the reception days. */
  notices: (actor: Actor, region: string) => can(actor, 'regions.read', region),
} as const;
export type RegionDeed = keyof typeof REGION_DEEDS;

export function mayInRegion(actor: Actor, deed: RegionDeed, region: string): boolean {
  return REGION_DEEDS[deed](actor, region);
}

/** 404 unless the caller may take `deed` in `region`. */
export function authorizeInRegion(actor: Actor, deed: RegionDeed, region: string): void {
  if (!mayInRegion(actor, deed, region)) throw notFound();
}

/** The region where the caller may announce a reception day, if any (the page offers the form there). */
export function announceIn(actor: Actor): string | null {
  return (
    actor.grants.find((g) => /^\d{12}$/.test(g.scope) && staffsRegion(actor, g.regionCode))
      ?.regionCode ?? null
  );
}
