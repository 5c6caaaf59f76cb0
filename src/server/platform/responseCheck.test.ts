import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import type { AppDeps } from './deps.ts';
import { registerRoutes } from './registerRoutes.ts';
import { defineRoute } from './route.ts';

// A public route needs no database: the check is about the answer only.
function appWith(checkResponses: boolean, answer: unknown) {
  const app = Fastify();
  const deps = {
    config: { ...loadConfig({ DATA_DIR: '/nonexistent' }), checkResponses },
    database: { db: null, kind: 'pglite' },
    clock: () => new Date(),
  } as unknown as AppDeps;
  registerRoutes(app, deps, [
    defineRoute({
      method: 'GET',
      url: '/thing',
      summary: 'a thing',
      tag: 'test',
      auth: 'public',
      response: z.object({ count: z.number().int(), name: z.string() }),
      handler: async () => answer,
    }),
  ]);
  return app;
}

describe('response contract', () => {
  it('answers 500 when a response leaves its schema and checking is on', async () => {
    const app = appWith(true, { count: '3', name: 'x' });
    const res = await app.inject({ method: 'GET', url: '/thing' });
    expect(res.statusCode).toBe(500);
    await app.close();
  });

  it('passes a response that matches, and anything when checking is off', async () => {
    const good = appWith(true, { count: 3, name: 'x' });
    expect((await good.inject({ method: 'GET', url: '/thing' })).json()).toEqual({
      count: 3,
      name: 'x',
    });
    await good.close();
    const off = appWith(false, { count: '3', name: 'x' });
    expect((await off.inject({ method: 'GET', url: '/thing' })).statusCode).toBe(200);
    await off.close();
  });
});
