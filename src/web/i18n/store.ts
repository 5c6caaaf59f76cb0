import { loadAntdLocale } from './antdLocale.ts';
import type { Locale, MessageKey, Messages } from './types.ts';
import { LOCALES } from './types.ts';
import { zhCN } from './zh-CN.ts';

// zh-CN is in the first download; the other dictionaries are fetched when chosen (or at start when
// stored), so a phone does not download three languages to read one.
const loaders: Readonly<Record<Locale, () => Promise<Messages>>> = {
  'zh-CN': async () => zhCN,
  'zh-TW': async () => (await import('./zh-TW.ts')).zhTW,
  en: async () => (await import('./en.ts')).en,
};
const loaded: Partial<Record<Locale, Messages>> = { 'zh-CN': zhCN };

/** Fetches a locale's dictionary and antd's strings for it; resolves at once when loaded. */
export async function loadLocale(locale: Locale): Promise<Messages> {
  const [messages] = await Promise.all([
    loaded[locale] ?? loaders[locale](),
    loadAntdLocale(locale),
  ]);
  loaded[locale] = messages;
  return messages;
}

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

/** Switches once the locale's dictionary has arrived (the page keeps its language meanwhile). */
export async function setLocale(locale: Locale): Promise<void> {
  if (locale === current) return;
  await loadLocale(locale);
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
  // a dictionary not fetched yet reads as zh-CN, never as a bare key
  const template = (loaded[locale] ?? zhCN)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}
