import { formatTime } from '../i18n/format.ts';
import { isMessageKey } from '../i18n/store.ts';
import type { Locale } from '../i18n/types.ts';
import type { Translate } from '../i18n/useI18n.ts';
import { ApiError } from './client.ts';

function numberDetail(
  details: Readonly<Record<string, unknown>>,
  name: string,
): number | undefined {
  const value = details[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function firstIssue(details: Readonly<Record<string, unknown>>): string | undefined {
  const issues = details.issues;
  if (!Array.isArray(issues)) return undefined;
  const first: unknown = issues[0];
  if (typeof first !== 'object' || first === null || !('message' in first)) return undefined;
  return typeof first.message === 'string' ? first.message : undefined;
}

function lockedMessage(error: ApiError, t: Translate, locale: Locale, now: number): string {
  const lockedUntil =
    typeof error.details.lockedUntil === 'string' ? error.details.lockedUntil : undefined;
  const until = lockedUntil ? Date.parse(lockedUntil) : Number.NaN;
  if (lockedUntil && !Number.isNaN(until)) {
    const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
    return t('errorDetail.lockedUntil', { time: formatTime(lockedUntil, locale), minutes });
  }
  return t('error.ACCOUNT_LOCKED', { minutes: numberDetail(error.details, 'minutes') ?? 15 });
}

/** A user-facing sentence for any error thrown by the API client, in the current locale. */
export function describeError(
  error: unknown,
  t: Translate,
  locale: Locale,
  now = Date.now(),
): string {
  if (!(error instanceof ApiError)) return t('error.UNKNOWN');
  switch (error.code) {
    case 'ACCOUNT_LOCKED':
      return lockedMessage(error, t, locale, now);
    case 'INVALID_CREDENTIALS': {
      const remaining = numberDetail(error.details, 'remainingAttempts');
      return remaining === undefined
        ? t('error.INVALID_CREDENTIALS')
        : t('errorDetail.invalidCredentials', { n: remaining });
    }
    case 'RATE_LIMITED': {
      const seconds = numberDetail(error.details, 'retryAfterSeconds');
      return seconds === undefined
        ? t('error.RATE_LIMITED')
        : t('errorDetail.retryAfter', { n: seconds });
    }
    case 'VALIDATION': {
      const issue = firstIssue(error.details);
      return issue ? t('errorDetail.validation', { issue }) : t('error.VALIDATION');
    }
  }
  const key = `error.${error.code}`;
  if (isMessageKey(key)) return t(key);
  return error.message || t('error.UNKNOWN');
}
