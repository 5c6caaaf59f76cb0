import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testDbKind } from '../testing/testDatabase.ts';
import { buildDocx, buildXlsx } from './renderer.ts';

// No database here: the PostgreSQL project would only run the same thing again.
describe.skipIf(testDbKind() === 'postgres')('document thread', () => {
  it('builds a workbook from its description: text columns, shaded and annotated headers, extra headers', async () => {
    const data = await buildXlsx({
      sheets: [
        {
          name: '人员',
          columns: [
            { header: '身份证号', width: 20, text: true, fill: 'FFFDE2E1', note: '必填。' },
            { header: '姓名', width: 12 },
          ],
          rows: [
            ['410521199001011234', '张三'],
            ['410521199001015678', null],
          ],
          extraHeaders: [{ header: '姓名（显示）', width: 16 }],
        },
        { name: '说明', columns: [{ header: '列', width: 22 }], rows: [['身份证号']] },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('人员');
    expect(ws?.getRow(1).values).toEqual([undefined, '身份证号', '姓名', '姓名（显示）']);
    expect(ws?.getCell('A2').value).toBe('410521199001011234');
    expect(ws?.getColumn(1).numFmt).toBe('@');
    expect(ws?.getCell('A1').note).toBeTruthy();
    expect(ws?.rowCount).toBe(3);
    expect(workbook.getWorksheet('说明')?.getCell('A2').value).toBe('身份证号');
  });

  it('builds a .docx (a zip) from blocks', async () => {
    const data = await buildDocx({
      blocks: [
        { kind: 'title', text: '关于评星情况的通报' },
        { kind: 'table', header: ['目标', '完成'], rows: [['三星以上占比', '60%']] },
      ],
    });
    expect(data.subarray(0, 2).toString()).toBe('PK');
    expect(data.length).toBeGreaterThan(1000);
  });

  it('keeps this thread free while a large workbook is built', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => [
      `4105211990${String(i).padStart(8, '0')}`,
      `姓名${i}`,
      i,
    ]);
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const data = await buildXlsx({
      sheets: [
        {
          name: '人员',
          columns: [
            { header: '身份证号', width: 20, text: true },
            { header: '姓名', width: 12 },
            { header: '序号', width: 8 },
          ],
          rows,
        },
      ],
    });
    const took = performance.now() - started;
    clearInterval(ticker);
    expect(data.length).toBeGreaterThan(100_000);
    // Built elsewhere: this thread's timers kept firing while the build ran for much longer.
    expect(took).toBeGreaterThan(4 * longestGap);
    expect(longestGap).toBeLessThan(250);
  });
});
