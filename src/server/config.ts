import path from 'node:path';

export interface SessionConfig {
  idleMinutes: number;
  absoluteHours: number;
}

export interface AppConfig {
  host: string;
  port: number;
  dataDir: string;
  /** postgres://… switches from embedded PGlite to node-postgres. */
  databaseUrl: string | undefined;
  /**
   * postgres://… of a streaming replica of DATABASE_URL: dashboards, exports and reports read
   * there (routes with `reads: 'replica'`); ignored on the embedded database.
   */
  databaseReplicaUrl: string | undefined;
  session: SessionConfig;
  lockout: { maxFailures: number; minutes: number };
  password: { minLength: number; requireClasses: number };
  bodyLimitBytes: number;
  /** Cookies get `Secure` when served over HTTPS (behind a proxy); off for 127.0.0.1. */
  secureCookies: boolean;
  logLevel: string;
  version: string;
  /** Cases: seconds between overdue sweeps; optional webhook for case notifications. */
  caseSweepSeconds: number;
  caseWebhookUrl?: string | undefined;
  caseWebhookSecret?: string | undefined;
  /**
   * Check every answer against its route's response schema and answer 500 when it does not match
   * (`CHECK_RESPONSES=1`; on in the test apps, so a response that drifts from its contract fails
   * the suite).
   */
  checkResponses: boolean;
  /**
   * The demo seed adopts the union planner's proposal for the demo township as live unions
   * (`LINGYAN_DEMO_UNIONS=off` leaves them out: a test of the generated directory alone, or one
   * that adopts the whole county's plan itself).
   */
  demoUnions: boolean;
  /** Checkpoints of the audit chains' heads, outside the database (audit/checkpoints.ts). */
  auditCheckpoints: AuditCheckpointConfig;
}

export interface AuditCheckpointConfig {
  /** A file outside DATA_DIR (default: beside it, `<DATA_DIR>.audit-checkpoints.jsonl`); null: none. */
  file: string | null;
  /** A URL each checkpoint is also POSTed to (a log collector, an object store's gateway). */
  url: string | undefined;
  minutes: number;
}

const isInside = (file: string, dir: string): boolean => {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * `LINGYAN_AUDIT_CHECKPOINT_FILE` (or `off`), `LINGYAN_AUDIT_CHECKPOINT_URL`,
 * `LINGYAN_AUDIT_CHECKPOINT_MINUTES`. A file inside DATA_DIR is refused: a copy of the data would
 * carry the record that is meant to check it.
 */
function auditCheckpointsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): AuditCheckpointConfig {
  const named = env.LINGYAN_AUDIT_CHECKPOINT_FILE;
  const file = named === 'off' ? null : path.resolve(named || `${dataDir}.audit-checkpoints.jsonl`);
  if (file && isInside(file, dataDir))
    throw new Error(
      `LINGYAN_AUDIT_CHECKPOINT_FILE (${file}) lies inside DATA_DIR: keep the checkpoints apart from the data they check`,
    );
  return {
    file,
    url: env.LINGYAN_AUDIT_CHECKPOINT_URL || undefined,
    minutes: intFromEnv(env, 'LINGYAN_AUDIT_CHECKPOINT_MINUTES', 10),
  };
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export const VERSION = '0.1.0';

/** Reads the configuration from the environment (README "配置 / Configuration" lists every name). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = path.resolve(env.DATA_DIR || './data');
  return {
    host: env.HOST || '127.0.0.1',
    port: intFromEnv(env, 'PORT', 3000),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReplicaUrl: env.DATABASE_REPLICA_URL || undefined,
    session: {
      idleMinutes: intFromEnv(env, 'SESSION_IDLE_MINUTES', 30),
      absoluteHours: intFromEnv(env, 'SESSION_ABSOLUTE_HOURS', 12),
    },
    lockout: {
      maxFailures: intFromEnv(env, 'LOGIN_MAX_FAILURES', 5),
      minutes: intFromEnv(env, 'LOGIN_LOCKOUT_MINUTES', 15),
    },
    password: {
      minLength: intFromEnv(env, 'PASSWORD_MIN_LENGTH', 8),
      requireClasses: intFromEnv(env, 'PASSWORD_REQUIRE_CLASSES', 1),
    },
    bodyLimitBytes: intFromEnv(env, 'BODY_LIMIT_BYTES', 1024 * 1024),
    secureCookies: env.SECURE_COOKIES === '1',
    logLevel: env.LOG_LEVEL || 'info',
    version: VERSION,
    caseSweepSeconds: intFromEnv(env, 'CASE_SWEEP_SECONDS', 60),
    caseWebhookUrl: env.CASE_WEBHOOK_URL || undefined,
    caseWebhookSecret: env.CASE_WEBHOOK_SECRET || undefined,
    checkResponses: env.CHECK_RESPONSES === '1',
    demoUnions: env.LINGYAN_DEMO_UNIONS !== 'off',
    auditCheckpoints: auditCheckpointsFromEnv(env, dataDir),
  };
}
