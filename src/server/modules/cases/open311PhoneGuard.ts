import { positiveIntSetting } from '../../platform/envSetting.ts';

/**
 * An errand names its resident by the phone the directory holds, so an Open311 client could try
 * numbers one after another to learn who is registered. Each API key may miss (a phone that
 * matches no single resident) a few times an hour; past that, its errands answer 429 until the
 * oldest miss leaves the window. Reports without a phone are not limited. Kept in memory: one
 * process serves a county, and a restart forgetting the misses only resets one hour's budget.
 */
export class PhoneProbeGuard {
  private readonly misses = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 3_600_000,
  ) {}

  /** Seconds until the key may name a phone again, or 0 when it may now. */
  retryAfterSeconds(keyHash: string, now: Date): number {
    const recent = this.recent(keyHash, now.getTime());
    if (recent.length < this.limit) return 0;
    const oldest = recent[recent.length - this.limit] ?? now.getTime();
    return Math.max(1, Math.ceil((oldest + this.windowMs - now.getTime()) / 1000));
  }

  recordMiss(keyHash: string, now: Date): void {
    const recent = this.recent(keyHash, now.getTime());
    recent.push(now.getTime());
    this.misses.set(keyHash, recent);
  }

  private recent(keyHash: string, t: number): number[] {
    return (this.misses.get(keyHash) ?? []).filter((at) => at > t - this.windowMs);
  }
}

// One guard per running app, keyed by the app's configuration object (as the login throttle).
const guards = new WeakMap<object, PhoneProbeGuard>();

export function phoneGuardFor(
  owner: object,
  env: NodeJS.ProcessEnv = process.env,
): PhoneProbeGuard {
  let guard = guards.get(owner);
  if (!guard) {
    guard = new PhoneProbeGuard(positiveIntSetting(env, 'OPEN311_PHONE_MISSES_PER_HOUR', 10));
    guards.set(owner, guard);
  }
  return guard;
}
