import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import { isReplicaError, type ReadReplica } from '../db/readReplica.ts';
import type { Ctx } from './context.ts';

/**
 * Runs a route that declares `reads: 'replica'` (dashboards, exports, reports): on the replica
 * unless it is down or the caller's own writes have not been replayed there yet; a read the replica
 * fails is run again on the primary with a log line, so a replica going away is never a 500. The
 * session was resolved on the primary before (buildCtx): logging in, out or being locked out takes
 * effect at once.
 */
export async function onReplica<T>(
  replica: ReadReplica,
  ctx: Ctx,
  log: FastifyBaseLogger,
  reply: FastifyReply,
  run: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  const choice = await replica.choose(ctx.actor?.accountId ?? null);
  if (choice.on === 'primary') {
    log.debug({ readFrom: 'primary', reason: choice.reason }, 'replica read on the primary');
    return run(ctx);
  }
  try {
    return await run({ ...ctx, db: choice.db });
  } catch (error) {
    if (reply.sent || !isReplicaError(error) || !replica.failed(error)) throw error;
    log.warn(
      { readFrom: 'primary', err: error },
      'read replica failed this read; answering from the primary',
    );
    return run(ctx);
  }
}

/** After an account's write committed: its replica reads wait until the replica has it. */
export async function noteOwnWrite(
  replica: ReadReplica,
  accountId: string,
  log: { warn(message: string): void },
): Promise<void> {
  try {
    await replica.noteWrite(accountId);
  } catch (error) {
    // The write is committed; only its immediate visibility on replica reads is in doubt.
    log.warn(`could not note the WAL position of a write: ${(error as Error).message}`);
  }
}
