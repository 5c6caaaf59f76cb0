import { EDUCATION_LEVELS, HOUSEHOLD_RELATIONS } from '../personAttributes.ts';
import { PERSON_TAGS } from '../tags.ts';
import { idNumber, mobile, regionCode, text } from './cells.ts';
import { idNumberColumn, optional, optionalTerm, optionalTerms, required } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';

const columns = {
  name: required('姓名', text(40), '张三', '必填，最多 40 字'),
  idNumber: idNumberColumn(
    '身份证号',
    '必填，18 位（旧 15 位号码可导入并标记）；请把该列设为“文本”，否则 Excel 会丢掉末几位。性别、出生日期由身份证号得出',
  ),
  phone: optional('手机号', mobile, '13800138000', '11 位手机号，可带 +86'),
  regionCode: required(
    '所在村（区划代码）',
    regionCode(),
    '410599101201',
    '必填，居住地的 12 位统计用区划代码（村/社区；机关干部可填乡镇或县）',
  ),
  education: optionalTerm('文化程度', EDUCATION_LEVELS, '初中'),
  tags: optionalTerms('标签', PERSON_TAGS, '退役军人、致富能手'),
  householdHead: optional(
    '户主身份证号',
    idNumber,
    '',
    '所属户的户主身份证号（该户须已登记，见“户”模板）；本人是户主时填本人身份证号',
  ),
  relationToHead: optionalTerm('与户主关系', HOUSEHOLD_RELATIONS, ''),
};

/** 人员: one row per person, keyed by the ID number. */
export const personsSheet = defineSheet('persons', {
  sheetName: '人员',
  columns,
  key: ['idNumber'],
  rowRules(r) {
    const problems = [];
    if (r.relationToHead && !r.householdHead)
      problems.push({
        zh: '填写了与户主关系，但未填户主身份证号',
        en: 'relation to the head given without the head’s ID number',
      });
    const isHead = r.householdHead?.normalized === r.idNumber.normalized;
    if (isHead && r.relationToHead && r.relationToHead !== 'head')
      problems.push({
        zh: '户主本人的与户主关系应为“户主”',
        en: 'the head’s own relation must be 户主 (head)',
      });
    if (!isHead && r.relationToHead === 'head')
      problems.push({
        zh: '与户主关系为“户主”时，户主身份证号应为本人身份证号',
        en: 'relation 户主 (head) needs the person’s own ID number as the head’s',
      });
    return problems;
  },
  notes: [
    '以身份证号为准：已登记的人员按本表更新，未登记的新增；同一文件中身份证号不能重复。',
    '手机号、身份证号加密保存；导出时脱敏显示。',
  ],
});
