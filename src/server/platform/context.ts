import type { Actor } from '../../domain/access/policy.ts';
import type { AppConfig } from '../config.ts';
import type { FieldCipher } from '../crypto/fieldCipher.ts';
import type { Db, DbKind } from '../db/client.ts';
import type { AppDeps } from './deps.ts';

/** What a service needs to act for a request: the database (or the open transaction), who, when. */
export interface Ctx {
  db: Db;
  dbKind: DbKind;
  inTransaction: boolean;
  actor: Actor | null;
  /** The session's CSRF token, echoed to the web app by /auth/me. */
  csrfToken: string | null;
  requestId: string;
  clock: () => Date;
  cipher: FieldCipher;
  config: AppConfig;
  /**
   * Work the open transaction does last, just before it commits. The audit rows go there, so a
   * county's chain lock is held for the last few statements and the commit only, not for the
   * reads a handler does after its change.
   */
  beforeCommit?: (() => Promise<void>)[];
  /**
   * With a read replica: notes that the caller's writes so far have committed, so their replica
   * reads wait for them (db/readReplica.ts). The route layer calls it after a write request; work
   * that writes after its request ended (a job) calls it when done.
   */
  ownWritesCommitted?: () => Promise<void>;
}

/**
 * A context on `deps` outside any transaction and with no actor yet: what a request starts from
 * before its session is read, and what the system's own work (seeding, sweeps, tests) acts as.
 */
export function contextOf(deps: AppDeps, requestId: string): Ctx {
  return {
    db: deps.database.db,
    dbKind: deps.database.kind,
    inTransaction: false,
    actor: null,
    csrfToken: null,
    requestId,
    clock: deps.clock,
    cipher: deps.cipher,
    config: deps.config,
  };
}

/**
 * Runs `fn` in one transaction, joining the request's transaction when one is already open (an
 * idempotent write stores its response in the same transaction as the change it made).
 */
export async function transaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  return ctx.db.transaction((tx) => inOpenTransaction(ctx, tx, fn));
}

/** Runs `fn` on a transaction the caller opened, then the transaction's before-commit work. */
export async function inOpenTransaction<T>(
  ctx: Ctx,
  tx: Db,
  fn: (tx: Ctx) => Promise<T>,
): Promise<T> {
  const beforeCommit: (() => Promise<void>)[] = [];
  const result = await fn({ ...ctx, db: tx, inTransaction: true, beforeCommit });
  for (const task of beforeCommit) await task();
  return result;
}

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new Error('route declared auth but no actor is present');
  return ctx.actor;
}
