import { GRID_KINDS, gridKindProblem } from '../gridKinds.ts';
import { parseRegionCode } from '../../region/regionCode.ts';
import { integer, text } from './cells.ts';
import { optional, required, requiredTerm, villageColumn } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';

const columns = {
  regionCode: villageColumn('必填，网格所在村/社区的 12 位区划代码'),
  name: required('网格名称', text(40), '第1村民小组', '必填，在本村内唯一'),
  kind: requiredTerm(
    '网格类型',
    GRID_KINDS,
    '村民小组',
    '（小区只在社区，村民小组、街道服务站只在村）',
  ),
  seq: optional('序号', integer(1, 9999), '1', '可选，本村内的排列顺序；不填时排在最后'),
};

/** 网格: keyed by village + name. */
export const gridsSheet = defineSheet('grids', {
  sheetName: '网格',
  columns,
  key: ['regionCode', 'name'],
  rowRules(r) {
    const parsed = parseRegionCode(r.regionCode);
    const problem = gridKindProblem(r.kind, parsed.ok ? parsed.info.villageKind : undefined);
    return problem
      ? [
          {
            zh: `网格类型：${GRID_KINDS.find((k) => k.code === r.kind)?.label['zh-CN'] ?? r.kind}不能设在${parsed.ok && parsed.info.villageKind === 'community' ? '社区' : '村'}`,
            en: problem,
          },
        ]
      : [];
  },
  notes: ['以“所在村 + 网格名称”为准：已有的网格按本表更新类型和序号。'],
});
