// Vite plugin: writes dist/web/route-preloads.json, which names for every page of the app
// (src/web/routes.ts) the chunks and styles its lazy page needs beyond what index.html already
// loads. The server puts them into index.html as preload links for the path it answers
// (src/server/platform/webAssets.ts), so a first visit fetches the landing page alongside the
// boot chunks instead of after them. Runs at build time only, in Node.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const ROUTE_PRELOADS_FILE = 'route-preloads.json';

/** `path → page module` pairs, in the order routes.ts lists them (each route names one page). */
export function routePages(routesSource: string): { path: string; module: string }[] {
  const entries = routesSource.split(/\bpath: '/).slice(1);
  return entries.map((entry) => {
    const path = entry.slice(0, entry.indexOf("'"));
    const page = /lazyPage\(\(\) => import\('([^']+)'\)\)/.exec(entry);
    if (!page) throw new Error(`routes.ts: the route ${path} names no lazyPage(import(…))`);
    return { path, module: page[1]! };
  });
}

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

export function routePreloads(): Plugin {
  let root = '';
  return {
    name: 'lingyan-route-preloads',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const item of Object.values(bundle))
        if (item.type === 'chunk') chunks.set(item.fileName, item as unknown as ChunkLike);
      /** The chunk and every chunk it imports statically, with the styles they import. */
      const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        const chunk = chunks.get(fileName);
        for (const css of chunk?.viteMetadata?.importedCss ?? []) seen.add(css);
        for (const imported of chunk?.imports ?? []) closure(imported, seen);
        return seen;
      };
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry) throw new Error('route preloads: the build has no entry chunk');
      const atBoot = closure(entry.fileName);
      const routesFile = resolve(root, 'routes.ts');
      const preloads: Record<string, string[]> = {};
      for (const { path, module } of routePages(readFileSync(routesFile, 'utf8'))) {
        const id = resolve(root, module);
        const page = [...chunks.values()].find((chunk) => chunk.facadeModuleId === id);
        if (!page) throw new Error(`route preloads: no chunk for ${module} (${path})`);
        preloads[path] = [...closure(page.fileName)]
          .filter((file) => !atBoot.has(file))
          .map((file) => `/${file}`);
      }
      this.emitFile({
        type: 'asset',
        fileName: ROUTE_PRELOADS_FILE,
        source: JSON.stringify(preloads, null, 1),
      });
    },
  };
}
