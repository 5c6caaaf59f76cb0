import type { Locale as AntdLocale } from 'antd/es/locale';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale } from './types.ts';

// antd's own strings (pagination, date pickers, empty states) per app language; zh-CN ships in the
// first download, the others arrive with their dictionary (store.ts `loadLocale`).
const loaders: Readonly<Record<Locale, () => Promise<AntdLocale>>> = {
  'zh-CN': async () => zhCN,
  'zh-TW': async () => {
    await import('dayjs/locale/zh-tw');
    return (await import('antd/locale/zh_TW')).default;
  },
  en: async () => (await import('antd/locale/en_US')).default,
};
const loaded: Partial<Record<Locale, AntdLocale>> = { 'zh-CN': zhCN };

export async function loadAntdLocale(locale: Locale): Promise<void> {
  loaded[locale] ??= await loaders[locale]();
}

// the date pickers' month and weekday names come from dayjs, set to the same language
const DAYJS_LOCALE: Readonly<Record<Locale, string>> = {
  'zh-CN': 'zh-cn',
  'zh-TW': 'zh-tw',
  en: 'en',
};

/** antd's strings for a locale already loaded (zh-CN until it is); dayjs follows along. */
export function antdLocaleOf(locale: Locale): AntdLocale {
  const antd = loaded[locale];
  dayjs.locale(antd ? DAYJS_LOCALE[locale] : 'zh-cn');
  return antd ?? zhCN;
}
