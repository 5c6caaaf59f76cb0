import type { VocabularyEntry } from './vocabulary.ts';

export const EDUCATION_LEVELS = [
  { code: 'none', label: { 'zh-CN': '未上学', 'zh-TW': '未上學', en: 'No schooling' } },
  { code: 'primary', label: { 'zh-CN': '小学', 'zh-TW': '小學', en: 'Primary school' } },
  { code: 'juniorHigh', label: { 'zh-CN': '初中', 'zh-TW': '初中', en: 'Junior high school' } },
  {
    code: 'seniorHigh',
    label: { 'zh-CN': '高中/中专', 'zh-TW': '高中/中專', en: 'Senior high / vocational' },
  },
  { code: 'college', label: { 'zh-CN': '大专', 'zh-TW': '大專', en: 'Junior college' } },
  { code: 'bachelor', label: { 'zh-CN': '本科', 'zh-TW': '本科', en: "Bachelor's degree" } },
  { code: 'postgraduate', label: { 'zh-CN': '研究生', 'zh-TW': '研究生', en: 'Postgraduate' } },
] as const satisfies readonly VocabularyEntry[];

export type EducationLevel = (typeof EDUCATION_LEVELS)[number]['code'];

/** 与户主关系 on the household register. */
export const HOUSEHOLD_RELATIONS = [
  { code: 'head', label: { 'zh-CN': '户主', 'zh-TW': '戶主', en: 'Head of household' } },
  { code: 'spouse', label: { 'zh-CN': '配偶', 'zh-TW': '配偶', en: 'Spouse' } },
  { code: 'child', label: { 'zh-CN': '子女', 'zh-TW': '子女', en: 'Child' } },
  { code: 'parent', label: { 'zh-CN': '父母', 'zh-TW': '父母', en: 'Parent' } },
  { code: 'grandchild', label: { 'zh-CN': '孙子女', 'zh-TW': '孫子女', en: 'Grandchild' } },
  { code: 'childInLaw', label: { 'zh-CN': '儿媳/女婿', 'zh-TW': '兒媳/女婿', en: 'Child-in-law' } },
  { code: 'other', label: { 'zh-CN': '其他', 'zh-TW': '其他', en: 'Other' } },
] as const satisfies readonly VocabularyEntry[];

export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS)[number]['code'];
