import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import { installPeriodic } from '../../platform/periodic.ts';
import { foldInsightChanges } from './fold.ts';

// Seconds between folds: a day's new records reach the dashboards within this (issue 12).
const FOLD_SECONDS = 5;

/** Folds the audit log's new rows into the roll-ups while the server runs, one fold at a time. */
export function installInsightFold(app: FastifyInstance, deps: AppDeps): void {
  installPeriodic(app, {
    name: 'insights fold',
    everyMs: FOLD_SECONDS * 1000,
    background: true,
    work: async () => void (await foldInsightChanges(deps.database.db)),
  });
}
