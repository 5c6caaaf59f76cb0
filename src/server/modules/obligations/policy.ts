import { inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  can,
  grantPermissions,
  unionsOf,
  withoutUnionGrants,
  type Actor,
} from '../../../domain/access/policy.ts';
import type { Permission } from '../../../domain/access/roles.ts';
import { isWithinScope, levelOfCode } from '../../../domain/region/regionCode.ts';
import { activities, pairings } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { scopeWhere } from '../../platform/scope.ts';
import type { SubjectRow } from './subjects.ts';

/**
 * Who may see and record what of obligations — the one place it is decided (in the spirit of
 * Outline's server/policies):
 *   readers   — obligations.read over a village the subject acts in (cadres, auditors)
 *   recorders — obligations.record over the village the activity happened in
 *   unit staff — a `unit:<id>` grant: their own unit's pairings, wherever the village lies
 *   union cadres — a `union:<id>` grant: read the union's villages, record only for the union
 * A subject or activity nobody lets the caller see answers 404; one they see but may not record
 * for answers 403.
 */
export const ACTIVITY_POLICY =
  'obligations/policy.ts — readers and recorders by the village, unit staff by their unit’s pairings; else 404';

/** The units whose staff the actor is (grants scoped `unit:<id>` of a role that records). */
export function unitsOf(actor: Actor): string[] {
  return actor.grants
    .filter((g) => g.scope.startsWith('unit:') && g.role === 'unit_staff')
    .map((g) => g.scope.slice('unit:'.length));
}

/**
 * The actor with only the grants that reach by region: a unit's staff reach their own unit's
 * pairings and nothing by region, even where a grant anchors them in one (the unit's county). A
 * union cadre's grants reach by region: the session spread them over the union's villages.
 */
function byRegion(actor: Actor): Actor {
  return {
    ...actor,
    grants: actor.grants.filter((g) => !g.scope.startsWith('unit:') && g.role !== 'unit_staff'),
  };
}

/** The grants that record by region: not a unit's staff, not a union's cadres (they record for their own). */
function recordsByRegion(actor: Actor): Actor {
  return withoutUnionGrants(byRegion(actor));
}

function ownUnion(actor: Actor, subject: SubjectRow): boolean {
  return subject.kind === 'union' && unionsOf(actor).includes(subject.id);
}

function ownUnit(actor: Actor, subject: SubjectRow): boolean {
  return (
    subject.kind === 'pairing' && subject.unitId !== null && unitsOf(actor).includes(subject.unitId)
  );
}

export function maySee(actor: Actor, subject: SubjectRow): boolean {
  return (
    ownUnit(actor, subject) ||
    can(byRegion(actor), 'obligations.read', subject.regionCode) ||
    subject.villages.some((v) => can(byRegion(actor), 'obligations.read', v))
  );
}

export function mayRecord(actor: Actor, subject: SubjectRow, village: string): boolean {
  return (
    ownUnit(actor, subject) ||
    ownUnion(actor, subject) ||
    can(recordsByRegion(actor), 'obligations.record', village)
  );
}

/** 404 when the subject is not the caller's to see, 403 when they see it but may not record. */
export function authorizeRecord(
  actor: Actor,
  subject: SubjectRow | null,
  village: string,
): SubjectRow {
  if (!subject || !maySee(actor, subject)) throw notFound();
  if (!mayRecord(actor, subject, village)) throw new AppError('FORBIDDEN');
  return subject;
}

export function authorizeRead(actor: Actor, subject: SubjectRow | null): SubjectRow {
  if (!subject || !maySee(actor, subject)) throw notFound();
  return subject;
}

/** The activities the actor may read: in their read scope, or done for their unit's pairings. */
export function visibleActivities(actor: Actor): SQL {
  const units = unitsOf(actor);
  const conditions: (SQL | undefined)[] = [
    scopeWhere(byRegion(actor), 'obligations.read', activities.regionCode),
  ];
  if (units.length > 0)
    conditions.push(
      sql`${activities.subjectKind} = 'pairing' AND ${activities.subjectId} IN (SELECT ${pairings.id}::text FROM ${pairings} WHERE ${inArray(pairings.unitId, units)})`,
    );
  return or(...conditions) ?? sql`false`;
}

/**
 * The villages the actor is a cadre of: record grants on a village itself (not a township's or the
 * county's, whose admins reach every village below and answer for none of them in particular).
 */
export function ownVillages(actor: Actor): string[] {
  const codes = recordsByRegion(actor)
    .grants.filter(
      (g) =>
        levelOfCode(g.regionCode) === 'village' &&
        grantPermissions(g).includes('obligations.record'),
    )
    .map((g) => g.regionCode);
  return [...new Set(codes)].sort();
}

/** Pairings the actor sees on their own page: their unit's, and those in their record scope. */
export function ownPairings(actor: Actor): SQL {
  return unitOrScope(actor, recordsByRegion(actor), 'obligations.record');
}

function unitOrScope(actor: Actor, regional: Actor, permission: Permission): SQL {
  const units = unitsOf(actor);
  return (
    or(
      units.length > 0 ? inArray(pairings.unitId, units) : undefined,
      scopeWhere(regional, permission, pairings.regionCode),
    ) ?? sql`false`
  );
}

/**
 * Pairings' work plans (结对共建工作方案): whoever sees the pairing reads its plan (maySee); the
 * county and township admins over its village and its own unit's staff edit it; village cadres
 * and auditors read only. A pairing the caller may not see answers 404, one they only read 403.
 */
export const PAIRING_POLICY =
  'obligations/policy.ts — pairings seen as their activities; plans edited by county/township admins over the village and the unit’s own staff; else 404/403';

const PLANNERS: readonly string[] = ['county_admin', 'township_admin'];

export function mayPlan(actor: Actor, subject: SubjectRow): boolean {
  return (
    ownUnit(actor, subject) ||
    byRegion(actor).grants.some(
      (g) => PLANNERS.includes(g.role) && isWithinScope(subject.regionCode, g.regionCode),
    )
  );
}

/** 404 when the pairing is not the caller's to see, 403 when they see it but may not plan. */
export function authorizePlan(actor: Actor, subject: SubjectRow | null): SubjectRow {
  if (!subject || subject.kind !== 'pairing' || !maySee(actor, subject)) throw notFound();
  if (!mayPlan(actor, subject)) throw new AppError('FORBIDDEN');
  return subject;
}

/** The pairings the actor sees: their unit's, and those in their read scope. */
export function visiblePairings(actor: Actor): SQL {
  return unitOrScope(actor, byRegion(actor), 'obligations.read');
}
