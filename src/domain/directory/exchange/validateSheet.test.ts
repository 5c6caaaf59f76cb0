import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIdNumber } from '../idNumber.ts';
import type { CellValue } from './cells.ts';
import { personsSheet } from './personsSheet.ts';
import { SHEETS } from './sheets.ts';
import { EXCHANGE_ENTITIES } from './sheetDefinition.ts';
import { mapHeaders, problemsByRow, validateRows } from './validateSheet.ts';

const context = { today: '2026-11-22' };
const HEADER = ['姓名', '身份证号', '手机号', '所在村(区划代码)', '文化程度', '标签'];
const id = (n: number) => buildIdNumber('410599', '1980-05-17', n);

function validate(rows: CellValue[][]) {
  const headers = mapHeaders(personsSheet, HEADER);
  if (!headers.ok) throw new Error(headers.problem.en);
  return validateRows(
    personsSheet,
    headers.indexes,
    rows.map((cells, i) => ({ row: i + 2, cells })),
    context,
  );
}

/** An entity's sheet as its template has it: every column, its headers mapped. */
function template(entity: (typeof EXCHANGE_ENTITIES)[number]) {
  const sheet = SHEETS[entity];
  const columns = Object.values(sheet.columns);
  const headers = mapHeaders(
    sheet,
    columns.map((c) => c.header),
  );
  if (!headers.ok) throw new Error(headers.problem.en);
  return { sheet, columns, headers };
}

describe('sheet validation', () => {
  it('maps headers regardless of order, full-width parentheses or a * on required ones', () => {
    const headers = mapHeaders(personsSheet, [
      '错误说明',
      '*身份证号',
      '姓名',
      '所在村（区划代码）',
    ]);
    expect(headers).toMatchObject({
      ok: true,
      indexes: { idNumber: 1, name: 2, regionCode: 3, phone: null },
    });
    const missing = mapHeaders(personsSheet, ['姓名']);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problem.zh).toContain('身份证号');
  });

  it('reports every problem of every row with its Excel row number, and skips blank rows', () => {
    const result = validate([
      ['张三', id(1), '13800138000', '410599101201', '初中', '退役军人'],
      [null, null, null, null, null, null],
      ['李四', '110101199001011234', '138', '410599101201', '博士', ''],
      ['王五', id(1), '', '410599101201', '', ''],
    ]);
    expect(result.rowCount).toBe(3);
    expect(result.valid.map((v) => v.row)).toEqual([2]);
    expect(result.valid[0]?.record).toMatchObject({
      name: '张三',
      phone: '13800138000',
      education: 'juniorHigh',
      tags: ['veteran'],
    });
    const byRow = problemsByRow(result.problems);
    expect(byRow.get(4)?.map((p) => p.column)).toEqual(['身份证号', '手机号', '文化程度']);
    expect(byRow.get(5)?.[0]?.zh).toBe('与第 2 行重复（身份证号相同）');
    expect(byRow.has(3)).toBe(false);
  });

  it('a file of distinct valid rows has no problems; one repeated key makes exactly one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        (seqs, pick) => {
          const rows: CellValue[][] = seqs.map((s) => [
            `人${s}`,
            id(s),
            '',
            '410599101201',
            '',
            '',
          ]);
          expect(validate(rows).problems).toEqual([]);
          const again = rows[pick % rows.length] ?? [];
          const result = validate([...rows, again]);
          expect(result.problems).toHaveLength(1);
          expect(result.problems[0]?.row).toBe(rows.length + 2);
        },
      ),
    );
  });

  it('every sheet’s template example cells parse, and its headers map', () => {
    for (const entity of EXCHANGE_ENTITIES) {
      const { columns } = template(entity); // throws when a header does not map
      for (const column of columns.filter((c) => c.example !== ''))
        expect(column.parse(column.example, context).ok, `${entity} ${column.header}`).toBe(true);
    }
  });

  it('refuses the template’s example row left in the file, and only that row', () => {
    for (const entity of EXCHANGE_ENTITIES) {
      const { sheet, columns, headers } = template(entity);
      const result = validateRows(
        sheet,
        headers.indexes,
        [{ row: 2, cells: columns.map((c) => c.example) }],
        context,
      );
      expect(result.valid, entity).toEqual([]);
      expect(result.problems, entity).toEqual([
        expect.objectContaining({ row: 2, column: null, zh: expect.stringContaining('示例行') }),
      ]);
    }
    // A real person who happens to share the example's village and education is not the example.
    const real = validate([['李四', id(1), '', '410599101201', '初中', '退役军人、致富能手']]);
    expect(real.problems).toEqual([]);
    expect(real.valid).toHaveLength(1);
  });
});
