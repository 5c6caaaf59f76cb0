import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type TestApp } from '../testing/testApp.ts';
import { API_CSP, installSecurityHeaders, PAGE_CSP } from './securityHeaders.ts';
import { serveWebApp } from './webAssets.ts';

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

describe('security headers on the web app', () => {
  const dist = mkdtempSync(join(tmpdir(), 'lingyan-csp-'));
  const app = Fastify();
  beforeAll(async () => {
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    installSecurityHeaders(app);
    app.get('/api/v1/probe', async () => ({ name: '张三' }));
    await serveWebApp(app, dist);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('lets pages run only the server’s own scripts and never be framed', async () => {
    const page = await app.inject({ url: '/cases/mine' });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toBe(PAGE_CSP);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('same-origin');
  });

  it('lets the service worker fetch the app shell: its script carries the page policy', async () => {
    // a worker runs under the policy sent with its script; the API's would forbid every fetch
    const sw = await app.inject({ url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(String(sw.headers['content-security-policy'])).toContain("connect-src 'self'");
  });

  it('keeps API answers out of every cache and lets them run nothing', async () => {
    const res = await app.inject({ url: '/api/v1/probe' });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toBe(API_CSP);
    const missing = await app.inject({ url: '/api/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
  });
});

describe('security headers on the server’s own pages and the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('allows the API docs page exactly its own inline script, by hash', async () => {
    const res = await t.app.inject({ url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    const scripts = inlineScripts(res.body);
    expect(scripts.length).toBe(1);
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${sha256(scripts[0]!)}'`);
    expect(res.body).not.toMatch(/\son[a-z]+=/);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('marks a logged-in answer with personal data no-store', async () => {
    const county = await login(t.app, 'county');
    const me = await call(t.app, county, 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    expect(me.headers['content-security-policy']).toBe(API_CSP);
  });
});
