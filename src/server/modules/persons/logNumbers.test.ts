import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../../domain/directory/idNumber.ts';
import { buildApp } from '../../app.ts';
import { importFile } from '../../testing/exchangeKit.ts';
import { call, createTestApp, login, type TestApp } from '../../testing/testApp.ts';

// Issue 16 finding 3: a representative run of the API, with the log captured, holds no full ID
// number or mobile number (searches by number go in a POST body; URLs and errors are redacted).
let t: TestApp;
let logged: FastifyInstance;
const lines: string[] = [];
let VILLAGE = '';
const ID_CREATED = buildIdNumber('410599', '1979-06-01', 811);
const ID_IMPORTED = buildIdNumber('410599', '1982-02-02', 812);
const PHONE_CREATED = '13912340001';
const PHONE_IMPORTED = '13712340002';
const PHONE_IN_CASE = '15812340003';

beforeAll(async () => {
  t = await createTestApp({ logLevel: 'debug' }, { directory: true });
  logged = await buildApp(t.deps, {
    webDist: '/nonexistent',
    logger: true,
    logStream: { write: (line) => void lines.push(line) },
  });
}, 180_000);
afterAll(async () => {
  await logged.close();
  await t.close();
});

async function representativeRun(): Promise<void> {
  const cadre = await login(logged, 'village1');
  const county = await login(logged, 'county');
  const me = (await call(logged, cadre, 'GET', '/api/v1/auth/me')).json() as {
    roles: { scope: string }[];
  };
  VILLAGE = me.roles[0]?.scope ?? '';
  await logged.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: PHONE_CREATED, password: ID_CREATED },
  });
  const created = await call(logged, cadre, 'POST', '/api/v1/persons', {
    payload: { name: '日志甲', idNumber: ID_CREATED, phone: PHONE_CREATED, regionCode: VILLAGE },
  });
  expect(created.statusCode).toBe(201);
  for (const q of [ID_CREATED, PHONE_CREATED]) {
    const found = await call(logged, cadre, 'POST', '/api/v1/persons/search', { payload: { q } });
    expect(found.json().items.map((p: { id: string }) => p.id)).toEqual([created.json().id]);
  }
  // the old way: a number in the URL is refused, and the URL is logged redacted
  const inUrl = await call(logged, cadre, 'GET', `/api/v1/persons?q=${ID_CREATED}`);
  expect(inUrl.statusCode).toBe(400);
  await call(logged, cadre, 'GET', `/api/v1/accounts?q=${PHONE_CREATED}`);
  // a second registration of the same number is refused
  await call(logged, cadre, 'POST', '/api/v1/persons', {
    payload: { name: '日志乙', idNumber: ID_CREATED, regionCode: VILLAGE },
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员');
  sheet.addRow(['姓名', '身份证号', '手机号', '所在村（区划代码）', '文化程度', '标签']);
  sheet.addRow(['日志丙', ID_IMPORTED, PHONE_IMPORTED, VILLAGE, '', '']);
  const job = await importFile(
    logged,
    county,
    'persons',
    Buffer.from(await workbook.xlsx.writeBuffer()),
  );
  expect(job.status).toBe('succeeded');
  const villager = await login(logged, 'villager');
  const opened = await call(logged, villager, 'POST', '/api/v1/cases', {
    payload: {
      typeCode: 'request',
      title: '路灯不亮',
      description: `村口路灯坏了，联系电话 ${PHONE_IN_CASE}，身份证 ${ID_IMPORTED}`,
      fields: {},
    },
  });
  expect(opened.statusCode).toBe(201);
}

describe('the server log', () => {
  it('holds no full ID or mobile number after a run of persons, import, cases and login', async () => {
    await representativeRun();
    const log = lines.join('');
    expect(log).toContain('/api/v1/persons/search');
    expect(log).toContain('/api/v1/exchange/import/persons');
    for (const number of [ID_CREATED, ID_IMPORTED, PHONE_CREATED, PHONE_IMPORTED, PHONE_IN_CASE])
      expect(log).not.toContain(number);
    expect(log.match(/(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/g)).toBeNull();
    expect(log.match(/(?<!\d)1[3-9]\d{9}(?!\d)/g)).toBeNull();
  });
});
