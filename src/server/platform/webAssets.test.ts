import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressDirectory } from '../../../scripts/vitePrecompress.ts';
import { IMMUTABLE, REVALIDATE, serveWebApp } from './webAssets.ts';

// A build folder shaped like Vite's output, compressed by the same step the build runs.
describe('the built web app', () => {
  let dist: string;
  let app: FastifyInstance;
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `页面${i}`))};\n`;
  const html = `<!doctype html><html><head><title>领雁</title></head><body><div id="root"></div>${' '.repeat(2000)}</body></html>`;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'lingyan-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'page-AbC123.js'), script);
    writeFileSync(join(dist, 'index.html'), html);
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
    // as scripts/viteRoutePreloads.ts writes it (small enough to stay uncompressed)
    writeFileSync(
      join(dist, 'route-preloads.json'),
      JSON.stringify({ '/cases/mine': ['/assets/page-AbC123.js', '/assets/page-AbC123.css'] }),
    );
    const stored = compressDirectory(dist);
    // the small service worker is not worth a compressed copy
    expect(stored.files).toBe(2);
    expect(stored.brBytes).toBeLessThan(stored.rawBytes / 3);
    app = Fastify();
    await serveWebApp(app, dist);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string) =>
    app.inject({ url, headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('sends a hashed asset as its brotli copy, cached for a year without revalidation', async () => {
    const res = await get('/assets/page-AbC123.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(script);
  });

  it('falls back to gzip, then to the plain file, as the browser accepts', async () => {
    const gz = await get('/assets/page-AbC123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(script);
    const plain = await get('/assets/page-AbC123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('revalidates what is not named by its content, so a release is picked up', async () => {
    for (const url of ['/sw.js', '/index.html']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe(REVALIDATE);
    }
  });

  it('answers client-side routes with the app and unknown API paths with 404', async () => {
    const page = await get('/cases/mine');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['cache-control']).toBe(REVALIDATE);
    expect((await get('/api/v1/nothing')).statusCode).toBe(404);
  });

  it('sends a page with preload links for its chunks and the session check, compressed', async () => {
    const res = await get('/cases/mine?tab=work', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const page = brotliDecompressSync(res.rawPayload).toString('utf8');
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain('<link rel="preload" as="fetch" crossorigin href="/api/v1/auth/me">');
    expect(head).toContain('<link rel="modulepreload" crossorigin href="/assets/page-AbC123.js">');
    expect(head).toContain(
      '<link rel="preload" as="style" crossorigin href="/assets/page-AbC123.css">',
    );
    expect(page).toContain('<div id="root">');
    // another page, or one the build does not know, names no chunk of /cases/mine
    for (const url of ['/', '/no/such/page']) {
      const other = (await get(url)).body;
      expect(other, url).toContain('href="/api/v1/auth/me"');
      expect(other, url).not.toContain('page-AbC123');
    }
  });
});
