import { appendAudit } from '../audit/appendAudit.ts';
import type { Ctx } from '../platform/context.ts';

/**
 * The audit event a step of the demo seed leaves, in its transaction: written by `system`, on the
 * region it seeded, its detail what the step wrote.
 */
export function auditSeedStep(
  tx: Ctx,
  action: `system.seed_demo_${string}`,
  regionCode: string,
  detail: Record<string, unknown>,
): Promise<void> {
  return appendAudit(tx, {
    action,
    actorUsername: 'system',
    objectType: 'system',
    regionCode,
    detail,
  });
}
