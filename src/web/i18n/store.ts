import { en } from './en.ts';
import type { Locale, MessageKey, Messages } from './types.ts';
import { LOCALES } from './types.ts';
import { zhCN } from './zh-CN.ts';
import { zhTW } from './zh-TW.ts';

export const dictionaries: Readonly<Record<Locale, Messages>> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
};

const STORAGE_KEY = 'lingyan.locale';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // storage can be blocked (private mode, sandboxed frames): fall back to the default
    return DEFAULT_LOCALE;
  }
}

let current: Locale = readStoredLocale();
const listeners = new Set<() => void>();

/** The active locale; the API client reads it for Accept-Language outside React. */
export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // not persisted; the choice still applies to this page
  }
  for (const listener of listeners) listener();
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks a key up in a locale and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}
