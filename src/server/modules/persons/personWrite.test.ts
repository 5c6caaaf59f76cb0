import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../../domain/directory/idNumber.ts';
import { persons } from '../../db/schema/index.ts';
import { appWithSessions, rowCounts } from '../../testing/directoryFixtures.ts';
import { itRefusesEach, postedTo } from '../../testing/refusals.ts';
import { call, type Session, type TestApp } from '../../testing/testApp.ts';

let t: TestApp, cadre: Session;
beforeAll(async () => ([t, cadre] = await appWithSessions({}, 'village1')));
afterAll(() => t.close());

const V1 = '410599101201';
const FRESH = buildIdNumber('110105', '1950-01-01', 15);
const counts = rowCounts(() => t, 'persons', persons);

describe('registering persons', () => {
  it('registers a valid ID number, taking birth date and gender from it', async () => {
    const res = await call(t.app, cadre, 'POST', '/api/v1/persons', {
      payload: {
        name: '单丽',
        idNumber: '11010519491231002x',
        phone: '+86 138 0013 8000',
        regionCode: V1,
        tags: ['veteran'],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: '单丽',
      gender: 'female',
      birthDate: '1949-12-31',
      idNumber: '110***********002X',
      phone: '138****8000',
      idLegacy: false,
      tags: ['veteran'],
    });
    const found = (await call(t.app, cadre, 'GET', '/api/v1/persons?q=shanli')).json();
    expect(found.items.map((p: { name: string }) => p.name)).toContain('单丽');
  });

  it('accepts a 15-digit legacy number and flags it', async () => {
    const res = await call(t.app, cadre, 'POST', '/api/v1/persons', {
      payload: { name: '曾老汉', idNumber: '110105500101001', regionCode: V1 },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ idLegacy: true, birthDate: '1950-01-01', gender: 'male' });
  });

  const bad: [string, Record<string, unknown>, number, string][] = [
    [
      'a wrong checksum',
      { name: '错号', idNumber: '110101199001011234', regionCode: V1 },
      400,
      'body.idNumber',
    ],
    [
      'a date that does not exist',
      { name: '错日', idNumber: '110101199002301235', regionCode: V1 },
      400,
      'body.idNumber',
    ],
    [
      'a duplicate ID number',
      { name: '重复', idNumber: '11010519491231002X', regionCode: V1 },
      409,
      '',
    ],
    [
      'a bad phone',
      { name: '号码', idNumber: FRESH, phone: '1234', regionCode: V1 },
      400,
      'body.phone',
    ],
    ['another village', { name: '外村', idNumber: FRESH, regionCode: '410599101202' }, 404, ''],
    [
      'an unknown household',
      {
        name: '无户',
        idNumber: FRESH,
        regionCode: V1,
        householdId: '01a202f8-0000-7000-8000-000000000000',
      },
      400,
      'body.householdId',
    ],
    [
      'an unknown tag',
      { name: '标签', idNumber: FRESH, regionCode: V1, tags: ['vip'] },
      400,
      'body.tags.0',
    ],
  ];
  itRefusesEach(
    postedTo('/api/v1/persons', bad),
    () => t,
    () => cadre,
    counts,
  );

  it('edits a person and keeps the pinyin keys in step with the name', async () => {
    const created = (
      await call(t.app, cadre, 'POST', '/api/v1/persons', {
        payload: {
          name: '王五',
          idNumber: buildIdNumber('110105', '1980-01-01', 13),
          regionCode: V1,
        },
      })
    ).json();
    const res = await call(t.app, cadre, 'PATCH', `/api/v1/persons/${created.id}`, {
      payload: { name: '王小五', education: 'college' },
    });
    expect(res.json()).toMatchObject({ name: '王小五', education: 'college' });
    const found = (await call(t.app, cadre, 'GET', '/api/v1/persons?q=wxw')).json();
    expect(found.items.map((p: { id: string }) => p.id)).toContain(created.id);
  });
});
