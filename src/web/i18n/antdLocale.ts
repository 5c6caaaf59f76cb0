import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import type { Locale } from './types.ts';

export const antdLocales: Readonly<Record<Locale, AntdLocale>> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en: enUS,
};
