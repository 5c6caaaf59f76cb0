import type { FastifyInstance } from 'fastify';
import { contextOf, type Ctx } from '../../platform/context.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { installPeriodic } from '../../platform/periodic.ts';
import { deliverPending, WebhookChannel, type NotificationChannel } from './notify.ts';
import { sweepCases } from './sweep.ts';

/** The configured outbound channels: a webhook when CASE_WEBHOOK_URL is set (SMS has no sender). */
export function configuredChannels(deps: AppDeps): NotificationChannel[] {
  const url = deps.config.caseWebhookUrl;
  return url ? [new WebhookChannel(url, deps.config.caseWebhookSecret ?? null)] : [];
}

/**
 * Overdue detection in the server process: once when the server is ready (so a restart never
 * skips a case) and then every `caseSweepSeconds`. One run at a time; errors are logged, the next
 * tick tries again.
 */
export function installCaseScheduler(app: FastifyInstance, deps: AppDeps): void {
  const ctx = (): Ctx => contextOf(deps, 'system:case-sweep');
  const channels = configuredChannels(deps);
  installPeriodic(app, {
    name: 'case sweep',
    everyMs: deps.config.caseSweepSeconds * 1000,
    atReady: true,
    background: true,
    work: async () => {
      const result = await sweepCases(ctx());
      if (result.escalated + result.autoConfirmed + result.overdueAtTop > 0)
        app.log.info({ result }, 'case sweep');
      // A case the sweep could not handle is named here and tried again on the next tick.
      if (result.failed.length > 0)
        app.log.error({ failed: result.failed }, 'case sweep set cases aside');
      // Batches of 200 until the outbox is empty or a channel fails (then the next tick retries).
      if (channels.length > 0)
        while ((await deliverPending(ctx(), channels, 200)).delivered === 200);
    },
  });
}
