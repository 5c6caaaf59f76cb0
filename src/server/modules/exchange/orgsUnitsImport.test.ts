import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildIdNumber } from '../../../domain/directory/idNumber.ts';
import { partyOrgs, units } from '../../db/schema/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { importFile, importPerson, importSheet, workbookOf } from '../../testing/exchangeKit.ts';

const t = useTestApp({}, { directory: true });
let county: Session;
let cadre: Session;
let village: string;
const UNITS = ['单位名称', '单位类型', '所在区划代码', '能力标签'];
const ORGS = [
  '组织名称',
  '组织类型',
  '组织类别',
  '所在区划代码',
  '上级组织所在区划代码',
  '上级组织名称',
  '所属单位',
];

beforeAll(async () => {
  county = await login(t.app, 'county');
  cadre = await login(t.app, 'village1');
  village =
    ((await call(t.app, cadre, 'GET', '/api/v1/auth/me')).json() as { roles: { scope: string }[] })
      .roles[0]?.scope ?? '';
});

describe('units and party organizations import', () => {
  it('creates units and an org tree whose parent is in the same file; the same files again change nothing', async () => {
    const countyCode = `${village.slice(0, 6)}000000`;
    const unitFile = await workbookOf('单位', UNITS, [
      ['导入测试局', '机关单位', countyCode, '农业技术、金融服务'],
      ['导入测试公司', '企业', village, ''],
    ]);
    expect((await importFile(t.app, county, 'units', unitFile)).result.counts).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    const [unit] = await t.deps.database.db
      .select()
      .from(units)
      .where(eq(units.name, '导入测试局'));
    expect(unit?.capabilities).toEqual(['agriculture', 'finance']);

    const orgFile = await workbookOf('党组织', ORGS, [
      ['导入测试第一党小组', '党小组', '农村', village, village, '导入测试联合支部', null],
      ['导入测试联合支部', '党支部', '农村', village, null, null, null],
      ['导入测试局机关党支部', '机关党支部', '单位', countyCode, null, null, '导入测试局'],
    ]);
    const job = await importFile(t.app, county, 'orgs', orgFile);
    expect(job.result.counts).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const [group] = await t.deps.database.db
      .select()
      .from(partyOrgs)
      .where(eq(partyOrgs.name, '导入测试第一党小组'));
    const [branch] = await t.deps.database.db
      .select()
      .from(partyOrgs)
      .where(eq(partyOrgs.name, '导入测试联合支部'));
    expect(group?.parentId).toBe(branch?.id);
    expect((await importFile(t.app, county, 'orgs', orgFile)).result.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    expect((await importFile(t.app, county, 'units', unitFile)).result.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('fails unknown parents, unknown units, kinds a type cannot have, and a unit outside a village cadre’s scope', async () => {
    const job = await importSheet(t.app, cadre, 'orgs', '党组织', ORGS, [
      ['孤儿支部', '党支部', '农村', village, village, '没有这个支部', null],
      ['错类别支部', '机关党支部', '农村', village, null, null, null],
      ['无单位支部', '党支部', '单位', village, null, null, '没有这个单位'],
    ]);
    expect(job.status).toBe('failed');
    expect(job.result.problems.map((p) => p.row)).toEqual([2, 3, 4]);
    const units = await importSheet(t.app, cadre, 'units', '单位', UNITS, [
      ['县里的局', '机关单位', `${village.slice(0, 6)}000000`, ''],
    ]);
    expect(units.result.problems[0]?.zh).toContain('不在您的管辖范围内');
  });
});

describe('memberships import', () => {
  it('joins registered persons to a branch by region + name, refuses bad dates, and re-imports without change', async () => {
    const [branch] = await t.deps.database.db
      .select()
      .from(partyOrgs)
      .where(eq(partyOrgs.regionCode, village))
      .limit(1);
    if (!branch) throw new Error('no org in the village');
    const member = buildIdNumber('410599', '1975-04-04', 951);
    await importPerson(t.app, cadre, '入党甲', member, village);
    const HEADER = ['身份证号', '党组织所在区划代码', '党组织名称', '党员类别', '入党日期'];
    const bad = await importSheet(t.app, cadre, 'memberships', '党员', HEADER, [
      [member, village, branch.name, '正式党员', '2001-02-30'],
    ]);
    expect(bad.result.problems[0]?.zh).toContain('入党日期');
    const file = await workbookOf('党员', HEADER, [
      [member, village, branch.name, '预备党员', new Date(Date.UTC(2001, 6, 1))],
    ]);
    expect((await importFile(t.app, cadre, 'memberships', file)).result.counts).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
    });
    expect((await importFile(t.app, cadre, 'memberships', file)).result.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
  });
});
