import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../domain/access/roles.ts';
import { visibleRoutes } from './routes.ts';

const paths = (permissions: readonly string[]) => visibleRoutes(permissions).map((r) => r.path);

describe('visibleRoutes', () => {
  it('opens the projects page to unit staff, who read their pairings’ projects', () => {
    expect(paths(ROLE_PERMISSIONS.unit_staff)).toEqual(
      expect.arrayContaining(['/pairings', '/projects']),
    );
    expect(paths(ROLE_PERMISSIONS.auditor)).toContain('/projects');
  });

  it('keeps pages whose permissions the user holds none of out', () => {
    expect(paths(ROLE_PERMISSIONS.villager)).not.toContain('/projects');
    expect(paths(ROLE_PERMISSIONS.unit_staff)).not.toContain('/economy');
  });
});
