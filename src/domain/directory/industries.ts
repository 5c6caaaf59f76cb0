import type { VocabularyEntry } from './vocabulary.ts';

/** A village's main industries, used by the union planner for "similar industry" and by dashboards. */
export const INDUSTRIES = [
  { code: 'apple', label: { 'zh-CN': '苹果', 'zh-TW': '蘋果', en: 'Apples' } },
  { code: 'grape', label: { 'zh-CN': '葡萄', 'zh-TW': '葡萄', en: 'Grapes' } },
  { code: 'grain', label: { 'zh-CN': '粮食', 'zh-TW': '糧食', en: 'Grain' } },
  {
    code: 'medicinalHerbs',
    label: { 'zh-CN': '中药材', 'zh-TW': '中藥材', en: 'Medicinal herbs' },
  },
  { code: 'vegetables', label: { 'zh-CN': '蔬菜', 'zh-TW': '蔬菜', en: 'Vegetables' } },
  { code: 'tourism', label: { 'zh-CN': '乡村旅游', 'zh-TW': '鄉村旅遊', en: 'Rural tourism' } },
  { code: 'livestock', label: { 'zh-CN': '畜牧养殖', 'zh-TW': '畜牧養殖', en: 'Livestock' } },
] as const satisfies readonly VocabularyEntry[];

export type Industry = (typeof INDUSTRIES)[number]['code'];
