import { ORG_KINDS, PARTY_ORG_TYPES } from '../orgTypes.ts';
import { regionCode, text, vocabulary } from './cells.ts';
import { optional, required, requiredTerm } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';

const columns = {
  name: required('组织名称', text(80), '振兴村党支部', '必填，在同一区划内唯一'),
  type: requiredTerm('组织类型', PARTY_ORG_TYPES, '党支部'),
  kind: required('组织类别', vocabulary(ORG_KINDS), '农村', '农村、社区或单位'),
  regionCode: required('所在区划代码', regionCode(), '410599101201', '必填'),
  parentRegionCode: optional(
    '上级组织所在区划代码',
    regionCode(),
    '410599101000',
    '有上级组织时填写，与“上级组织名称”一起确定上级组织',
  ),
  parentName: optional(
    '上级组织名称',
    text(80),
    '红旗镇党委',
    '上级组织须已存在，或在本表前面的行中',
  ),
  unitName: optional('所属单位', text(80), '', '机关、企业党组织所在的单位名称（单位须已登记）'),
};

export const orgKey = (regionCode: string, name: string): string => `${regionCode}/${name}`;

/** 党组织: keyed by region code + name. */
export const orgsSheet = defineSheet('orgs', {
  sheetName: '党组织',
  columns,
  key: ['regionCode', 'name'],
  rowRules(r) {
    const problems = [];
    if ((r.parentName === null) !== (r.parentRegionCode === null))
      problems.push({
        zh: '上级组织所在区划代码和上级组织名称须同时填写',
        en: 'the parent’s region code and name go together',
      });
    const type = PARTY_ORG_TYPES.find((t) => t.code === r.type);
    if (type && !(type.allowedKinds as readonly string[]).includes(r.kind))
      problems.push({
        zh: `${type.label['zh-CN']}不能是“${ORG_KINDS.find((k) => k.code === r.kind)?.label['zh-CN'] ?? r.kind}”类别`,
        en: `a ${r.type} cannot be of kind ${r.kind}`,
      });
    if (r.parentRegionCode === r.regionCode && r.parentName === r.name)
      problems.push({ zh: '组织不能是自己的上级', en: 'an organization cannot be its own parent' });
    return problems;
  },
  notes: [
    '以“所在区划代码 + 组织名称”为准：已有的组织按本表更新。',
    '上级组织可以在本人管辖范围之上（如村党支部的上级是镇党委）。',
  ],
});
