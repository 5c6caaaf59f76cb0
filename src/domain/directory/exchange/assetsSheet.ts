import {
  ASSET_CLASS_TERMS,
  ASSET_KIND_TERMS,
  ASSET_STATUS_TERMS,
} from '../../economy/vocabulary.ts';
import { hundredthsOf, plainDate, text } from './cells.ts';
import { optional, optionalTerm, required, requiredTerm, villageColumn } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';

// 三资台账 (issue 13 part 1): a village collective's resources, fixed assets and funds, as a village
// keeps them in Excel today. Area in 亩 and value in 元, two decimals at most (stored as whole
// hundredths and 分).

const columns = {
  regionCode: villageColumn('必填，资产所属村集体的 12 位区划代码'),
  name: required('资产名称', text(80), '东洼承包地', '必填，在本村内唯一'),
  kind: requiredTerm('三资类别', ASSET_KIND_TERMS, '资源'),
  assetClass: requiredTerm('资产种类', ASSET_CLASS_TERMS, '耕地', '（县里按种类设定指导价和期限）'),
  area: optional(
    '面积（亩）',
    hundredthsOf(10_000_000),
    '120.5',
    '不能为负，最多两位小数；资金、设备可不填（按 0）',
  ),
  location: required('坐落位置', text(120), '村东洼地', '必填，四至或坐落'),
  grid: optional('网格/村民小组', text(40), '', '可选，本村已有的网格或村民小组名称'),
  status: optionalTerm('状态', ASSET_STATUS_TERMS, '已发包', '；新资产不填时为闲置'),
  valueFen: optional(
    '账面价值（元）',
    hundredthsOf(1_000_000_000_000),
    '360000.00',
    '不能为负，最多两位小数（到分）；与现值不同时记一次估值',
  ),
  valuedOn: optional('估值日期', plainDate, '2025-12-31', '可选，不填时为导入当天'),
};

/** 三资: keyed by village + name. */
export const assetsSheet = defineSheet('assets', {
  sheetName: '三资',
  columns,
  key: ['regionCode', 'name'],
  notes: [
    '以“所在村 + 资产名称”为准：已有的资产按本表更新；账面价值与现值不同时记一次估值，相同时不记。',
    '只有本村的村干部可以导入本村的三资。',
  ],
});
