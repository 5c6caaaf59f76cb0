import { describe, expect, it } from 'vitest';
import { MODULE_ROUTES } from '../routes.ts';
import { NAV_GROUPS } from './navGroups.ts';

describe('navigation groups', () => {
  it('put every module page under exactly one heading, and name only pages that exist', () => {
    const paths = MODULE_ROUTES.filter(
      (r) => r.path !== '/' && !r.personal && r.inMenu !== false,
    ).map((r) => r.path);
    const listed = NAV_GROUPS.flatMap((g) => g.paths);
    expect([...listed].sort()).toEqual([...paths].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });
});
