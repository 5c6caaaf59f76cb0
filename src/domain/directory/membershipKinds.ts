import type { VocabularyEntry } from './vocabulary.ts';

export const MEMBERSHIP_KINDS = [
  { code: 'formal', label: { 'zh-CN': '正式党员', 'zh-TW': '正式黨員', en: 'Full member' } },
  {
    code: 'probationary',
    label: { 'zh-CN': '预备党员', 'zh-TW': '預備黨員', en: 'Probationary member' },
  },
] as const satisfies readonly VocabularyEntry[];

export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number]['code'];
