import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './nextPath.ts';

describe('login redirects', () => {
  it('remembers the page to come back to', () => {
    expect(loginPath('/regions?parent=410599101000')).toBe(
      '/login?next=%2Fregions%3Fparent%3D410599101000',
    );
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('/login?next=%2Faudit')).toBe('/login');
  });

  it('goes back only to a path on this site', () => {
    expect(safeNextPath('/accounts?q=zs')).toBe('/accounts?q=zs');
    expect(safeNextPath('/cases/mine#c1')).toBe('/cases/mine#c1');
    for (const bad of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'accounts',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '\t//evil.example',
      '/\u0000/evil.example',
      '/./\\evil.example',
      '///evil.example',
    ]) {
      expect(safeNextPath(bad)).toBe('/');
    }
  });
});
