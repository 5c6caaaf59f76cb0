/**
 * A positive integer setting of a module that keeps its settings beside it (config.ts holds the
 * platform's): the environment's value when it is one, else the fallback.
 */
export function positiveIntSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? '');
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
