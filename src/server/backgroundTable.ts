import type { FastifyInstance } from 'fastify';
import { installCaseScheduler } from './modules/cases/scheduler.ts';
import type { AppDeps } from './platform/deps.ts';

/**
 * Work a module runs on its own while the server is up (timers, sweeps, outboxes), as the route
 * table lists routes: the app starts each with its deps and knows no module by name. An installer
 * stops its work in the app's onClose hook.
 */
export type BackgroundInstaller = (app: FastifyInstance, deps: AppDeps) => void;

export const BACKGROUND_WORK: readonly BackgroundInstaller[] = [
  // 事项: overdue escalation, auto-confirmation and the notification outbox.
  installCaseScheduler,
];
