import { and, eq, sql } from 'drizzle-orm';
import { canonicalJson, sm3Hex } from '../crypto/sm3.ts';
import { idempotencyKeys } from '../db/schema/index.ts';
import { inOpenTransaction, type Ctx } from './context.ts';
import { AppError } from './errors.ts';

export interface StoredResponse {
  status: number;
  body: unknown;
  replayed: boolean;
}

// Requests of this process holding a key right now: the fast answer to a concurrent duplicate.
const inFlight = new Set<string>();

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * Runs a write under an Idempotency-Key, scoped per account: the same key and body replays the
 * stored response, another body is 422, a concurrent duplicate is 409. The stored response is
 * written in the same transaction as the change, so a crash can never keep one without the other.
 */
export async function runIdempotent(
  ctx: Ctx,
  key: string,
  request: { method: string; path: string; body: unknown },
  run: (tx: Ctx) => Promise<{ status: number; body: unknown }>,
): Promise<StoredResponse> {
  if (!KEY_PATTERN.test(key))
    throw new AppError(
      'VALIDATION',
      {
        zh: 'Idempotency-Key 格式不正确（1–200 个可见 ASCII 字符）',
        en: 'Idempotency-Key must be 1–200 visible ASCII characters',
      },
      { issues: [{ path: 'headers.idempotency-key', message: 'invalid' }] },
    );
  const accountId = ctx.actor?.accountId;
  if (!accountId) throw new Error('idempotent writes need an actor');
  const bodyHash = sm3Hex(
    canonicalJson({ method: request.method, path: request.path, body: request.body ?? null }),
  );
  const slot = `${accountId}:${key}`;
  if (inFlight.has(slot)) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
  inFlight.add(slot);
  try {
    return await ctx.db.transaction((db) =>
      inOpenTransaction(ctx, db, async (tx) => {
        if (ctx.dbKind === 'postgres') {
          // Another server process may hold the same key: do not wait for it, say so.
          const lock = (await db.execute(
            sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${slot}, 0)) AS got`,
          )) as unknown as { rows: { got: boolean }[] };
          const got = lock.rows[0]?.got;
          if (!got) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
        }
        const [stored] = await db
          .select()
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key)));
        if (stored) {
          if (stored.bodyHash !== bodyHash) throw new AppError('IDEMPOTENCY_MISMATCH');
          return { status: stored.status, body: stored.response ?? undefined, replayed: true };
        }
        const result = await run(tx);
        await db.insert(idempotencyKeys).values({
          accountId,
          key,
          method: request.method,
          path: request.path,
          bodyHash,
          status: result.status,
          response:
            result.body === undefined ? null : (JSON.parse(JSON.stringify(result.body)) as unknown),
          createdAt: ctx.clock(),
        });
        return { ...result, replayed: false };
      }),
    );
  } finally {
    inFlight.delete(slot);
  }
}
