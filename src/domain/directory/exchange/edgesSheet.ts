import { LEVEL_TARGETS, type ResponsibilityLevel } from '../responsibility.ts';
import { integer, regionCode, text, type CellParser } from './cells.ts';
import { idNumberColumn, optional, required, requiredTerm } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';
import { TARGET_KINDS } from './targetKinds.ts';

const level: CellParser<ResponsibilityLevel> = (raw, context) => {
  const n = integer(1, 5)(raw, context);
  return n.ok ? { ok: true, value: n.value as ResponsibilityLevel } : n;
};

const columns = {
  level: required(
    '层级',
    level,
    '4',
    '必填，1–5：1 党委委员包村/街道/企业，2 支部委员包班组，3 党小组长包党员，4 党员包户，5 户主包家庭成员',
  ),
  responsible: idNumberColumn('责任人身份证号', '必填，责任人须已登记'),
  targetKind: requiredTerm('对象类型', TARGET_KINDS, '户'),
  target: required(
    '联系对象',
    text(80),
    '110101199003070013',
    '村填区划代码；街道服务站填名称；企业填单位名称；班组填党小组名称；党员、家庭成员填身份证号；户填户主身份证号',
  ),
  regionCode: required(
    '所在区划代码',
    regionCode(),
    '410599101201',
    '必填，这条联包关系所属的村（包村的 1 级关系填乡镇）',
  ),
  within: optional(
    '所属上级对象',
    text(80),
    '',
    '2 级填所属的村（区划代码）、街道服务站或企业名称；3 级填所属班组（党小组）名称；5 级填户主身份证号',
  ),
};

/** 五级联包: keyed by level + responsible person + target. */
export const edgesSheet = defineSheet('edges', {
  sheetName: '五级联包',
  columns,
  key: ['level', 'responsible', 'targetKind', 'target'],
  rowRules(r) {
    const problems = [];
    if (!LEVEL_TARGETS[r.level].includes(r.targetKind)) {
      const allowed = LEVEL_TARGETS[r.level]
        .map((k) => TARGET_KINDS.find((t) => t.code === k)?.label['zh-CN'] ?? k)
        .join('、');
      problems.push({
        zh: `${r.level} 级只能联系：${allowed}`,
        en: `level ${r.level} points at ${LEVEL_TARGETS[r.level].join(' or ')}`,
      });
    }
    const needsWithin = r.level === 2 || r.level === 3 || r.level === 5;
    if (needsWithin && !r.within)
      problems.push({
        zh: `${r.level} 级须填写所属上级对象`,
        en: `level ${r.level} needs the enclosing target`,
      });
    if (!needsWithin && r.within)
      problems.push({
        zh: `${r.level} 级不填所属上级对象`,
        en: `level ${r.level} takes no enclosing target`,
      });
    if (r.target === r.responsible.normalized)
      problems.push({ zh: '责任人不能联系自己', en: 'a person cannot answer for themselves' });
    return problems;
  },
  notes: ['以“层级 + 责任人 + 对象类型 + 联系对象”为准：重复导入不会重复建立联包关系。'],
});
