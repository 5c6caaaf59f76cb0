import { useCallback, useSyncExternalStore } from 'react';
import { getLocale, setLocale, subscribeLocale, translate } from './store.ts';
import type { MessageParams } from './store.ts';
import type { Locale, MessageKey } from './types.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function useI18n(): {
  locale: Locale;
  t: Translate;
  setLocale: (locale: Locale) => Promise<void>;
} {
  const locale = useSyncExternalStore(subscribeLocale, getLocale, getLocale);
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
  return { locale, t, setLocale };
}
