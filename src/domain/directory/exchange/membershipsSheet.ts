import { MEMBERSHIP_KINDS } from '../membershipKinds.ts';
import { plainDate, regionCode, text, vocabulary } from './cells.ts';
import { idNumberColumn, optional, required } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';

const columns = {
  person: idNumberColumn('身份证号', '必填，党员须已在“人员”中登记'),
  orgRegionCode: required('党组织所在区划代码', regionCode(), '410599101201', '必填'),
  orgName: required('党组织名称', text(80), '振兴村党支部', '必填，党组织须已存在'),
  kind: required('党员类别', vocabulary(MEMBERSHIP_KINDS), '正式党员', '正式党员或预备党员'),
  joinDate: required('入党日期', plainDate, '1998-07-01', '必填，YYYY-MM-DD 或 Excel 日期'),
  groupName: optional('党小组', text(80), '', '可选，本党组织下党小组的名称'),
};

/** 党员: one membership per person, keyed by the ID number. */
export const membershipsSheet = defineSheet('memberships', {
  sheetName: '党员',
  columns,
  key: ['person'],
  rowRules: (r) =>
    r.joinDate < r.person.birthDate
      ? [{ zh: '入党日期早于出生日期', en: 'join date before the birth date' }]
      : [],
  notes: ['每人一条组织关系，以身份证号为准：已有的组织关系按本表更新（如转接到另一个支部）。'],
});
