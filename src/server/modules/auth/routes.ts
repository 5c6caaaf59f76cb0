import type { FastifyReply } from 'fastify';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../auth/sessionStore.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { noContent } from '../../platform/responses.ts';
import { defineRoute, OWN_RECORDS } from '../../platform/route.ts';
import { loginBody, meResponse } from './schema.ts';
import { describeActor, login, logout } from './service.ts';

function setSessionCookies(
  reply: FastifyReply,
  token: string,
  csrfToken: string,
  secure: boolean,
): void {
  const base = { path: '/', sameSite: 'strict' as const, secure };
  void reply.setCookie(SESSION_COOKIE, token, { ...base, httpOnly: true });
  // Readable by the web app, which echoes it in X-CSRF-Token.
  void reply.setCookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false });
}

/** `Secure` when configured, or when the request came over HTTPS (directly or, with trustProxy, per X-Forwarded-Proto). */
export function secureRequest(ctx: Ctx, reply: FastifyReply): boolean {
  return ctx.config.secureCookies || reply.request.protocol === 'https';
}

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/login',
    summary: '登录 / Log in',
    tag: 'auth',
    auth: 'public',
    body: loginBody,
    response: meResponse,
    idempotent: false,
    async handler({ ctx, body, reply }) {
      const result = await login(ctx, {
        ...body,
        address: reply.request.ip,
        previousToken: reply.request.cookies[SESSION_COOKIE],
      }).catch((error: unknown) => {
        if (error instanceof AppError && typeof error.details.retryAfterSeconds === 'number')
          void reply.header('Retry-After', String(error.details.retryAfterSeconds));
        throw error;
      });
      setSessionCookies(reply, result.token, result.me.csrfToken, secureRequest(ctx, reply));
      return result.me;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/logout',
    summary: '退出登录 / Log out',
    tag: 'auth',
    auth: 'session',
    policy: OWN_RECORDS,
    idempotent: false,
    response: noContent,
    async handler({ ctx, reply }) {
      const token = reply.request.cookies[SESSION_COOKIE];
      if (token) await logout(ctx, token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      void reply.clearCookie(CSRF_COOKIE, { path: '/' });
      return undefined;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/auth/me',
    summary: '当前用户 / Who am I',
    tag: 'auth',
    auth: 'session',
    policy: OWN_RECORDS,
    response: meResponse,
    async handler({ ctx }) {
      return describeActor(ctx, requireActor(ctx), ctx.csrfToken ?? '');
    },
  }),
];
