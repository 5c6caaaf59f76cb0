import { or, sql, type SQL } from 'drizzle-orm';
import {
  can,
  grantsAllowing,
  unionsOf,
  withoutUnionGrants,
  type Actor,
} from '../../../domain/access/policy.ts';
import { pairings, projects, projectVillages } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { scopeWhere } from '../../platform/scope.ts';
import { unitsOf } from '../obligations/policy.ts';

/**
 * Who sees and changes a project — decided here only:
 *   readers — obligations.read over any village it serves (admins, cadres, auditors; a union
 *             cadre's grant is spread over the union's villages), its union's cadres, and the
 *             staff of its pairing's unit
 *   writers — county/township admins and village cadres (obligations.record) over every village
 *             it serves, the cadres of its union, the staff of its pairing's unit
 * A project nobody lets the caller see answers 404; one they see but may not change answers 403.
 */
export const PROJECT_POLICY =
  'projects/policy.ts — readers by a village of the project, its union’s cadres and its pairing unit’s staff; writers: admins and village cadres over every village, the union’s cadres, the unit’s staff; else 404/403';

/** What decides access to a project (or to one about to be made). */
export interface ProjectScope {
  villages: readonly string[];
  unionId: string | null;
  /** The unit of the project's pairing. */
  unitId: string | null;
}

/** Grants that reach by region: unit staff reach only their unit's pairings (as in obligations). */
function byRegion(actor: Actor): Actor {
  return {
    ...actor,
    grants: actor.grants.filter((g) => !g.scope.startsWith('unit:') && g.role !== 'unit_staff'),
  };
}

function ownUnitOrUnion(actor: Actor, p: ProjectScope): boolean {
  return (
    (p.unitId !== null && unitsOf(actor).includes(p.unitId)) ||
    (p.unionId !== null && unionsOf(actor).includes(p.unionId))
  );
}

export function maySeeProject(actor: Actor, p: ProjectScope): boolean {
  return (
    ownUnitOrUnion(actor, p) || p.villages.some((v) => can(byRegion(actor), 'obligations.read', v))
  );
}

export function mayWriteProject(actor: Actor, p: ProjectScope): boolean {
  return (
    ownUnitOrUnion(actor, p) ||
    (p.villages.length > 0 &&
      p.villages.every((v) => can(withoutUnionGrants(byRegion(actor)), 'obligations.record', v)))
  );
}

/**
 * Whether the caller may start a project anywhere (the list's 新建): a unit's staff or a union's
 * cadres for their own, admins and village cadres where they record. The create still decides for
 * the villages it names (`authorizeWrite`).
 */
export function mayCreateProjects(actor: Actor): boolean {
  return (
    unitsOf(actor).length > 0 ||
    unionsOf(actor).length > 0 ||
    grantsAllowing(withoutUnionGrants(byRegion(actor)), 'obligations.record').length > 0
  );
}

/** 404 when the project is not the caller's to see, 403 when they see it but may not change it. */
export function authorizeWrite(actor: Actor, p: ProjectScope): void {
  if (!maySeeProject(actor, p)) throw notFound();
  if (!mayWriteProject(actor, p)) throw new AppError('FORBIDDEN');
}

/** The projects the actor reads, for the WHERE clause of a list. */
export function visibleProjects(actor: Actor): SQL {
  const inScope = scopeWhere(byRegion(actor), 'obligations.read', sql`pv.region_code`);
  const units = unitsOf(actor);
  const unionIds = unionsOf(actor);
  return (
    or(
      sql`EXISTS (SELECT 1 FROM ${projectVillages} pv WHERE pv.project_id = "projects"."id" AND ${inScope})`,
      units.length > 0
        ? sql`${projects.pairingId} IN (SELECT ${pairings.id} FROM ${pairings} WHERE ${pairings.unitId} IN (${sql.join(
            units.map((u) => sql`${u}::uuid`),
            sql`, `,
          )}))`
        : undefined,
      unionIds.length > 0
        ? sql`${projects.unionId} IN (${sql.join(
            unionIds.map((u) => sql`${u}::uuid`),
            sql`, `,
          )})`
        : undefined,
    ) ?? sql`false`
  );
}
