import type { ResponsibilityTargetKind } from '../responsibility.ts';
import type { VocabularyEntry } from '../vocabulary.ts';

/** What a 五级联包 edge points at, as the edge sheet names it. */
export const TARGET_KINDS: readonly VocabularyEntry<ResponsibilityTargetKind>[] = [
  { code: 'village', label: { 'zh-CN': '村', 'zh-TW': '村', en: 'Village' } },
  { code: 'street', label: { 'zh-CN': '街道服务站', 'zh-TW': '街道服務站', en: 'Street station' } },
  { code: 'enterprise', label: { 'zh-CN': '企业', 'zh-TW': '企業', en: 'Enterprise' } },
  { code: 'team', label: { 'zh-CN': '班组', 'zh-TW': '班組', en: 'Team' } },
  { code: 'partyMember', label: { 'zh-CN': '党员', 'zh-TW': '黨員', en: 'Party member' } },
  { code: 'household', label: { 'zh-CN': '户', 'zh-TW': '戶', en: 'Household' } },
  {
    code: 'familyMember',
    label: { 'zh-CN': '家庭成员', 'zh-TW': '家庭成員', en: 'Family member' },
  },
];
