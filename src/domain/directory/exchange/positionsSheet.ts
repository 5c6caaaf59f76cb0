import { POSITIONS } from '../positions.ts';
import { plainDate, regionCode, text, yesNo } from './cells.ts';
import { idNumberColumn, optional, required, requiredTerm } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';

const columns = {
  person: idNumberColumn('身份证号', '必填，任职人须已在“人员”中登记'),
  code: requiredTerm('职务', POSITIONS, '书记'),
  regionCode: required('任职区划代码', regionCode(), '410599101201', '必填'),
  orgName: optional(
    '党组织名称',
    text(80),
    '振兴村党支部',
    '书记、委员、党小组长等组织职务必填：本区划内的党组织名称',
  ),
  gridName: optional(
    '网格名称',
    text(60),
    '',
    '网格员、包街干部、小区书记必填：本村的网格/街道服务站/小区名称',
  ),
  dispatchingUnit: optional('派出单位', text(80), '', '第一书记、驻村工作队员必填：派出单位名称'),
  termEndDate: optional('任期截止', plainDate, '', '派驻任期的计划截止日期'),
  startDate: required('任职日期', plainDate, '2021-01-05', '必填，YYYY-MM-DD'),
  endDate: optional('离任日期', plainDate, '', '离任时填写；历史任职保留不删'),
  goldMediator: optional('金牌调解员', yesNo, '', '调解员可填“是”'),
};

/** 职务: keyed by person + position + region + start date (a later term is another row). */
export const positionsSheet = defineSheet('positions', {
  sheetName: '职务',
  columns,
  key: ['person', 'code', 'regionCode', 'startDate'],
  rowRules(r) {
    const entry = POSITIONS.find((p) => p.code === r.code);
    const problems = [];
    if (r.endDate !== null && r.endDate < r.startDate)
      problems.push({ zh: '离任日期早于任职日期', en: 'end date before the start date' });
    // What the position must name and the row leaves blank: the column, and it in English.
    const blanks: [boolean, string, string][] = [
      [entry?.scope === 'org' && !r.orgName, '党组织名称', 'the organization’s name'],
      [entry?.scope === 'grid' && !r.gridName, '网格名称', 'the grid’s name'],
      [!!entry?.dispatched && !r.dispatchingUnit, '派出单位', 'the dispatching unit'],
    ];
    for (const [blank, column, what] of blanks)
      if (entry && blank)
        problems.push({
          zh: `${entry.label['zh-CN']}须填写${column}`,
          en: `${r.code} needs ${what}`,
        });
    if (r.goldMediator && r.code !== 'mediator')
      problems.push({
        zh: '只有调解员可标为金牌调解员',
        en: 'only a mediator can be a gold mediator',
      });
    return problems;
  },
  notes: [
    '以“身份证号 + 职务 + 任职区划代码 + 任职日期”为准：已有的任职按本表更新（如填写离任日期）。',
  ],
});
