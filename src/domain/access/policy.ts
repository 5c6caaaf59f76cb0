import { isWithinScope } from '../region/regionCode.ts';
import {
  GRANTABLE_ROLES,
  ROLE_PERMISSIONS,
  UNION_CADRE_PERMISSIONS,
  type Permission,
  type Role,
} from './roles.ts';

/** A role held by an account, bound to a region scope (a union or unit scope is anchored in a region). */
export interface RoleGrant {
  role: Role;
  /** The scope as the API shows it: a 12-digit region code, or `union:<id>` / `unit:<id>`. */
  scope: string;
  /** The region whose subtree the grant covers. */
  regionCode: string;
}

export interface Actor {
  accountId: string;
  username: string;
  grants: readonly RoleGrant[];
  /** The resident the account stands for, when the session lookup read it (null: none). */
  personId?: string | null;
}

/** What one grant allows: its role's permissions, or a union cadre's on a `union:<id>` scope. */
export function grantPermissions(grant: RoleGrant): readonly Permission[] {
  return grant.role === 'union_cadre' && grant.scope.startsWith('union:')
    ? UNION_CADRE_PERMISSIONS
    : ROLE_PERMISSIONS[grant.role];
}

/** The unions the actor is a cadre of (grants scoped `union:<id>`). */
export function unionsOf(actor: Actor): string[] {
  return actor.grants
    .filter((g) => g.role === 'union_cadre' && g.scope.startsWith('union:'))
    .map((g) => g.scope.slice('union:'.length));
}

/**
 * The actor without their union grants: a union cadre reads across the union's villages, but
 * writes only the union's own records (its activities, projects, task lists), never a village's.
 */
export function withoutUnionGrants(actor: Actor): Actor {
  return { ...actor, grants: actor.grants.filter((g) => !g.scope.startsWith('union:')) };
}

/** The grants of an actor that allow an action, anywhere. */
export function grantsAllowing(actor: Actor, permission: Permission): RoleGrant[] {
  return actor.grants.filter((g) => grantPermissions(g).includes(permission));
}

/** Every permission the actor holds somewhere: the UI hides what is not listed. */
export function permissionsOf(actor: Actor): Permission[] {
  const all = new Set<Permission>();
  for (const grant of actor.grants) for (const p of grantPermissions(grant)) all.add(p);
  return [...all].sort();
}

/** May the actor take this action on something located in `regionCode`? */
export function can(actor: Actor, permission: Permission, regionCode: string): boolean {
  return grantsAllowing(actor, permission).some((g) => isWithinScope(regionCode, g.regionCode));
}

/** May the actor grant `role` over `regionCode`? Needs accounts.write there and the role to be grantable. */
export function canGrant(actor: Actor, role: Role, regionCode: string): boolean {
  return actor.grants.some(
    (g) =>
      ROLE_PERMISSIONS[g.role].includes('accounts.write') &&
      isWithinScope(regionCode, g.regionCode) &&
      (GRANTABLE_ROLES[g.role] ?? []).includes(role),
  );
}
