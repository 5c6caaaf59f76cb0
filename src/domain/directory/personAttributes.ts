import { term, type VocabularyEntry } from './vocabulary.ts';

export const EDUCATION_LEVELS = [
  term('none', '未上学', '未上學', 'No schooling'),
  term('primary', '小学', '小學', 'Primary school'),
  term('juniorHigh', '初中', '初中', 'Junior high school'),
  term('seniorHigh', '高中/中专', '高中/中專', 'Senior high / vocational'),
  term('college', '大专', '大專', 'Junior college'),
  term('bachelor', '本科', '本科', "Bachelor's degree"),
  term('postgraduate', '研究生', '研究生', 'Postgraduate'),
] as const satisfies readonly VocabularyEntry[];

export type EducationLevel = (typeof EDUCATION_LEVELS)[number]['code'];

/** 与户主关系 on the household register. */
export const HOUSEHOLD_RELATIONS = [
  term('head', '户主', '戶主', 'Head of household'),
  term('spouse', '配偶', '配偶', 'Spouse'),
  term('child', '子女', '子女', 'Child'),
  term('parent', '父母', '父母', 'Parent'),
  term('grandchild', '孙子女', '孫子女', 'Grandchild'),
  term('childInLaw', '儿媳/女婿', '兒媳/女婿', 'Child-in-law'),
  term('other', '其他', '其他', 'Other'),
] as const satisfies readonly VocabularyEntry[];

export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS)[number]['code'];
