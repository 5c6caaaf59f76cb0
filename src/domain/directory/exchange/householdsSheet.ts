import { HOUSEHOLD_TAGS } from '../tags.ts';
import { text } from './cells.ts';
import { idNumberColumn, optional, optionalTerms, villageColumn } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';

const columns = {
  head: idNumberColumn('户主身份证号', '必填，户主须已在“人员”中登记，且住在本村'),
  regionCode: villageColumn('必填，村/社区的 12 位区划代码，与户主所在村一致'),
  gridName: optional(
    '网格/村民小组',
    text(60),
    '第1村民小组',
    '可选，须为本村已有的网格、村民小组、街道服务站或小区的名称',
  ),
  tags: optionalTerms('户标签', HOUSEHOLD_TAGS, '脱贫户'),
};

/** 户: a household is named by its head's ID number. */
export const householdsSheet = defineSheet('households', {
  sheetName: '户',
  columns,
  key: ['head'],
  notes: [
    '一户以户主身份证号为准；户主自动记为本户成员（与户主关系“户主”）。',
    '其他家庭成员在“人员”表中填写户主身份证号和与户主关系。',
  ],
});
