/** Session lifetime (等保2.0): idle timeout and absolute lifetime, both configurable. */
export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
}

export type SessionState = 'active' | 'ended' | 'idle_expired' | 'absolute_expired';

export function sessionState(
  s: SessionTimes,
  now: Date,
  limits: { idleMinutes: number; absoluteHours: number },
): SessionState {
  if (s.endedAt) return 'ended';
  if (now.getTime() - s.createdAt.getTime() >= limits.absoluteHours * 3_600_000)
    return 'absolute_expired';
  if (now.getTime() - s.lastSeenAt.getTime() >= limits.idleMinutes * 60_000) return 'idle_expired';
  return 'active';
}

/** Lockout after N consecutive failures for M minutes; a success resets the count. */
export interface LoginFailureState {
  failedLogins: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LoginFailureState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailedLogin(
  state: LoginFailureState,
  now: Date,
  rule: { maxFailures: number; minutes: number },
): LoginFailureState {
  // A lock that has run out starts a fresh count.
  const base =
    state.lockedUntil && state.lockedUntil.getTime() <= now.getTime() ? 0 : state.failedLogins;
  const failedLogins = base + 1;
  if (failedLogins >= rule.maxFailures)
    return { failedLogins, lockedUntil: new Date(now.getTime() + rule.minutes * 60_000) };
  return { failedLogins, lockedUntil: null };
}
