import { term, type VocabularyEntry } from './vocabulary.ts';

/** A village's main industries, used by the union planner for "similar industry" and by dashboards. */
export const INDUSTRIES = [
  term('apple', '苹果', '蘋果', 'Apples'),
  term('grape', '葡萄', '葡萄', 'Grapes'),
  term('grain', '粮食', '糧食', 'Grain'),
  term('medicinalHerbs', '中药材', '中藥材', 'Medicinal herbs'),
  term('vegetables', '蔬菜', '蔬菜', 'Vegetables'),
  term('tourism', '乡村旅游', '鄉村旅遊', 'Rural tourism'),
  term('livestock', '畜牧养殖', '畜牧養殖', 'Livestock'),
] as const satisfies readonly VocabularyEntry[];

export type Industry = (typeof INDUSTRIES)[number]['code'];
