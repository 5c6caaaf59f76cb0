import { CAPABILITY_TAGS, UNIT_KINDS } from '../unitKinds.ts';
import { regionCode, text, vocabulary, vocabularyList, zhLabels } from './cells.ts';
import { defineSheet, optional, required, type RecordOf } from './sheetDefinition.ts';

const columns = {
  name: required('单位名称', text(80), '县农业农村局', '必填，在本县内唯一'),
  kind: required('单位类型', vocabulary(UNIT_KINDS), '机关单位', `可选：${zhLabels(UNIT_KINDS)}`),
  regionCode: required(
    '所在区划代码',
    regionCode(),
    '410599000000',
    '必填，单位所在的县、乡镇或村的区划代码',
  ),
  capabilities: optional(
    '能力标签',
    vocabularyList(CAPABILITY_TAGS),
    '农业技术、金融服务',
    `多个用顿号分隔，可选：${zhLabels(CAPABILITY_TAGS)}`,
  ),
};

export type UnitSheetRow = RecordOf<typeof columns>;

/** 单位: keyed by name within the county. */
export const unitsSheet = defineSheet({
  entity: 'units',
  sheetName: '单位',
  columns,
  keyHeaders: ['单位名称'],
  naturalKey: (r) => r.name,
  notes: ['以单位名称为准（同一县内）：已有的单位按本表更新。'],
});
