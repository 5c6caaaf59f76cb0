// Headers every answer carries (issue 16, finding 8). Pages may run only the server's own script
// files — no inline script, no framing by another site; API answers may run nothing and are never
// stored by a browser or a proxy, since most of them carry personal data.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

const PAGE_SOURCES = {
  'default-src': "'self'",
  'script-src': "'self'",
  // antd writes its component styles into <style> elements at run time
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
} as const;

const policy = (sources: Record<string, string>) =>
  Object.entries(sources)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');

export const PAGE_CSP = policy(PAGE_SOURCES);
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The page policy that also lets these exact inline scripts run (by their SHA-256), for the few
 * self-contained server pages (API docs, the printable plaque list). Their text must be constant.
 */
export function pageCspWithScripts(...scripts: string[]): string {
  const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
  return policy({ ...PAGE_SOURCES, 'script-src': `'self' ${hashes.join(' ')}` });
}

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    void reply.header('x-request-id', request.id);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'same-origin');
    const isApi = request.url.startsWith('/api/');
    if (!reply.hasHeader('content-security-policy')) {
      const type = String(reply.getHeader('content-type') ?? '');
      // The service worker runs under the policy sent with sw.js: static files get the page's (a
      // worker must fetch the app shell); only API data gets the one that allows nothing.
      const data = isApi && !type.startsWith('text/html');
      void reply.header('content-security-policy', data ? API_CSP : PAGE_CSP);
    }
    if (isApi) void reply.header('cache-control', 'no-store');
    return payload;
  });
}
