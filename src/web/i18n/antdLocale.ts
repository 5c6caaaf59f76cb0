import type { Locale as AntdLocale } from 'antd/es/locale';
import zhCN from 'antd/locale/zh_CN';
import type { Locale } from './types.ts';

// antd's own strings (pagination, date pickers, empty states) per app language; zh-CN ships in the
// first download, the others arrive with their dictionary (store.ts `loadLocale`).
const loaders: Readonly<Record<Locale, () => Promise<AntdLocale>>> = {
  'zh-CN': async () => zhCN,
  'zh-TW': async () => (await import('antd/locale/zh_TW')).default,
  en: async () => (await import('antd/locale/en_US')).default,
};
const loaded: Partial<Record<Locale, AntdLocale>> = { 'zh-CN': zhCN };

export async function loadAntdLocale(locale: Locale): Promise<void> {
  loaded[locale] ??= await loaders[locale]();
}

/** antd's strings for a locale already loaded (zh-CN until it is). */
export function antdLocaleOf(locale: Locale): AntdLocale {
  return loaded[locale] ?? zhCN;
}
