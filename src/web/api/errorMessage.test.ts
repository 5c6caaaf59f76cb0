import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, translate } from '../i18n/store.ts';
import type { Locale } from '../i18n/types.ts';
import type { Translate } from '../i18n/useI18n.ts';
import { ApiError } from './client.ts';
import { describeError } from './errorMessage.ts';

const tr =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(locale, key, params);
const NOW = Date.parse('2026-03-01T02:00:00Z'); // 10:00 in Asia/Shanghai

// the app fetches zh-TW and English when chosen; these tests read all three
beforeAll(async () => {
  await Promise.all([loadLocale('zh-TW'), loadLocale('en')]);
});

describe('describeError', () => {
  it('states that the account is locked, until when and for how long', () => {
    const locked = new ApiError(423, 'ACCOUNT_LOCKED', 'locked', {
      lockedUntil: '2026-03-01T02:15:00Z',
      minutes: 15,
    });
    expect(describeError(locked, tr('zh-CN'), 'zh-CN', NOW)).toBe(
      '账号已锁定：连续多次密码错误。将于 10:15 自动解锁（约 15 分钟后）',
    );
    expect(describeError(locked, tr('en'), 'en', NOW + 10 * 60_000)).toContain(
      'in about 5 minutes',
    );
  });

  it('falls back to the lock length when the server gives no end time', () => {
    const locked = new ApiError(423, 'ACCOUNT_LOCKED', 'locked', { minutes: 30 });
    expect(describeError(locked, tr('zh-TW'), 'zh-TW', NOW)).toBe(
      '帳號已鎖定：連續多次密碼錯誤，請 30 分鐘後再試',
    );
  });

  it('counts the attempts left after a wrong password', () => {
    const wrong = new ApiError(401, 'INVALID_CREDENTIALS', 'bad', { remainingAttempts: 2 });
    expect(describeError(wrong, tr('zh-CN'), 'zh-CN', NOW)).toBe(
      '用户名或密码错误。还可尝试 2 次，之后账号将被锁定',
    );
    expect(
      describeError(new ApiError(401, 'INVALID_CREDENTIALS', 'bad'), tr('zh-CN'), 'zh-CN'),
    ).toBe('用户名或密码错误');
  });

  it('says how long to wait when the login is throttled', () => {
    const throttled = new ApiError(429, 'RATE_LIMITED', 'slow down', { retryAfterSeconds: 60 });
    expect(describeError(throttled, tr('zh-CN'), 'zh-CN', NOW)).toBe(
      '尝试过于频繁，请 60 秒后再试',
    );
    expect(describeError(throttled, tr('en'), 'en', NOW)).toBe(
      'Too many attempts; try again in 60 seconds',
    );
  });

  it('names the first invalid field of a validation error', () => {
    const invalid = new ApiError(400, 'VALIDATION', 'bad', {
      issues: [{ path: 'body.phone', message: 'a mobile number has 11 digits' }],
    });
    expect(describeError(invalid, tr('en'), 'en')).toBe(
      'Invalid input: a mobile number has 11 digits',
    );
  });

  it('translates other codes, and keeps the server text for codes this build does not know', () => {
    expect(describeError(new ApiError(403, 'FORBIDDEN', 'x'), tr('zh-CN'), 'zh-CN')).toBe(
      '没有执行此操作的权限',
    );
    expect(describeError(new ApiError(418, 'TEAPOT', '我是茶壶'), tr('zh-CN'), 'zh-CN')).toBe(
      '我是茶壶',
    );
    expect(describeError(new Error('boom'), tr('en'), 'en')).toBe('Something went wrong');
  });
});
