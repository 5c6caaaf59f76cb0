import type { zhCN } from './zh-CN.ts';

export type MessageKey = keyof typeof zhCN;
/** A complete dictionary: every key zh-CN defines, no more, no less. */
export type Messages = { readonly [K in MessageKey]: string };

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
