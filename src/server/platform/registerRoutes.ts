import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { permissionsOf } from '../../domain/access/policy.ts';
import { CSRF_COOKIE, SESSION_COOKIE, resolveSession } from '../auth/sessionStore.ts';
import { contextOf, type Ctx } from './context.ts';
import { AppError, validationError } from './errors.ts';
import { runIdempotent } from './idempotency.ts';
import { noteOwnWrite, onReplica } from './replicaReads.ts';
import { declaresType, isBodyResponse } from './responses.ts';
import type { AnyRoute, RouteSpec } from './route.ts';
import type { AppDeps } from './deps.ts';
import { zodIssues } from './zodIssues.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The first place in a request part that holds a NUL character (PostgreSQL text cannot). */
function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null || depth > 32) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (key.includes('\u0000')) return at;
    const found = nulPath(item, at, depth + 1);
    if (found) return found;
  }
  return null;
}

function parsePart<T>(
  schema: z.ZodType<T> | undefined,
  value: unknown,
  where: 'body' | 'query' | 'params',
): T {
  const nul = nulPath(value, where);
  if (nul) throw validationError([{ path: nul, message: 'must not contain a NUL character' }]);
  if (!schema) {
    const empty =
      value === undefined ||
      value === null ||
      (typeof value === 'object' && Object.keys(value).length === 0);
    if (!empty)
      throw validationError([{ path: where, message: 'this endpoint takes no ' + where }]);
    return undefined as T;
  }
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!parsed.success) throw validationError(zodIssues(where, parsed.error));
  return parsed.data;
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

async function buildCtx(deps: AppDeps, request: FastifyRequest, route: AnyRoute): Promise<Ctx> {
  const ctx = contextOf(deps, String(request.id));
  if (route.auth === 'public') return ctx;
  const session = await resolveSession(
    ctx.db,
    request.cookies[SESSION_COOKIE],
    ctx.clock(),
    deps.config.session,
  );
  // Cookies are SameSite=Strict; the header check also stops same-site form posts (CSRF).
  if (
    UNSAFE.has(route.method) &&
    !sameToken(request.headers['x-csrf-token'] as string | undefined, session.csrfToken)
  ) {
    throw new AppError('CSRF');
  }
  ctx.actor = session.actor;
  ctx.csrfToken = session.csrfToken;
  const replica = deps.replica;
  if (replica) {
    const accountId = session.actor.accountId;
    ctx.ownWritesCommitted = () => noteOwnWrite(replica, accountId, request.log);
  }
  if (route.permission && !permissionsOf(session.actor).includes(route.permission))
    throw new AppError('FORBIDDEN');
  return ctx;
}

async function handle(
  deps: AppDeps,
  route: AnyRoute,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const ctx = await buildCtx(deps, request, route);
  const spec = route as unknown as RouteSpec<unknown, unknown, unknown>;
  const params = parsePart(spec.params, request.params, 'params');
  const query = parsePart(spec.query, request.query, 'query');
  const body = spec.upload
    ? uploadedFile(request.body, spec.upload)
    : parsePart(spec.body, request.body, 'body');
  const run = async (c: Ctx) => {
    const result = await spec.handler({ ctx: c, body, query, params, reply });
    if (deps.config.checkResponses) checkResponse(spec, result, reply);
    return { status: result === undefined ? 204 : (spec.successStatus ?? 200), body: result };
  };
  const key = request.headers['idempotency-key'];
  if (
    typeof key === 'string' &&
    UNSAFE.has(route.method) &&
    ctx.actor &&
    spec.idempotent !== false
  ) {
    const outcome = await runIdempotent(
      ctx,
      key,
      { method: route.method, path: request.url.split('?')[0] ?? '', body },
      run,
    );
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    await ctx.ownWritesCommitted?.();
    await reply.status(outcome.status).send(outcome.body);
    return;
  }
  const outcome =
    spec.reads === 'replica' && deps.replica
      ? await onReplica(deps.replica, ctx, request.log, reply, run)
      : await run(ctx);
  if (UNSAFE.has(route.method)) await ctx.ownWritesCommitted?.();
  await reply.status(outcome.status).send(outcome.body);
}

/** The answer against the route's declared contract (see AppConfig.checkResponses). */
function checkResponse(
  spec: RouteSpec<unknown, unknown, unknown>,
  result: unknown,
  reply: FastifyReply,
): void {
  const contract = spec.response;
  if (!contract || reply.sent) return;
  const fail = (why: string) => {
    throw new Error(`${spec.method} ${spec.url} answered outside its response contract: ${why}`);
  };
  if (isBodyResponse(contract)) {
    if (contract.kind === 'noContent') {
      if (result !== undefined) fail('a body where it declares none');
      return;
    }
    const type = String(reply.getHeader('content-type') ?? '');
    if (!declaresType(contract, type)) fail(`content type "${type}" is not declared`);
    // Buffer, or the Uint8Array PGlite gives for bytea, or a stream.
    const isFile =
      result instanceof Uint8Array || typeof (result as { pipe?: unknown })?.pipe === 'function';
    if (contract.kind === 'file' ? !isFile : typeof result !== 'string')
      fail(`a ${contract.kind} response answered ${typeof result}`);
    return;
  }
  if (result === undefined) return;
  if (Buffer.isBuffer(result) || typeof (result as { pipe?: unknown })?.pipe === 'function') return;
  const parsed = contract.safeParse(result);
  if (parsed.success) return;
  fail(
    zodIssues('response', parsed.error)
      .slice(0, 5)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; '),
  );
}

function uploadedFile(body: unknown, upload: NonNullable<AnyRoute['upload']>): Buffer {
  if (!Buffer.isBuffer(body)) {
    const types = upload.contentTypes.join(', ');
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      zh: `请以文件上传，内容类型为 ${types}`,
      en: `Upload the file itself with Content-Type ${types}`,
    });
  }
  if (body.length === 0)
    throw validationError([{ path: 'body', message: 'the uploaded file is empty' }]);
  return body;
}

/** Registers the route table on Fastify; the table itself stays available for OpenAPI and tests. */
export function registerRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  routes: readonly AnyRoute[],
): void {
  for (const route of routes) {
    if (route.reads === 'replica' && route.method !== 'GET')
      throw new Error(`${route.method} ${route.url}: only GET routes may read from the replica`);
    const onError = route.onError;
    const handler = onError
      ? async (request: FastifyRequest, reply: FastifyReply) => {
          try {
            await handle(deps, route, request, reply);
          } catch (error) {
            await reply.send(onError(error, reply));
          }
        }
      : (request: FastifyRequest, reply: FastifyReply) => handle(deps, route, request, reply);
    const upload = route.upload;
    if (!upload) {
      app.route({ method: route.method, url: route.url, handler });
      continue;
    }
    // A file route gets its own raw-body parser and size limit, encapsulated so JSON routes stay JSON-only.
    void app.register(async (scope) => {
      scope.addContentTypeParser(
        [...upload.contentTypes],
        { parseAs: 'buffer', bodyLimit: upload.maxBytes },
        (_request, payload, done) => done(null, payload),
      );
      scope.route({ method: route.method, url: route.url, bodyLimit: upload.maxBytes, handler });
    });
  }
}

export { CSRF_COOKIE, SESSION_COOKIE };
