import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routePages } from '../../scripts/viteRoutePreloads.ts';

describe('the pages the build lists preloads for', () => {
  it('pairs every route of routes.ts with its page module', () => {
    const source = readFileSync(new URL('./routes.ts', import.meta.url), 'utf8');
    const pages = routePages(source);
    expect(pages.length).toBe(source.match(/lazyPage\(\(\) => import\(/g)!.length);
    expect(pages).toContainEqual({ path: '/', module: './pages/home/HomePage.tsx' });
    expect(pages).toContainEqual({ path: '/cases/mine', module: './pages/cases/MyCasesPage.tsx' });
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
  });

  it('refuses a route whose page it cannot find', () => {
    expect(() => routePages(`{ path: '/x', labelKey: 'nav.x', page: Page }`)).toThrow(/\/x/);
  });
});
