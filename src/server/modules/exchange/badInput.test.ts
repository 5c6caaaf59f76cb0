import { beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { buildIdNumber } from '../../../domain/directory/idNumber.ts';
import { persons } from '../../db/schema/index.ts';
import { login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { exchangeSessions, importSheet, upload, workbookOf } from '../../testing/exchangeKit.ts';

const t = useTestApp({}, { directory: true });
let county: Session;
let cadre: Session;
let village: string;
let otherVillage: string;
const HEADER = ['姓名', '身份证号', '手机号', '所在村（区划代码）', '户主身份证号'];
const id = (n: number) => buildIdNumber('410599', '1979-11-02', 800 + n);
const personCount = async () =>
  (await t.deps.database.db.select({ n: count() }).from(persons))[0]?.n ?? 0;

beforeAll(async () => {
  ({ county, cadre, village, otherVillage } = await exchangeSessions(t));
});

describe('import refuses bad input with a clear 4xx and writes nothing', () => {
  it('a 20 MB file is 413, a corrupt file 400, JSON or text 415, missing columns 400', async () => {
    const before = await personCount();
    const big = await upload(t.app, county, 'persons', Buffer.alloc(20 * 1024 * 1024, 1));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    const corrupt = await upload(
      t.app,
      county,
      'persons',
      Buffer.from('PK\u0003\u0004 this is not really a workbook'),
    );
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().error.message).toContain('.xlsx');
    expect(
      (await upload(t.app, county, 'persons', Buffer.from('{"a":1}'), 'application/json'))
        .statusCode,
    ).toBe(415);
    expect(
      (await upload(t.app, county, 'persons', Buffer.from('姓名'), 'text/plain')).statusCode,
    ).toBe(415);
    const noIdColumn = await upload(
      t.app,
      county,
      'persons',
      await workbookOf('人员', ['姓名', '所在村（区划代码）'], [['张三', village]]),
    );
    expect(noIdColumn.statusCode).toBe(400);
    expect(noIdColumn.json().error.message).toContain('身份证号');
    expect(
      (await upload(t.app, county, 'nonsense', await workbookOf('人员', HEADER, []))).statusCode,
    ).toBe(400);
    expect(await personCount()).toBe(before);
  });

  it('fails every bad row — duplicates, unknown households, bad phones and codes, another village — and writes none', async () => {
    const before = await personCount();
    const job = await importSheet(t.app, cadre, 'persons', '人员', HEADER, [
      ['甲', id(1), '13900000001', village, ''],
      ['甲二', id(1), '', village, ''],
      ['乙', id(2), '12345', village, ''],
      ['丙', id(3), '', '4105991012', ''],
      ['丁', id(4), '', otherVillage, ''],
      ['戊', id(5), '', village, id(99)],
      ['己', id(6), '', '410599101999', ''],
      ['庚', id(7), '', village, ''],
    ]);
    expect(job.status).toBe('failed');
    const byRow = new Map<number, string>();
    for (const p of job.result.problems) byRow.set(p.row, `${byRow.get(p.row) ?? ''}${p.zh}`);
    expect(byRow.get(3)).toContain('与第 2 行重复');
    expect(byRow.get(4)).toContain('手机号');
    expect(byRow.get(5)).toContain('区划代码');
    expect(byRow.get(6)).toContain('不在您的管辖范围内');
    expect(byRow.get(7)).toContain('该户尚未登记');
    expect(byRow.get(8)).toMatch(/不在您的管辖范围内|不存在/);
    expect(byRow.has(2)).toBe(false);
    expect(byRow.has(9)).toBe(false);
    expect(job.result.failedRows).toBe(6);
    expect(await personCount()).toBe(before);
  });

  it('refuses a row for a person registered outside the importer’s village without saying so', async () => {
    const elsewhere = await importSheet(t.app, county, 'persons', '人员', HEADER, [
      ['外村人', id(20), '', otherVillage, ''],
    ]);
    expect(elsewhere.status).toBe('succeeded');
    const job = await importSheet(t.app, cadre, 'persons', '人员', HEADER, [
      ['外村人', id(20), '', village, ''],
    ]);
    expect(job.status).toBe('failed');
    // the same words whoever holds the number: nothing says it is registered, or where
    expect(job.result.problems[0]?.zh).toBe('身份证号：该身份证号无法在本范围登记，请联系乡镇');
    expect(JSON.stringify(job.result)).not.toMatch(/已在|登记在|registered outside/);
  });

  it('a role without directory.write cannot import', async () => {
    const villager = await login(t.app, 'villager');
    expect(
      (await upload(t.app, villager, 'persons', await workbookOf('人员', HEADER, []))).statusCode,
    ).toBe(403);
  });
});
