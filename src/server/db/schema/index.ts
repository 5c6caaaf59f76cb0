export * from './regions.ts';
export * from './accounts.ts';
export * from './audit.ts';
export * from './idempotency.ts';
export * from './directory.ts';
export * from './jobs.ts';
export * from './unions.ts';
export * from './cases.ts';
