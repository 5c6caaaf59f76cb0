import type { Actor } from '../../domain/access/policy.ts';
import type { AppConfig } from '../config.ts';
import type { FieldCipher } from '../crypto/fieldCipher.ts';
import type { Db, DbKind } from '../db/client.ts';

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
}

/**
 * Runs `fn` in one transaction, joining the request's transaction when one is already open (an
 * idempotent write stores its response in the same transaction as the change it made).
 */
export async function transaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx, inTransaction: true }));
}

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new Error('route declared auth but no actor is present');
  return ctx.actor;
}
