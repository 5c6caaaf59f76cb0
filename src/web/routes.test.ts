import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS, UNION_CADRE_PERMISSIONS } from '../domain/access/roles.ts';
import { visibleRoutes } from './routes.ts';

const paths = (permissions: readonly string[]) => visibleRoutes(permissions).map((r) => r.path);

describe('visibleRoutes', () => {
  it('opens the projects page to unit staff, who read their pairings’ projects', () => {
    expect(paths(ROLE_PERMISSIONS.unit_staff)).toEqual(
      expect.arrayContaining(['/pairings', '/projects']),
    );
    expect(paths(ROLE_PERMISSIONS.auditor)).toContain('/projects');
  });

  it('leaves the pages read by region out of the menu of a union’s cadre, who holds no region', () => {
    const union = visibleRoutes(UNION_CADRE_PERMISSIONS, { hasRegionGrant: false }).map(
      (r) => r.path,
    );
    expect(union).toEqual(expect.arrayContaining(['/unions', '/obligations/mine', '/projects']));
    expect(union).not.toContain('/economy');
    expect(union).not.toContain('/obligations/board');
    // the same permissions on a region keep them (and so does a route table asked without roles)
    expect(visibleRoutes(UNION_CADRE_PERMISSIONS).map((r) => r.path)).toContain('/economy');
    expect(
      visibleRoutes(ROLE_PERMISSIONS.county_admin, { hasRegionGrant: true }).map((r) => r.path),
    ).toContain('/economy');
  });

  it('keeps pages whose permissions the user holds none of out', () => {
    expect(paths(ROLE_PERMISSIONS.villager)).not.toContain('/projects');
    expect(paths(ROLE_PERMISSIONS.unit_staff)).not.toContain('/economy');
  });
});
