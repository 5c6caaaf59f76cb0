import { parseIdNumber } from '../idNumber.ts';
import { type CellParser, cellItems, text } from './cells.ts';
import { idNumberColumn, required, villageColumn } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';

const MAX_HOUSEHOLDS = 20;

/** Several ID numbers in one cell (the heads of the N households), as a list cell separates them. */
const idNumberList: CellParser<string[]> = (raw, context) => {
  const out: string[] = [];
  for (const part of cellItems(raw)) {
    const parsed = parseIdNumber(part, { today: context.today });
    if (!parsed.ok)
      return {
        ok: false,
        problem: {
          zh: `“${part}”：${parsed.message['zh-CN']}`,
          en: `"${part}": ${parsed.message.en}`,
        },
      };
    if (!out.includes(parsed.value.normalized)) out.push(parsed.value.normalized);
  }
  if (out.length === 0 || out.length > MAX_HOUSEHOLDS)
    return {
      ok: false,
      problem: {
        zh: `应填 1–${MAX_HOUSEHOLDS} 户的户主身份证号`,
        en: `1 to ${MAX_HOUSEHOLDS} heads' ID numbers`,
      },
    };
  return { ok: true, value: out };
};

const columns = {
  unitName: required('结对单位', text(80), '县农业农村局', '必填，本县已登记的单位名称'),
  unitMember: idNumberColumn('单位党员身份证号', '必填，该单位的在册人员'),
  ruralMember: idNumberColumn('村党员身份证号', '必填，本村党员', '110101199003070011'),
  regionCode: villageColumn('必填，联系户所在的村/社区'),
  households: required(
    '联系户（户主身份证号）',
    idNumberList,
    '110101198001010037',
    `必填，1–${MAX_HOUSEHOLDS} 户，多个用顿号分隔`,
  ),
};

/** 1+1+N 结对帮联: keyed by the unit member + the rural member. */
export const pairsSheet = defineSheet('pairs', {
  sheetName: '1+1+N结对',
  columns,
  key: ['unitMember', 'ruralMember'],
  rowRules: (r) =>
    r.unitMember.normalized === r.ruralMember.normalized
      ? [
          {
            zh: '单位党员和村党员不能是同一人',
            en: 'the unit member and the rural member must differ',
          },
        ]
      : [],
  notes: [
    '一名单位党员与一名村党员结对，共同联系 N 户；以“单位党员 + 村党员”为准，重复导入按本表更新联系户。',
  ],
});
