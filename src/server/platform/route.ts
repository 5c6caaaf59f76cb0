import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { Permission } from '../../domain/access/roles.ts';
import type { Ctx } from './context.ts';
import type { ResponseContract } from './responses.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteInput<B, Q, P> {
  ctx: Ctx;
  body: B;
  query: Q;
  params: P;
  reply: FastifyReply;
}

/**
 * One entry of the route table. Routes stay thin: parse (zod), authorize (permission + scope in
 * the service's query), call a service. The table also drives OpenAPI and the authorization matrix.
 */
export interface RouteSpec<B = unknown, Q = unknown, P = unknown> {
  method: HttpMethod;
  url: string;
  summary: string;
  tag: string;
  /** `public` routes need no session; `session` routes answer 401 without one. */
  auth: 'public' | 'session';
  /** Held somewhere by the actor, else 403; where exactly is checked against the row's region. */
  permission?: Permission;
  /**
   * A logged-in route that no single permission decides names the rule that does: a constant of
   * its module's policy, or OWN_RECORDS. Every `session` route declares a permission or a policy.
   */
  policy?: string;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  /** The answer: a zod schema for JSON, else `noContent`, `fileResponse(…)` or `textResponse(…)`. */
  response?: ResponseContract;
  successStatus?: number;
  /**
   * A raw file body instead of JSON (an .xlsx import): the handler's `body` is the Buffer. Other
   * content types answer 415, bodies over `maxBytes` 413.
   */
  upload?: { contentTypes: readonly string[]; maxBytes: number };
  /**
   * `replica`: a read that may come from the read replica when one is configured (dashboards,
   * exports, reports) — GET only, and it must not write; the caller still sees their own writes
   * (platform/replicaReads.ts).
   */
  reads?: 'replica';
  /** Writes with an Idempotency-Key replay their stored response (on by default for writes). */
  idempotent?: boolean;
  handler(input: RouteInput<B, Q, P>): Promise<unknown>;
  /**
   * For routes that speak another protocol's error shape (Open311): turns any error of the request
   * (parsing included) into the body to send, setting status and type on `reply`. Rethrow to fall
   * back to the platform's shape.
   */
  onError?(error: unknown, reply: FastifyReply): unknown;
}

/** The caller's own session, account, jobs, messages and household: rows are filtered by the account; anyone else's answer 404. */
export const OWN_RECORDS =
  "own records — filtered by the caller's account; anyone else's answer 404";

// Erases the handler's input types for the heterogeneous route table.
export type AnyRoute = RouteSpec<never, never, never>;

export function defineRoute<B = undefined, Q = undefined, P = undefined>(
  spec: RouteSpec<B, Q, P>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}
