import { and, count, eq, gt, min } from 'drizzle-orm';
import { auditEvents } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { positiveIntSetting } from '../../platform/envSetting.ts';

/**
 * The brake on reveal (issue 16 finding 7): a per-user rate, and a daily volume past which a
 * reveal needs the county admin's approval. Both are counted from the audit log, which holds every
 * reveal: the figures come from the records.
 */
export interface RevealSettings {
  /** Reveals one user may make in any minute. */
  perMinute: number;
  /** Reveals in 24 hours after which a further one waits for the county admin. */
  dailyApprovalThreshold: number;
}

export function revealSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RevealSettings {
  const int = (name: string, fallback: number) => positiveIntSetting(env, name, fallback);
  return {
    perMinute: int('REVEAL_PER_MINUTE', 10),
    dailyApprovalThreshold: int('REVEAL_DAILY_APPROVAL_THRESHOLD', 20),
  };
}

export interface RevealVolume {
  lastMinute: number;
  /** When the oldest reveal of the last minute leaves it. */
  minuteFreesAt: Date | null;
  lastDay: number;
}

async function since(ctx: Ctx, actorId: string, from: Date) {
  const [row] = await ctx.db
    .select({ n: count(), oldest: min(auditEvents.occurredAt) })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorId, actorId),
        eq(auditEvents.action, 'privacy.reveal'),
        gt(auditEvents.occurredAt, from),
      ),
    );
  return { n: row?.n ?? 0, oldest: row?.oldest ?? null };
}

/** How many values this user revealed in the last minute and the last 24 hours. */
export async function revealVolume(ctx: Ctx, actorId: string, now: Date): Promise<RevealVolume> {
  const minute = await since(ctx, actorId, new Date(now.getTime() - 60_000));
  const day = await since(ctx, actorId, new Date(now.getTime() - 24 * 3_600_000));
  return {
    lastMinute: minute.n,
    minuteFreesAt: minute.oldest ? new Date(new Date(minute.oldest).getTime() + 60_000) : null,
    lastDay: day.n,
  };
}
