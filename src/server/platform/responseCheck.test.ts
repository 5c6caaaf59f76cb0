import Fastify, { type FastifyReply } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import type { AppDeps } from './deps.ts';
import { registerRoutes } from './registerRoutes.ts';
import { buildOpenApi } from './openapi.ts';
import {
  fileResponse,
  HTML_TYPE,
  htmlPage,
  noContent,
  sendFile,
  sendHtml,
  XLSX_TYPE,
} from './responses.ts';
import { defineRoute, type AnyRoute } from './route.ts';

// A public route needs no database: the check is about the answer only.
function appWith(checkResponses: boolean, answer: unknown) {
  return bodyApp(
    z.object({ count: z.number().int(), name: z.string() }),
    () => answer,
    checkResponses,
  );
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

function bodyApp(
  response: AnyRoute['response'],
  answer: (reply: FastifyReply) => unknown,
  checkResponses = true,
) {
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
      response,
      handler: async ({ reply }) => answer(reply),
    }),
  ]);
  return app;
}

describe('non-JSON response contracts', () => {
  it('answers 204 for noContent and 500 when such a route sends a body', async () => {
    const none = bodyApp(noContent, () => undefined);
    const res = await none.inject({ method: 'GET', url: '/thing' });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    await none.close();
    const some = bodyApp(noContent, () => ({ ok: true }));
    expect((await some.inject({ method: 'GET', url: '/thing' })).statusCode).toBe(500);
    await some.close();
  });

  it('passes a file of a declared type and refuses an undeclared type or a non-file', async () => {
    const file = { name: '名单.xlsx', type: XLSX_TYPE, data: Buffer.from('PK') };
    const good = bodyApp(fileResponse([XLSX_TYPE]), (reply) => sendFile(reply, file));
    const res = await good.inject({ method: 'GET', url: '/thing' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('名单.xlsx')}`,
    );
    expect(res.rawPayload.toString()).toBe('PK');
    await good.close();
    const wrongType = bodyApp(fileResponse([XLSX_TYPE]), (reply) =>
      sendFile(reply, { ...file, type: 'application/pdf' }),
    );
    expect((await wrongType.inject({ method: 'GET', url: '/thing' })).statusCode).toBe(500);
    await wrongType.close();
    const notAFile = bodyApp(fileResponse([XLSX_TYPE]), (reply) => {
      void reply.type(XLSX_TYPE);
      return { name: 'x' };
    });
    expect((await notAFile.inject({ method: 'GET', url: '/thing' })).statusCode).toBe(500);
    await notAFile.close();
  });

  it('passes an HTML page, its charset parameter aside', async () => {
    const app = bodyApp(htmlPage, (reply) => sendHtml(reply, '<p>公示</p>'));
    const res = await app.inject({ method: 'GET', url: '/thing' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('<p>公示</p>');
    await app.close();
  });
});

describe('OpenAPI of non-JSON answers', () => {
  const route = (response: AnyRoute['response']) =>
    defineRoute({
      method: 'GET',
      url: '/x',
      summary: 'x',
      tag: 'test',
      auth: 'public',
      response,
      handler: async () => undefined,
    });
  const responsesOf = (response: AnyRoute['response']) =>
    (
      buildOpenApi([route(response)], '0').paths as Record<
        string,
        Record<string, { responses: Record<string, unknown> }>
      >
    )['/x']?.get?.responses;

  it('renders noContent as a 204 without content and a file as a binary body per type', () => {
    expect(Object.keys(responsesOf(noContent) ?? {})).toEqual(['204', 'default']);
    expect(responsesOf(noContent)?.['204']).toEqual({ description: 'No content' });
    expect(responsesOf(fileResponse([XLSX_TYPE, 'application/pdf']))?.['200']).toEqual({
      description: 'A file',
      content: {
        [XLSX_TYPE]: { schema: { type: 'string', contentEncoding: 'binary' } },
        'application/pdf': { schema: { type: 'string', contentEncoding: 'binary' } },
      },
    });
    expect(responsesOf(htmlPage)?.['200']).toEqual({
      description: 'A document in the format asked for',
      content: { [HTML_TYPE]: { schema: { type: 'string' } } },
    });
  });
});
