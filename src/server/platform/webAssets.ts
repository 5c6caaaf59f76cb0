// The built web app (dist/web): content-hashed files under /assets/ are cached for a year and
// never revalidated; everything else (index.html, the service worker, the manifest) is checked on
// every load so a new release is picked up. Text files are sent as the brotli or gzip copy the
// build stored beside them (scripts/vitePrecompress.ts) when the browser accepts it.
// index.html is sent with preload links for the page asked for (the chunks the build listed in
// route-preloads.json, scripts/viteRoutePreloads.ts) and for the session check, so a first visit
// fetches them alongside the boot chunks instead of after them.
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError, errorBody, languageOf } from './errors.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Whether a file of the build is named by its content (Vite's `assets/<name>-<hash>.<ext>`). */
export function isHashedAsset(filePath: string, webDist: string): boolean {
  const relative = path.relative(webDist, filePath).split(path.sep);
  return relative.length === 2 && relative[0] === 'assets';
}

/** The session check every page starts with (`api.me()`, same mode and credentials). */
const SESSION_PRELOAD = '<link rel="preload" as="fetch" crossorigin href="/api/v1/auth/me">';

function preloadLink(file: string): string {
  return file.endsWith('.css')
    ? `<link rel="preload" as="style" crossorigin href="${file}">`
    : `<link rel="modulepreload" crossorigin href="${file}">`;
}

interface PageHtml {
  plain: string;
  br: Buffer;
  gzip: Buffer;
}

/** index.html for each client-side path, with that page's preload links, compressed once. */
function appPages(webDist: string): (pathname: string) => PageHtml {
  const html = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const listFile = path.join(webDist, 'route-preloads.json');
  const routes: Record<string, string[]> = fs.existsSync(listFile)
    ? (JSON.parse(fs.readFileSync(listFile, 'utf8')) as Record<string, string[]>)
    : {};
  const pages = new Map<string, PageHtml>();
  return (pathname) => {
    // an unknown path (a typo, a detail route) gets the session check only
    const key = Object.hasOwn(routes, pathname) ? pathname : '';
    let page = pages.get(key);
    if (!page) {
      const links = [SESSION_PRELOAD, ...(routes[key] ?? []).map(preloadLink)].join('\n    ');
      const plain = html.replace('</head>', `  ${links}\n  </head>`);
      page = { plain, br: brotliCompressSync(plain), gzip: gzipSync(plain) };
      pages.set(key, page);
    }
    return page;
  };
}

/** Serves dist/web and answers unknown non-API GETs with index.html (client-side routes). */
export async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  const pageFor = hasWeb ? appPages(webDist) : undefined;
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders(res, filePath) {
        res.setHeader('cache-control', isHashedAsset(filePath, webDist) ? IMMUTABLE : REVALIDATE);
      },
    });
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api') || !pageFor || request.method !== 'GET') {
      return reply
        .status(404)
        .send(errorBody(new AppError('NOT_FOUND'), languageOf(request.headers['accept-language'])));
    }
    // Client-side routes (/accounts, /regions/…) all load the single-page app.
    const page = pageFor(new URL(request.url, 'http://app').pathname);
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted)
      ? 'br'
      : /\bgzip\b/.test(accepted)
        ? 'gzip'
        : undefined;
    void reply.type('text/html; charset=utf-8').header('cache-control', REVALIDATE);
    void reply.header('vary', 'accept-encoding');
    if (!encoding) return reply.send(page.plain);
    return reply.header('content-encoding', encoding).send(page[encoding]);
  });
}
