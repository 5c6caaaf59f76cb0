import { can } from '../../../domain/access/policy.ts';
import { applyEvent, type CaseEvent } from '../../../domain/cases/lifecycle.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { isRequester, mayHandle, staffsRegion, type CaseRow, type Me } from './access.ts';
import type { CaseAction } from './schema.ts';
import { snapshotOf } from './transition.ts';

/**
 * Who may do what to a case — the one place it is decided, in the spirit of Outline's
 * server/policies. Which cases a caller sees at all is `visibleTo` in access.ts (404 outside it);
 * whether the case's state allows an action is the state machine's (domain/cases/lifecycle.ts).
 *   handler   — the owner, a unit's staff for a unit owner, staff who handle and review its region
 *   requester — the villager who asked (or the account that asked for them)
 *   either    — the handler or the requester
 *   claimer   — a wish: anyone who handles cases in its village; a matter: the claiming unit's own
 *               staff, or staff of the village who record a unit's claim
 */
type Who = 'handler' | 'requester' | 'either' | 'claimer';
export type CaseDeed = CaseAction['type'] | 'attach';

export const CASE_DEEDS: Readonly<Record<CaseDeed, Who>> = {
  start: 'handler',
  resolve: 'handler',
  close: 'handler',
  escalate: 'handler',
  assign_department: 'handler',
  mediation: 'handler',
  confirm: 'requester',
  reject: 'requester',
  rate: 'requester',
  note: 'either',
  attach: 'either',
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
): { handle: boolean; confirm: boolean; rate: boolean } {
  const allowed = (deed: keyof typeof SAMPLE) =>
    holds(m, row, deed) && applyEvent(snapshotOf(row), SAMPLE[deed], now).ok;
  return { handle: mayHandle(m, row), confirm: allowed('confirm'), rate: allowed('rate') };
}
