import { and, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { can, type Actor } from '../../../domain/access/policy.ts';
import { isWithinScope, levelOfCode } from '../../../domain/region/regionCode.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { scopeWhere, withinRegion } from '../../platform/scope.ts';

/**
 * Who sees and changes the collective economy — decided here only:
 *   readers — obligations.read over the village (county/township admins, village cadres, auditors)
 *   writers — the village cadres of the collective's village (assets, contracts, payments, outcomes)
 *   county rules (reference prices, term limits) — obligations.configure over the county
 * Villagers, unit staff and union cadres see no contracts (open affairs will publish them later).
 * A record the caller does not read answers 404; one they read but may not change answers 403.
 */
export const ECONOMY_POLICY =
  'economy/policy.ts — readers: obligations.read over the village; writers: the village’s cadres; county rules: obligations.configure over the county; else 404/403';

/** Grants on a plain region: a union's or unit's scope reaches no collective's books. */
function byRegion(actor: Actor): Actor {
  return { ...actor, grants: actor.grants.filter((g) => /^\d{12}$/.test(g.scope)) };
}

export function mayReadEconomy(actor: Actor, village: string): boolean {
  return can(byRegion(actor), 'obligations.read', village);
}

export function mayWriteEconomy(actor: Actor, village: string): boolean {
  return byRegion(actor).grants.some(
    (g) => g.role === 'village_cadre' && isWithinScope(village, g.regionCode),
  );
}

/** 404 when the village's books are not the caller's to read, 403 when read-only. */
export function authorizeEconomyWrite(actor: Actor, village: string): void {
  if (!mayReadEconomy(actor, village)) throw notFound();
  if (!mayWriteEconomy(actor, village)) throw new AppError('FORBIDDEN');
}

/** The economy rows the actor reads, for the WHERE clause of a list. */
export function visibleEconomy(actor: Actor, regionColumn: AnyPgColumn | SQL): SQL {
  return scopeWhere(byRegion(actor), 'obligations.read', regionColumn);
}

/** The economy rows the actor reads, only those within `region` (its subtree) when one is given. */
export function visibleEconomyIn(
  actor: Actor,
  regionColumn: AnyPgColumn,
  region: string | undefined,
): SQL | undefined {
  return and(
    visibleEconomy(actor, regionColumn),
    region ? withinRegion(regionColumn, region) : undefined,
  );
}

/** The county's own rules (reference prices, the cadre reward rule) are set by its configurers. */
export function mayConfigureCounty(actor: Actor, county: string): boolean {
  return can(byRegion(actor), 'obligations.configure', `${county}000000`);
}

/** A county's rules are read by any reader in the county and set by its configurers (else 404/403). */
export function authorizeCountyRules(actor: Actor, county: string, write: boolean): void {
  const touches = byRegion(actor).grants.some(
    (g) => g.regionCode.slice(0, 6) === county && can(actor, 'obligations.read', g.regionCode),
  );
  const configures = mayConfigureCounty(actor, county);
  if (!touches && !configures) throw notFound();
  if (write && !configures) throw new AppError('FORBIDDEN');
}

/**
 * 分红 approval: the township (or county) administration over the village — the village proposes
 * and publishes, the level above approves. Read first (404), then approve (403).
 */
export function authorizeDividendApproval(actor: Actor, village: string): void {
  if (!mayReadEconomy(actor, village)) throw notFound();
  const approves = byRegion(actor).grants.some(
    (g) =>
      (g.role === 'township_admin' || g.role === 'county_admin') &&
      isWithinScope(village, g.regionCode),
  );
  if (!approves) throw new AppError('FORBIDDEN');
}

export function mayApproveDividend(actor: Actor, village: string): boolean {
  try {
    authorizeDividendApproval(actor, village);
    return true;
  } catch {
    return false;
  }
}

/**
 * 托管 sign-ups: a household signs up (or withdraws) for itself — the caller's own household (我家)
 * — or the village's cadres enter it for them. Anyone else reading the village gets 403; the rest 404.
 */
export const TRUSTEESHIP_SIGN_UP_POLICY =
  'economy/policy.ts authorizeSignUpWrite — the caller’s own household, or the village’s cadres; other readers 403; else 404 (a household not theirs: 400 on body.householdId)';

export function authorizeSignUpWrite(actor: Actor, village: string, ownHousehold: boolean): void {
  if (ownHousehold) return;
  authorizeEconomyWrite(actor, village);
}

/**
 * Economic organizations (合作社、公司): a village's (村集体经济组织, 党支部领办合作社) are written by
 * its cadres; a township's (共富公司, 联建公司) by the township or county administration. Readers of
 * the region read them; a reader who may not write gets 403, anyone else 404.
 */
export const ORGANIZATION_POLICY =
  'economy/policy.ts authorizeOrganizationWrite — readers: obligations.read over the organization’s region; writers: a village’s cadres, a township’s township/county admins; else 404/403';

export function mayWriteOrganization(actor: Actor, region: string): boolean {
  if (levelOfCode(region) === 'village') return mayWriteEconomy(actor, region);
  return byRegion(actor).grants.some(
    (g) =>
      (g.role === 'township_admin' || g.role === 'county_admin') &&
      isWithinScope(region, g.regionCode),
  );
}

export function authorizeOrganizationWrite(actor: Actor, region: string): void {
  if (!mayReadEconomy(actor, region)) throw notFound();
  if (!mayWriteOrganization(actor, region)) throw new AppError('FORBIDDEN');
}
