import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNotNull, ne, sql } from 'drizzle-orm';
import {
  contactPairs,
  grids,
  households,
  memberships,
  partyOrgs,
  persons,
  positions,
  regions,
  responsibilityEdges,
  units,
} from '../../db/schema/index.ts';
import { buildIdNumber } from '../../../domain/directory/idNumber.ts';
import type { CellValue } from '../../../domain/directory/exchange/cells.ts';
import { call, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import {
  download,
  exchangeSessions,
  importFile,
  importPerson,
  importSheet,
  rowsOf,
  upload,
  workbookOf,
} from '../../testing/exchangeKit.ts';

const t = useTestApp({}, { directory: true });
let county: Session;
let cadre: Session;
let village: string;
let otherVillage: string;

const db = () => t.deps.database.db;
const idOf = (cipher: string) => t.deps.cipher.decrypt(cipher);

beforeAll(async () => {
  ({ county, cadre, village, otherVillage } = await exchangeSessions(t));
});

const REGIONS = ['区划代码', '名称', '城乡分类代码', '纬度', '经度', '人口', '户数'];

describe('regions import', () => {
  it('adds a township and a village under it from one file, re-imports without change, updates a filled cell', async () => {
    const template = await rowsOf(
      await download(t.app, county, '/api/v1/exchange/templates/regions'),
    );
    expect(template[0]).toEqual(REGIONS);
    const file = await workbookOf('区划', REGIONS, [
      ['410599109000', '导入镇', '121', 36.1, 114.1, 5000, 1600],
      ['410599109201', '导入村', '220', null, null, 800, null],
    ]);
    const first = await importFile(t.app, county, 'regions', file);
    expect(first.status, JSON.stringify(first.result.problems)).toBe('succeeded');
    expect(first.result.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const [created] = await db().select().from(regions).where(eq(regions.code, '410599109201'));
    expect(created).toMatchObject({
      level: 'village',
      parentCode: '410599109000',
      countyCode: '410599',
      population: 800,
    });
    expect((await importFile(t.app, county, 'regions', file)).result.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const changed = await importSheet(t.app, county, 'regions', '区划', REGIONS, [
      ['410599109201', '导入新村', null, null, null, null, 260],
    ]);
    expect(changed.result.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [after] = await db().select().from(regions).where(eq(regions.code, '410599109201'));
    expect(after).toMatchObject({ name: '导入新村', population: 800, households: 260 });
  });

  it('fails unknown parents, bad codes, duplicates and another scope, and writes none', async () => {
    const before = (await db().select({ n: count() }).from(regions))[0]?.n;
    const job = await importSheet(t.app, county, 'regions', '区划', REGIONS, [
      ['410599108201', '无上级村', '', '', '', '', ''],
      ['4105991082', '短代码', '', '', '', '', ''],
      ['410599109202', '好村', '', '', '', '', ''],
      ['410599109202', '重复村', '', '', '', '', ''],
      ['410699101000', '外县镇', '', '', '', '', ''],
      ['410599109203', '坏人口', '', '', '', '-5', ''],
    ]);
    expect(job.status).toBe('failed');
    const byRow = new Map(job.result.problems.map((p) => [p.row, p.zh]));
    expect(byRow.get(2)).toContain('上级区划 410599108000 不存在');
    expect(byRow.get(3)).toContain('区划代码');
    expect(byRow.has(4)).toBe(false);
    expect(byRow.get(5)).toContain('与第 4 行重复');
    expect(byRow.get(6)).toContain('不在您的管辖范围内');
    expect(byRow.get(7)).toContain('人口');
    expect((await db().select({ n: count() }).from(regions))[0]?.n).toBe(before);
    // A village cadre holds no regions.write: every row of theirs fails.
    const mine = await importSheet(t.app, cadre, 'regions', '区划', REGIONS, [
      [village, '改名村', '', '', '', '', ''],
    ]);
    expect(mine.status).toBe('failed');
    expect(mine.result.problems[0]?.zh).toContain('无权修改区划');
  });
});

const regionName = async (code: string) =>
  (await db().select({ name: regions.name }).from(regions).where(eq(regions.code, code)))[0]?.name;

const GRIDS = ['所在村（区划代码）', '网格名称', '网格类型', '序号'];

describe('grids import', () => {
  it('adds grids after the village’s last one, re-imports without change, refuses wrong kinds and other villages', async () => {
    const [last] = await db()
      .select({ seq: sql<number>`max(${grids.seq})::int` })
      .from(grids)
      .where(eq(grids.regionCode, village));
    const file = await workbookOf('网格', GRIDS, [
      [village, '导入第一组', '村民小组', null],
      [village, '导入网格', '网格', '90'],
    ]);
    const job = await importFile(t.app, cadre, 'grids', file);
    expect(job.status, JSON.stringify(job.result.problems)).toBe('succeeded');
    expect(job.result.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const [first] = await db()
      .select()
      .from(grids)
      .where(and(eq(grids.regionCode, village), eq(grids.name, '导入第一组')));
    expect(first?.seq).toBe((last?.seq ?? 0) + 1);
    expect((await importFile(t.app, cadre, 'grids', file)).result.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const before = (await db().select({ n: count() }).from(grids))[0]?.n;
    const bad = await importSheet(t.app, cadre, 'grids', '网格', GRIDS, [
      [village, '导入小区', '小区', null],
      [otherVillage, '外村组', '村民小组', null],
      [village, '导入第二组', '村民小组', '0'],
    ]);
    expect(bad.status).toBe('failed');
    expect(bad.result.problems.map((p) => p.row)).toEqual([2, 3, 4]);
    expect(bad.result.problems[0]?.zh).toContain('不能设在村');
    expect(bad.result.problems[1]?.zh).toContain('不在您的管辖范围内');
    expect((await db().select({ n: count() }).from(grids))[0]?.n).toBe(before);
    const exported = await rowsOf(
      (await call(t.app, cadre, 'GET', '/api/v1/exchange/export/grids?kind=villagerGroup'))
        .rawPayload,
    );
    // the village's name follows the sheet's columns (codes stay for the round trip)
    expect(exported[0]).toEqual([...GRIDS, '所在村（名称）']);
    expect(exported.slice(1).map((r) => r[1])).toContain('导入第一组');
    const villageName = await regionName(village);
    for (const r of exported.slice(1))
      expect([r[0], r[2], r[4]]).toEqual([village, '村民小组', villageName]);
  });
});

const POSITIONS = [
  '身份证号',
  '职务',
  '任职区划代码',
  '党组织名称',
  '网格名称',
  '派出单位',
  '任期截止',
  '任职日期',
  '离任日期',
  '金牌调解员',
];

/** One 职务 row: who, which post, where and since when; the other cells blank unless named. */
const positionRow = (
  idNumber: string,
  post: string,
  region: string,
  start: string,
  more: {
    org?: string;
    grid?: string;
    unit?: string;
    termEnd?: string;
    end?: string;
    gold?: string;
  } = {},
): CellValue[] => [
  idNumber,
  post,
  region,
  more.org ?? null,
  more.grid ?? null,
  more.unit ?? null,
  more.termEnd ?? null,
  start,
  more.end ?? null,
  more.gold ?? null,
];

async function villageFacts() {
  const [branch] = await db()
    .select()
    .from(partyOrgs)
    .where(and(eq(partyOrgs.regionCode, village), ne(partyOrgs.type, 'partyGroup')))
    .limit(1);
  const [member] = await db()
    .select({ id: persons.id, idCipher: persons.idCipher, groupId: memberships.groupId })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(eq(memberships.regionCode, village), sql`${persons.birthDate} < '1990-01-01'`))
    .orderBy(persons.id)
    .limit(1);
  const [nonMember] = await db()
    .select({ id: persons.id, idCipher: persons.idCipher })
    .from(persons)
    .where(
      and(
        eq(persons.regionCode, village),
        sql`${persons.birthDate} < '1990-01-01'`,
        sql`NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = ${persons.id})`,
      ),
    )
    .limit(1);
  const [grid] = await db().select().from(grids).where(eq(grids.regionCode, village)).limit(1);
  const [unit] = await db()
    .select()
    .from(units)
    .where(eq(units.countyCode, village.slice(0, 6)))
    .limit(1);
  // A household whose head is not `member`, with one more member in it.
  const [household] = await db()
    .select({ id: households.id, headCipher: persons.idCipher, headId: households.headId })
    .from(households)
    .innerJoin(persons, eq(persons.id, households.headId))
    .where(
      and(
        eq(households.regionCode, village),
        ne(households.headId, member?.id ?? ''),
        ne(households.headId, nonMember?.id ?? ''),
        sql`(SELECT count(*) FROM persons p WHERE p.household_id = ${households.id}) > 1`,
      ),
    )
    .limit(1);
  const [relative] = await db()
    .select({ id: persons.id, idCipher: persons.idCipher })
    .from(persons)
    .where(
      and(eq(persons.householdId, household?.id ?? ''), ne(persons.id, household?.headId ?? '')),
    )
    .limit(1);
  if (!branch || !member || !nonMember || !grid || !unit || !household || !relative)
    throw new Error('the demo village lacks the records this test needs');
  return {
    branch,
    member: { ...member, idNumber: idOf(member.idCipher) },
    nonMember: idOf(nonMember.idCipher),
    grid,
    unit,
    household: { ...household, head: idOf(household.headCipher) },
    relative: idOf(relative.idCipher),
  };
}

describe('positions import', () => {
  it('records 书记, 网格员 and a 第一书记 with unit and term; re-import changes nothing; a 离任日期 ends one and keeps it', async () => {
    const f = await villageFacts();
    const rows = [
      positionRow(f.member.idNumber, '书记', village, '2021-01-05', { org: f.branch.name }),
      positionRow(f.nonMember, '网格员', village, '2022-03-01', { grid: f.grid.name }),
      positionRow(f.member.idNumber, '第一书记', village, '2024-01-02', {
        unit: f.unit.name,
        termEnd: '2027-12-31',
      }),
      positionRow(f.nonMember, '调解员', village, '2020-06-01', { gold: '是' }),
    ];
    const job = await importSheet(t.app, cadre, 'positions', '职务', POSITIONS, rows);
    expect(job.status, JSON.stringify(job.result.problems)).toBe('succeeded');
    expect(job.result.counts).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const [first] = await db()
      .select()
      .from(positions)
      .where(and(eq(positions.personId, f.member.id), eq(positions.code, 'firstSecretary')));
    expect(first?.details).toEqual({ dispatchingUnitId: f.unit.id, termEndDate: '2027-12-31' });
    expect(
      (await importSheet(t.app, cadre, 'positions', '职务', POSITIONS, rows)).result.counts,
    ).toEqual({ created: 0, updated: 0, unchanged: 4 });

    const ended = rows.map((r, i) => (i === 1 ? [...r.slice(0, 8), '2025-05-31', null] : r));
    const again = await importSheet(t.app, cadre, 'positions', '职务', POSITIONS, ended);
    expect(again.result.counts).toEqual({ created: 0, updated: 1, unchanged: 3 });
    const history = (
      await call(
        t.app,
        cadre,
        'GET',
        `/api/v1/positions?region=${village}&code=gridWorker&current=false`,
      )
    ).json() as { items: { endDate: string | null }[] };
    expect(history.items.some((p) => p.endDate === '2025-05-31')).toBe(true);
    // A later term is another row: the new holding joins the history.
    const nextTerm = await importSheet(t.app, cadre, 'positions', '职务', POSITIONS, [
      positionRow(f.nonMember, '网格员', village, '2025-06-01', { grid: f.grid.name }),
    ]);
    expect(nextTerm.result.counts).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });

  it('fails unknown orgs, grids and units, a missing term, a non-member secretary, a minor, another village — writes none', async () => {
    const f = await villageFacts();
    const before = (await db().select({ n: count() }).from(positions))[0]?.n;
    const minor = buildIdNumber('410599', '2015-04-01', 31);
    await importPerson(t.app, cadre, '小孩', minor, village);
    const job = await importSheet(t.app, cadre, 'positions', '职务', POSITIONS, [
      positionRow(f.member.idNumber, '书记', village, '2021-01-05', { org: '没有这个支部' }),
      positionRow(f.nonMember, '网格员', village, '2022-03-01', { grid: '没有这个网格' }),
      positionRow(f.member.idNumber, '第一书记', village, '2024-01-02', {
        unit: '没有这个单位',
        termEnd: '2027-12-31',
      }),
      positionRow(f.member.idNumber, '第一书记', village, '2024-02-02', { unit: f.unit.name }),
      positionRow(f.nonMember, '书记', village, '2021-01-05', { org: f.branch.name }),
      positionRow(minor, '调解员', village, '2024-01-01'),
      positionRow(f.member.idNumber, '调解员', otherVillage, '2024-01-01'),
      positionRow(buildIdNumber('410599', '1970-01-01', 977), '调解员', village, '2024-01-01'),
      positionRow(f.member.idNumber, '调解员', village, '2024-01-01', { end: '2023-01-01' }),
    ]);
    expect(job.status).toBe('failed');
    const byRow = new Map<number, string>();
    for (const p of job.result.problems) byRow.set(p.row, `${byRow.get(p.row) ?? ''}${p.zh}`);
    expect(byRow.get(2)).toContain('党组织名称');
    expect(byRow.get(3)).toContain('网格名称');
    expect(byRow.get(4)).toContain('派出单位');
    expect(byRow.get(5)).toContain('任期截止');
    expect(byRow.get(6)).toContain('须为党员');
    expect(byRow.get(7)).toContain('未满 18 岁');
    expect(byRow.get(8)).toContain('不在您的管辖范围内');
    expect(byRow.get(9)).toContain('尚未登记');
    expect(byRow.get(10)).toContain('离任日期早于任职日期');
    expect(job.result.failedRows).toBe(9);
    expect((await db().select({ n: count() }).from(positions))[0]?.n).toBe(before);
  });
});

const EDGES = ['层级', '责任人身份证号', '对象类型', '联系对象', '所在区划代码', '所属上级对象'];

describe('responsibility edges import', () => {
  it('links a member to a household (L4) and the head to a relative (L5); the same file again changes nothing', async () => {
    const f = await villageFacts();
    const rows = [
      [4, f.member.idNumber, '户', f.household.head, village, null],
      [5, f.household.head, '家庭成员', f.relative, village, f.household.head],
    ];
    const job = await importSheet(t.app, cadre, 'edges', '五级联包', EDGES, rows);
    expect(job.status, JSON.stringify(job.result.problems)).toBe('succeeded');
    expect((job.result.counts?.created ?? 0) + (job.result.counts?.unchanged ?? 0)).toBe(2);
    const [edge] = await db()
      .select()
      .from(responsibilityEdges)
      .where(
        and(
          eq(responsibilityEdges.level, 4),
          eq(responsibilityEdges.responsibleId, f.member.id),
          eq(responsibilityEdges.targetId, f.household.id),
        ),
      );
    expect(edge?.regionCode).toBe(village);
    const [l5] = await db()
      .select()
      .from(responsibilityEdges)
      .where(
        and(
          eq(responsibilityEdges.level, 5),
          eq(responsibilityEdges.responsibleId, f.household.headId),
          isNotNull(responsibilityEdges.withinId),
        ),
      );
    expect(l5?.withinId).toBe(f.household.id);
    expect(
      (await importSheet(t.app, cadre, 'edges', '五级联包', EDGES, rows)).result.counts,
    ).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('fails a non-member at L4, an unknown household, a relative of another household, a wrong level, another village — writes none', async () => {
    const f = await villageFacts();
    const before = (await db().select({ n: count() }).from(responsibilityEdges))[0]?.n;
    const job = await importSheet(t.app, cadre, 'edges', '五级联包', EDGES, [
      [4, f.nonMember, '户', f.household.head, village, null],
      [4, f.member.idNumber, '户', buildIdNumber('410599', '1960-01-01', 901), village, null],
      [5, f.member.idNumber, '家庭成员', f.relative, village, f.household.head],
      [4, f.member.idNumber, '党员', f.nonMember, village, null],
      [4, f.member.idNumber, '户', f.household.head, otherVillage, null],
      [2, f.member.idNumber, '班组', '没有这个党小组', village, village],
    ]);
    expect(job.status).toBe('failed');
    const byRow = new Map<number, string>();
    for (const p of job.result.problems) byRow.set(p.row, `${byRow.get(p.row) ?? ''}${p.zh}`);
    expect(byRow.get(2)).toContain('须为党员');
    expect(byRow.get(3)).toMatch(/尚未登记|没有以此身份证号为户主的户/);
    expect(byRow.get(4)).toContain('须为该户户主');
    expect(byRow.get(5)).toContain('只能联系');
    expect(byRow.get(6)).toContain('不在您的管辖范围内');
    expect(byRow.get(7)).toContain('没有党小组');
    expect((await db().select({ n: count() }).from(responsibilityEdges))[0]?.n).toBe(before);
  });
});

const PAIRS = [
  '结对单位',
  '单位党员身份证号',
  '村党员身份证号',
  '所在村（区划代码）',
  '联系户（户主身份证号）',
];

describe('1+1+N pairs import', () => {
  it('re-imports a generated pair unchanged, updates its households, and refuses strangers — writing nothing then', async () => {
    const [pair] = await db().select().from(contactPairs).orderBy(contactPairs.id).limit(1);
    if (!pair) throw new Error('the demo county has no 1+1+N pair');
    const cipherOf = async (id: string) =>
      (await db().select({ c: persons.idCipher }).from(persons).where(eq(persons.id, id)))[0]?.c ??
      '';
    const headOf = async (householdId: string) =>
      idOf(
        (
          await db()
            .select({ c: persons.idCipher })
            .from(households)
            .innerJoin(persons, eq(persons.id, households.headId))
            .where(eq(households.id, householdId))
        )[0]?.c ?? '',
      );
    const [unit] = await db().select().from(units).where(eq(units.id, pair.unitId));
    const unitMember = idOf(await cipherOf(pair.unitMemberId));
    const rural = idOf(await cipherOf(pair.ruralMemberId));
    const heads = await Promise.all(pair.householdIds.map(headOf));
    const row = [unit?.name ?? '', unitMember, rural, pair.regionCode, heads.join('、')];
    const same = await importSheet(t.app, county, 'pairs', '1+1+N结对', PAIRS, [row]);
    expect(same.status, JSON.stringify(same.result.problems)).toBe('succeeded');
    expect(same.result.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const fewer = await importSheet(t.app, county, 'pairs', '1+1+N结对', PAIRS, [
      [...row.slice(0, 4), heads.slice(0, 2).join('、')],
    ]);
    expect(fewer.result.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [after] = await db().select().from(contactPairs).where(eq(contactPairs.id, pair.id));
    expect(after?.householdIds).toEqual(pair.householdIds.slice(0, 2));

    const before = (await db().select({ n: count() }).from(contactPairs))[0]?.n;
    const [elsewhere] = await db()
      .select({ c: persons.idCipher })
      .from(households)
      .innerJoin(persons, eq(persons.id, households.headId))
      .where(ne(households.regionCode, pair.regionCode))
      .limit(1);
    const bad = await importSheet(t.app, county, 'pairs', '1+1+N结对', PAIRS, [
      [unit?.name ?? '', rural, unitMember, pair.regionCode, heads[0] ?? ''],
      [unit?.name ?? '', unitMember, rural, pair.regionCode, idOf(elsewhere?.c ?? '')],
      ['没有这个单位', heads[0] ?? '', rural, pair.regionCode, heads[0] ?? ''],
      [unit?.name ?? '', unitMember, rural, pair.regionCode, '110101199001011234'],
    ]);
    expect(bad.status).toBe('failed');
    const byRow = new Map<number, string>();
    for (const p of bad.result.problems) byRow.set(p.row, `${byRow.get(p.row) ?? ''}${p.zh}`);
    expect(byRow.get(2)).toContain('没有登记此人');
    expect(byRow.get(3)).toContain('本村没有户主为');
    expect(byRow.get(4)).toContain('本县没有');
    expect(byRow.get(5)).toContain('联系户');
    expect((await db().select({ n: count() }).from(contactPairs))[0]?.n).toBe(before);
    const exported = await rowsOf(
      (await call(t.app, county, 'GET', `/api/v1/exchange/export/pairs?region=${pair.regionCode}`))
        .rawPayload,
    );
    expect(exported[0]).toEqual([
      ...PAIRS,
      '单位党员姓名',
      '村党员姓名',
      '联系户户主',
      '所在村（名称）',
    ]);
    expect(exported.length).toBeGreaterThan(1);
    const villageName = await regionName(pair.regionCode);
    for (const r of exported.slice(1)) expect([r[3], r[8]]).toEqual([pair.regionCode, villageName]);
  });
});

describe('bad files for the new sheets', () => {
  it('a corrupt file is 400, a 20 MB one 413, a positions file without its key columns 400 — nothing written', async () => {
    const before = (await db().select({ n: count() }).from(responsibilityEdges))[0]?.n;
    const corrupt = await upload(
      t.app,
      cadre,
      'edges',
      Buffer.from('PK\u0003\u0004 not a workbook'),
    );
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().error.message).toContain('.xlsx');
    expect(
      (await upload(t.app, county, 'regions', Buffer.alloc(20 * 1024 * 1024, 1))).statusCode,
    ).toBe(413);
    const noKey = await upload(
      t.app,
      cadre,
      'positions',
      await workbookOf('职务', ['职务', '任职区划代码'], [['调解员', village]]),
    );
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().error.message).toContain('身份证号');
    expect((await db().select({ n: count() }).from(responsibilityEdges))[0]?.n).toBe(before);
  });
});

describe('exports of the other lists', () => {
  const exported = async (session: Session, url: string) => {
    const res = await call(t.app, session, 'GET', url);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    return rowsOf(res.rawPayload);
  };

  it('each list exports in its sheet’s columns, within the caller’s village; ID numbers masked', async () => {
    const regionRows = await exported(
      county,
      `/api/v1/exchange/export/regions?region=${village.slice(0, 9)}000`,
    );
    expect(regionRows[0]?.slice(0, 2)).toEqual(['区划代码', '名称']);
    expect(regionRows.slice(1).map((r) => r[0])).toContain(village);
    const orgRows = await exported(cadre, '/api/v1/exchange/export/orgs');
    expect(orgRows.length).toBeGreaterThan(1);
    for (const r of orgRows.slice(1)) expect(r[3]).toBe(village);
    const memberRows = await exported(cadre, '/api/v1/exchange/export/memberships');
    expect(memberRows[0]).toEqual([
      '身份证号',
      '党组织所在区划代码',
      '党组织名称',
      '党员类别',
      '入党日期',
      '党小组',
      '姓名',
      '党组织所在区划名称',
    ]);
    const listed = (
      await call(t.app, cadre, 'GET', `/api/v1/memberships?region=${village}&pageSize=1`)
    ).json() as { total: number };
    expect(memberRows.length - 1).toBe(listed.total);
    for (const r of memberRows.slice(1)) expect(String(r[0])).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const positionRows = await exported(
      cadre,
      '/api/v1/exchange/export/positions?code=firstSecretary',
    );
    expect(positionRows.length).toBeGreaterThan(1);
    for (const r of positionRows.slice(1)) expect([r[1], r[2]]).toEqual(['第一书记', village]);
    const edgeRows = await exported(cadre, '/api/v1/exchange/export/edges?level=4');
    expect(edgeRows.length).toBeGreaterThan(1);
    for (const r of edgeRows.slice(1)) expect([r[0], r[2], r[4]]).toEqual([4, '户', village]);
    const unitRows = await exported(county, '/api/v1/exchange/export/units');
    expect(unitRows.length).toBeGreaterThan(1);
  });

  it('an export re-imported changes nothing where it names records by code and name (units, orgs, regions)', async () => {
    for (const entity of ['units', 'orgs', 'regions']) {
      const file = (await call(t.app, county, 'GET', `/api/v1/exchange/export/${entity}`))
        .rawPayload;
      const job = await importFile(t.app, county, entity, file);
      expect(job.status, `${entity}: ${JSON.stringify(job.result.problems.slice(0, 3))}`).toBe(
        'succeeded',
      );
      expect(job.result.counts?.created, entity).toBe(0);
      expect(job.result.counts?.updated, entity).toBe(0);
    }
  });

  it('refuses filters the list does not have and regions outside the caller’s scope', async () => {
    expect(
      (await call(t.app, cadre, 'GET', '/api/v1/exchange/export/edges?tag=veteran')).statusCode,
    ).toBe(400);
    expect(
      (await call(t.app, cadre, 'GET', '/api/v1/exchange/export/positions?level=2')).statusCode,
    ).toBe(400);
    expect(
      (await call(t.app, cadre, 'GET', '/api/v1/exchange/export/edges?level=9')).statusCode,
    ).toBe(400);
    expect(
      (await call(t.app, cadre, 'GET', `/api/v1/exchange/export/positions?region=${otherVillage}`))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await call(
          t.app,
          cadre,
          'GET',
          `/api/v1/exchange/export/memberships?region=${otherVillage}`,
        )
      ).statusCode,
    ).toBe(404);
  });
});
