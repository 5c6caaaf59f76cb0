import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildIdNumber } from '../../../domain/directory/idNumber.ts';
import { grids, households, persons } from '../../db/schema/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { importFile, importSheet, workbookOf } from '../../testing/exchangeKit.ts';

const t = useTestApp({}, { directory: true });
let cadre: Session;
let village: string;
const head = buildIdNumber('410599', '1970-08-08', 901);
const spouse = buildIdNumber('410599', '1972-02-02', 902);
const PERSONS = ['姓名', '身份证号', '所在村（区划代码）', '户主身份证号', '与户主关系'];
const HOUSEHOLDS = ['户主身份证号', '所在村（区划代码）', '网格/村民小组', '户标签'];

beforeAll(async () => {
  cadre = await login(t.app, 'village1');
  village =
    ((await call(t.app, cadre, 'GET', '/api/v1/auth/me')).json() as { roles: { scope: string }[] })
      .roles[0]?.scope ?? '';
});

const personRow = async (idNumber: string) =>
  (
    await t.deps.database.db
      .select()
      .from(persons)
      .where(eq(persons.idIndex, t.deps.cipher.blindIndex(idNumber)))
  )[0];

describe('households import', () => {
  it('persons, then their household by the head’s ID number, then members by the same key; a re-import changes nothing', async () => {
    const [grid] = await t.deps.database.db
      .select()
      .from(grids)
      .where(eq(grids.regionCode, village))
      .limit(1);
    if (!grid) throw new Error('no grid in the demo village');
    expect(
      (
        await importSheet(t.app, cadre, 'persons', '人员', PERSONS, [
          ['户主甲', head, village, null, null],
          ['配偶乙', spouse, village, null, null],
        ])
      ).status,
    ).toBe('succeeded');

    const householdFile = await workbookOf('户', HOUSEHOLDS, [
      [head, village, grid.name, '脱贫户、军属'],
    ]);
    const created = await importFile(t.app, cadre, 'households', householdFile);
    expect(created.result.counts).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const headRow = await personRow(head);
    const [household] = await t.deps.database.db
      .select()
      .from(households)
      .where(eq(households.headId, headRow?.id ?? ''));
    expect(household).toMatchObject({
      regionCode: village,
      gridId: grid.id,
      tags: ['povertyAlleviated', 'militaryFamily'],
    });
    expect(headRow).toMatchObject({ householdId: household?.id, relationToHead: 'head' });

    const members = await importSheet(t.app, cadre, 'persons', '人员', PERSONS, [
      ['户主甲', head, village, head, null],
      ['配偶乙', spouse, village, head, '配偶'],
    ]);
    expect(members.result.counts).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(await personRow(spouse)).toMatchObject({
      householdId: household?.id,
      relationToHead: 'spouse',
    });

    expect((await importFile(t.app, cadre, 'households', householdFile)).result.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('fails rows with an unregistered head, an unknown grid or a village other than the head’s', async () => {
    const stranger = buildIdNumber('410599', '1966-06-06', 903);
    const job = await importSheet(t.app, cadre, 'households', '户', HOUSEHOLDS, [
      [stranger, village, null, null],
      [spouse, village, '不存在的小组', null],
    ]);
    expect(job.status).toBe('failed');
    expect(job.result.problems.map((p) => p.row)).toEqual([2, 3]);
    expect(job.result.problems[0]?.zh).toContain('户主尚未登记');
    expect(job.result.problems[1]?.zh).toContain('不存在的小组');
  });
});
