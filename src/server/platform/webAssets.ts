// The built web app (dist/web): content-hashed files under /assets/ are cached for a year and
// never revalidated; everything else (index.html, the service worker, the manifest) is checked on
// every load so a new release is picked up. Text files are sent as the brotli or gzip copy the
// build stored beside them (scripts/vitePrecompress.ts) when the browser accepts it.
import fs from 'node:fs';
import path from 'node:path';
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

/** Serves dist/web and answers unknown non-API GETs with index.html (client-side routes). */
export async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
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
    if (request.url.startsWith('/api') || !hasWeb || request.method !== 'GET') {
      return reply
        .status(404)
        .send(errorBody(new AppError('NOT_FOUND'), languageOf(request.headers['accept-language'])));
    }
    // Client-side routes (/accounts, /regions/…) all load the single-page app.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
