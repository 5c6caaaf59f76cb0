import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { buildIdNumber } from '../../../domain/directory/idNumber.ts';
import { auditEvents, persons } from '../../db/schema/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { download, importFile, importSheet, rowsOf } from '../../testing/exchangeKit.ts';

const t = useTestApp({}, { directory: true });
let county: Session;
let village: string;
const HEADER = ['姓名', '身份证号', '手机号', '所在村（区划代码）', '文化程度', '标签'];
const id = (n: number) => buildIdNumber('410599', '1985-03-12', 700 + n);

beforeAll(async () => {
  county = await login(t.app, 'county');
  const me = (
    await call(t.app, await login(t.app, 'village1'), 'GET', '/api/v1/auth/me')
  ).json() as { roles: { scope: string }[] };
  village = me.roles[0]?.scope ?? '';
});

const countOf = async (ids: string[]) => {
  const [row] = await t.deps.database.db
    .select({ n: count() })
    .from(persons)
    .where(
      inArray(
        persons.idIndex,
        ids.map((i) => t.deps.cipher.blindIndex(i)),
      ),
    );
  return row?.n ?? 0;
};

describe('persons import', () => {
  it('round-trips the template: download, fill, import', async () => {
    const template = await download(t.app, county, '/api/v1/exchange/templates/persons');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['人员', '说明']);
    const sheet = workbook.getWorksheet('人员');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).getCell(2).value).toBe('身份证号');
    sheet.spliceRows(
      2,
      1,
      ['模板甲', id(1), '+86 139 0000 0001', village, '高中/中专', '退役军人、致富能手'],
      ['模板乙', id(2), '', village, '', ''],
    );
    const job = await importFile(
      t.app,
      county,
      'persons',
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(job.status).toBe('succeeded');
    expect(job.result.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const found = (
      await call(t.app, county, 'GET', `/api/v1/persons?q=${encodeURIComponent('模板甲')}`)
    ).json() as { items: { idNumber: string; phone: string; tags: string[]; education: string }[] };
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({
      idNumber: `${id(1).slice(0, 3)}***********${id(1).slice(-4)}`,
      phone: '139****0001',
      tags: ['veteran', 'prosperityLeader'],
    });
    const [stored] = await t.deps.database.db
      .select()
      .from(persons)
      .where(eq(persons.idIndex, t.deps.cipher.blindIndex(id(1))));
    // Encrypted as createPerson stores it: no clear text in the row.
    expect(JSON.stringify(stored)).not.toContain(id(1));
    expect(t.deps.cipher.decrypt(stored?.phoneCipher ?? '')).toBe('13900000001');
  });

  it('refuses the downloaded template uploaded unchanged: its example row is not a person', async () => {
    const template = await download(t.app, county, '/api/v1/exchange/templates/persons');
    const personsBefore = (await t.deps.database.db.select({ n: count() }).from(persons))[0]?.n;
    const auditBefore = (await t.deps.database.db.select({ n: count() }).from(auditEvents))[0]?.n;
    const job = await importFile(t.app, county, 'persons', Buffer.from(template));
    expect(job.status).toBe('failed');
    expect(job.result).toMatchObject({ rows: 1, failedRows: 1, counts: null });
    expect(job.result.problems[0]).toMatchObject({ row: 2 });
    expect(JSON.stringify(job.result.problems[0])).toContain('示例行');
    expect((await t.deps.database.db.select({ n: count() }).from(persons))[0]?.n).toBe(
      personsBefore,
    );
    expect((await t.deps.database.db.select({ n: count() }).from(auditEvents))[0]?.n).toBe(
      auditBefore,
    );
  });

  it('writes nothing while one ID number is bad, returns the error file, imports all after the fix, and changes nothing the second time', async () => {
    const [g0, g1] = [id(10), id(11)];
    const good = [g0, g1];
    const bad = id(12).slice(0, 17) + (id(12).endsWith('1') ? '2' : '1');
    const rows = [
      ['完成甲', g0, '13900000010', village, '', ''],
      ['完成乙', bad, '13900000011', village, '', ''],
      ['完成丙', g1, '', village, '', ''],
    ];
    const auditBefore = (await t.deps.database.db.select({ n: count() }).from(auditEvents))[0]?.n;
    const failed = await importSheet(t.app, county, 'persons', '人员', HEADER, rows);
    expect(failed.status).toBe('failed');
    expect(failed.result).toMatchObject({ rows: 3, failedRows: 1, counts: null });
    expect(failed.result.problems[0]).toMatchObject({ row: 3 });
    expect(await countOf([...good, bad])).toBe(0);
    expect((await t.deps.database.db.select({ n: count() }).from(auditEvents))[0]?.n).toBe(
      auditBefore,
    );

    if (!failed.artifact) throw new Error('no error file');
    const errorFile = await download(t.app, county, failed.artifact.url);
    const returned = await rowsOf(errorFile);
    expect(returned[0]?.slice(6, 8)).toEqual(['错误说明', 'Problems (English)']);
    expect(String(returned[2]?.[6])).toContain('身份证号：');
    expect(returned[1]?.[6] ?? null).toBeNull();

    // The user corrects the cell in the returned file and uploads that very file.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(errorFile as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const fixed = id(12);
    ws.getRow(3).getCell(2).value = fixed;
    const fixedFile = Buffer.from(await workbook.xlsx.writeBuffer());
    const done = await importFile(t.app, county, 'persons', fixedFile);
    expect(done.status).toBe('succeeded');
    expect(done.result.counts).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(await countOf([...good, fixed])).toBe(3);

    const again = await importFile(t.app, county, 'persons', fixedFile);
    expect(again.result.counts).toEqual({ created: 0, updated: 0, unchanged: 3 });

    ws.getRow(4).getCell(3).value = '13900000099';
    const changed = await importFile(
      t.app,
      county,
      'persons',
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(changed.result.counts).toEqual({ created: 0, updated: 1, unchanged: 2 });
    const [row] = await t.deps.database.db
      .select()
      .from(persons)
      .where(eq(persons.idIndex, t.deps.cipher.blindIndex(g1)));
    expect(t.deps.cipher.decrypt(row?.phoneCipher ?? '')).toBe('13900000099');
  });
});
