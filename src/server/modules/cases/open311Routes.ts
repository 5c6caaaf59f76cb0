import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { textResponse } from '../../platform/responses.ts';
import { defineRoute } from '../../platform/route.ts';
import { discovery, serviceDefinition, services } from './open311.ts';
import { listRequests, postRequest, tokenLookup } from './open311Requests.ts';
import { Open311Error, send, sendError, splitFile } from './open311Wire.ts';

// Open311 speaks its own query names (jurisdiction_id, service_request_id…): taken as given, checked in the service.
const anyQuery = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const fileParams = z.strictObject({ file: z.string().max(200) });
const resourceParams = z.strictObject({ resource: z.string().max(60) });

// Answers in the format the URL's extension asks for, serialized by open311Wire.ts (errors too).
const open311Formats = textResponse(['application/json', 'text/xml']);

async function answer(
  reply: FastifyReply,
  file: string,
  run: (name: string, format: 'json' | 'xml') => Promise<{ root: string; body: unknown }>,
): Promise<string> {
  const { name, format } = splitFile(file);
  const out = await run(name, format);
  // The platform sends with the route's status; the body is already serialized for the format.
  void reply.type(format === 'xml' ? 'text/xml; charset=utf-8' : 'application/json; charset=utf-8');
  return send(reply, format, out.root, out.body as never);
}

/** Every failure as the spec's list of {code, description}, in the format the URL asked for. */
function open311Error(error: unknown, reply: FastifyReply): string {
  const format = /\.xml(\?|$)/.test(reply.request.url) ? 'xml' : 'json';
  if (error instanceof Open311Error) {
    if (error.retryAfterSeconds) void reply.header('retry-after', String(error.retryAfterSeconds));
    return sendError(reply, format, error.status, error.description);
  }
  if (error instanceof AppError && error.status < 500)
    return sendError(
      reply,
      format,
      error.status === 404 || error.status === 403 ? error.status : 400,
      error.messages.en,
    );
  reply.log.error({ err: error }, 'open311 request failed');
  return sendError(reply, format, 500, 'internal error');
}

const lang = (reply: FastifyReply) => reply.request.headers['accept-language'];
const baseUrl = (reply: FastifyReply) => `${reply.request.protocol}://${reply.request.host}`;

/** A GET of one named thing (`<name>.json` / `<name>.xml`): a service, a request, a token. */
function fileRoute(
  url: string,
  summary: string,
  run: (
    ctx: Ctx,
    name: string,
    query: z.infer<typeof anyQuery>,
    reply: FastifyReply,
  ) => Promise<{ root: string; body: unknown }>,
) {
  return defineRoute({
    method: 'GET',
    url,
    summary,
    tag: 'open311',
    auth: 'public',
    params: fileParams,
    query: anyQuery,
    response: open311Formats,
    onError: open311Error,
    handler: ({ ctx, params, query, reply }) =>
      answer(reply, params.file, (name) => run(ctx, name, query, reply)),
  });
}

export const open311Routes = [
  defineRoute({
    method: 'GET',
    url: '/open311/v2/:resource',
    summary: 'Open311 GeoReport v2：discovery、services、requests（.json / .xml）',
    tag: 'open311',
    auth: 'public',
    params: resourceParams,
    query: anyQuery,
    response: open311Formats,
    onError: open311Error,
    handler: ({ ctx, params, query, reply }) =>
      answer(reply, params.resource, async (name) => {
        if (name === 'discovery') return { root: 'discovery', body: discovery(baseUrl(reply)) };
        if (name === 'services')
          return { root: 'services', body: await services(ctx, query, lang(reply)) };
        if (name === 'requests')
          return { root: 'service_requests', body: await listRequests(ctx, query, lang(reply)) };
        throw new Open311Error(404, `unknown resource ${name}`);
      }),
  }),
  defineRoute<Buffer, Record<string, unknown>, { resource: string }>({
    method: 'POST',
    url: '/open311/v2/:resource',
    summary: 'Open311 POST requests（表单编码，需 api_key）/ Submit a service request',
    tag: 'open311',
    auth: 'public',
    params: resourceParams,
    query: anyQuery,
    upload: { contentTypes: ['application/x-www-form-urlencoded'], maxBytes: 64 * 1024 },
    idempotent: false,
    response: open311Formats,
    onError: open311Error,
    handler: ({ ctx, params, query, body, reply }) =>
      answer(reply, params.resource, async (name) => {
        if (name !== 'requests') throw new Open311Error(404, `unknown resource ${name}`);
        const form = new URLSearchParams(body.toString('utf8'));
        // jurisdiction_id may come in the query string as well as the form.
        for (const [k, v] of Object.entries(query))
          if (typeof v === 'string' && !form.has(k)) form.set(k, v);
        return { root: 'service_requests', body: await postRequest(ctx, form) };
      }),
  }),
  fileRoute(
    '/open311/v2/services/:file',
    'Open311 服务定义（属性）/ Service definition with attributes',
    async (ctx, code, query, reply) => ({
      root: 'service_definition',
      body: await serviceDefinition(ctx, code, query, lang(reply)),
    }),
  ),
  fileRoute(
    '/open311/v2/requests/:file',
    'Open311 单个请求 / One service request',
    async (ctx, id, query, reply) => ({
      root: 'service_requests',
      body: await listRequests(ctx, query, lang(reply), id),
    }),
  ),
  fileRoute(
    '/open311/v2/tokens/:file',
    'Open311 由 token 查询请求编号 / Request id for a token',
    async (ctx, token, query) => ({
      root: 'service_requests',
      body: await tokenLookup(ctx, token, query),
    }),
  ),
];
