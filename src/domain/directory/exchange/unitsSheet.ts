import { CAPABILITY_TAGS, UNIT_KINDS } from '../unitKinds.ts';
import { regionCode, text } from './cells.ts';
import { optionalTerms, required, requiredTerm } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';

const columns = {
  name: required('单位名称', text(80), '县农业农村局', '必填，在本县内唯一'),
  kind: requiredTerm('单位类型', UNIT_KINDS, '机关单位'),
  regionCode: required(
    '所在区划代码',
    regionCode(),
    '410599000000',
    '必填，单位所在的县、乡镇或村的区划代码',
  ),
  capabilities: optionalTerms('能力标签', CAPABILITY_TAGS, '农业技术、金融服务'),
};

/** 单位: keyed by name within the county. */
export const unitsSheet = defineSheet('units', {
  sheetName: '单位',
  columns,
  key: ['name'],
  notes: ['以单位名称为准（同一县内）：已有的单位按本表更新。'],
});
