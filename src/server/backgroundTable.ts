import type { FastifyInstance } from 'fastify';
import { installAuditCheckpoints } from './audit/checkpointScheduler.ts';
import type { Database } from './db/client.ts';
import { loadEvaluationPresets } from './modules/evaluation/presets.ts';
import { backfillObligationStandings } from './modules/obligations/startup.ts';
import { installCaseScheduler } from './modules/cases/scheduler.ts';
import { installInsightFold } from './modules/insights/foldScheduler.ts';
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
  // 数据大屏: new records folded into the roll-ups every few seconds.
  installInsightFold,
  // 审计: the chains' heads, sealed, outside the database (issue 16).
  installAuditCheckpoints,
];

/**
 * Work a module does once at start, after the migrations and before the server listens (presets
 * to load, roll-ups to backfill): the runtime runs each in order and knows no module by name.
 */
export type StartupStep = (database: Database, now: Date) => Promise<void>;

export const STARTUP_WORK: readonly StartupStep[] = [
  // 履职台账: standings for activities recorded before they were kept.
  backfillObligationStandings,
  // 评星: the presets from the source reports, as schemes.
  loadEvaluationPresets,
];
