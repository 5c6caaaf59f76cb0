import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { afterFailedLogin, isLocked, sessionState } from './sessionRules.ts';

const limits = { idleMinutes: 30, absoluteHours: 12 };
const t0 = new Date('2026-11-22T00:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('sessionState', () => {
  it('expires after 30 idle minutes and after 12 hours in all', () => {
    expect(sessionState({ createdAt: t0, lastSeenAt: t0, endedAt: null }, at(29), limits)).toBe(
      'active',
    );
    expect(sessionState({ createdAt: t0, lastSeenAt: t0, endedAt: null }, at(30), limits)).toBe(
      'idle_expired',
    );
    expect(
      sessionState({ createdAt: t0, lastSeenAt: at(715), endedAt: null }, at(720), limits),
    ).toBe('absolute_expired');
    expect(sessionState({ createdAt: t0, lastSeenAt: t0, endedAt: at(1) }, at(2), limits)).toBe(
      'ended',
    );
  });
});

describe('lockout', () => {
  const rule = { maxFailures: 5, minutes: 15 };
  it('locks on the fifth failure for fifteen minutes', () => {
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 0; i < 4; i++) state = afterFailedLogin(state, t0, rule);
    expect(isLocked(state, t0)).toBe(false);
    state = afterFailedLogin(state, t0, rule);
    expect(isLocked(state, at(14))).toBe(true);
    expect(isLocked(state, at(15))).toBe(false);
    expect(afterFailedLogin(state, at(16), rule)).toEqual({ failedLogins: 1, lockedUntil: null });
  });

  it('is locked exactly when the count of recent failures reaches the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), (n) => {
        let state = { failedLogins: 0, lockedUntil: null as Date | null };
        for (let i = 0; i < n; i++) state = afterFailedLogin(state, t0, rule);
        return isLocked(state, t0) === n >= 5;
      }),
    );
  });
});
