import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { yuanText } from '../../../domain/economy/ledger.ts';
import {
  auditEvents,
  economyAssets,
  economyAssetValuations,
  regions,
} from '../../db/schema/index.ts';
import { V1, V2, rowCounts } from '../../testing/fixtureCounty.ts';
import {
  download,
  importFile,
  importSheet,
  rowsOf,
  workbookOf,
} from '../../testing/exchangeKit.ts';
import { call, type Session } from '../../testing/testApp.ts';
import { OFFICIALS, useLogins, useTestApp } from '../../testing/appKit.ts';
import type { AssetView, ContractView, LedgerView } from './views.ts';

// Issue 13 parts 1 and 8 on the hand-written county (today 2026-11-22): a village's 三资 ledger
// imported from Excel (all rows or none, a row-level error file), the lists as .xlsx read back
// with exceljs, and the village finance statement whose figures are the ledger's sums.

const t = useTestApp({}, {}, 120_000);
const { county, township, village1, village2 } = useLogins(t, ...OFFICIALS);
let v1Name = '';

const HEADER = [
  '所在村（区划代码）',
  '资产名称',
  '三资类别',
  '资产种类',
  '面积（亩）',
  '坐落位置',
  '状态',
  '账面价值（元）',
  '估值日期',
];
const GOOD = [
  [V1, '东洼承包地', '资源', '耕地', 120.5, '村东洼地', '已发包', '360000.50', '2025-12-31'],
  [V1, '村委会办公楼', '资产', 'building', null, '村中心', '自营', 1_250_000, null],
];

beforeAll(async () => {
  const [r] = await t.deps.database.db
    .select({ name: regions.name })
    .from(regions)
    .where(eq(regions.code, V1));
  v1Name = r?.name ?? '';
}, 120_000);

const get = (s: Session, url: string) => call(t.app, s, 'GET', url);
const footprint = () =>
  rowCounts(t.deps.database.db, {
    assets: economyAssets,
    valuations: economyAssetValuations,
    audit: auditEvents,
  });

describe('三资 import (issue 13 part 1)', () => {
  it('offers a template with the sheet’s Chinese headers', async () => {
    const rows = await rowsOf(await download(t.app, village1, '/api/v1/exchange/templates/assets'));
    expect(rows[0]?.slice(0, 4)).toEqual([
      '所在村（区划代码）',
      '资产名称',
      '三资类别',
      '资产种类',
    ]);
  });

  it('writes nothing when any row is bad, and names each bad row’s problem in the error file', async () => {
    const before = await footprint();
    const file = await workbookOf('三资', HEADER, [
      ...GOOD,
      [V1, '北坡林地', '资源', '林地', -3, '北坡', null, null, null],
      [V1, '南塘', '资源', '鱼塘', 10, '南塘', null, null, null],
      [V2, '二村耕地', '资源', '耕地', 10, '二村', null, null, null],
      [V1, '集体存款', '资金', '资金', null, '信用社', null, 1234.567, null],
      [V1, '西坡林地', '资源', '林地', 8, '西坡', null, '-5', null],
    ]);
    const job = await importFile(t.app, village1, 'assets', file);
    expect(job.status).toBe('failed');
    expect(job.result.counts).toBeNull();
    expect(job.result.failedRows).toBe(5);
    expect(await footprint()).toEqual(before);
    expect(job.artifact).not.toBeNull();
    const errors = await rowsOf(await download(t.app, village1, job.artifact?.url ?? ''));
    const explain = (row: number) => String(errors[row - 1]?.[HEADER.length] ?? '');
    expect(explain(2)).toBe('');
    expect(explain(3)).toBe('');
    expect(explain(4)).toContain('面积（亩）');
    expect(explain(4)).toContain('不能为负数');
    expect(explain(5)).toContain('资产种类');
    expect(explain(6)).toContain('不在您的管辖范围内');
    expect(explain(7)).toContain('最多两位小数');
    expect(explain(8)).toContain('账面价值（元）');
  });

  it('imports a good file whole, values in 分, and a re-import changes only what differs', async () => {
    const created = await importSheet(t.app, village1, 'assets', '三资', HEADER, GOOD);
    expect(created.status, JSON.stringify(created.result.problems)).toBe('succeeded');
    expect(created.result.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const items = (await get(village1, `/api/v1/economy/assets?region=${V1}`)).json()
      .items as AssetView[];
    expect(items.find((a) => a.name === '东洼承包地')).toMatchObject({
      kind: 'resource',
      assetClass: 'farmland',
      area: 120.5,
      status: 'contracted',
      valueFen: 36_000_050,
      valuations: [{ valuedOn: '2025-12-31', valueFen: 36_000_050 }],
    });
    expect(items.find((a) => a.name === '村委会办公楼')).toMatchObject({
      area: 0,
      valueFen: 125_000_000,
    });
    const again = await importSheet(t.app, village1, 'assets', '三资', HEADER, GOOD);
    expect(again.result.counts).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const revalued = await importSheet(t.app, village1, 'assets', '三资', HEADER, [
      [V1, '东洼承包地', '资源', '耕地', 120.5, '村东洼地', '已发包', 380_000, '2026-06-30'],
    ]);
    expect(revalued.result.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const land = (
      (await get(village1, `/api/v1/economy/assets?region=${V1}`)).json().items as AssetView[]
    ).find((a) => a.name === '东洼承包地');
    expect(land?.valuations.map((v) => v.valueFen)).toEqual([38_000_000, 36_000_050]);
  });

  it('refuses a county administrator’s rows: only the village’s cadres write its books', async () => {
    const before = await footprint();
    const job = await importSheet(t.app, county, 'assets', '三资', HEADER, [
      [V1, '县里代填', '资源', '耕地', 1, '某处', null, null, null],
    ]);
    expect(job.status).toBe('failed');
    expect(job.result.problems[0]?.zh).toContain('村干部');
    expect(await footprint()).toEqual(before);
  });
});

let contract: ContractView;

async function sheetOf(data: Buffer, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) =>
  (ws.getRow(n).values as ExcelJS.CellValue[]).slice(1);

describe('exports and the village finance statement (issue 13 part 8)', () => {
  beforeAll(async () => {
    const land = (
      (await get(village1, `/api/v1/economy/assets?region=${V1}`)).json().items as AssetView[]
    ).find((a) => a.name === '东洼承包地');
    const res = await call(t.app, village1, 'POST', '/api/v1/economy/contracts', {
      payload: {
        assetId: land?.id,
        lessee: '赵丰收',
        area: 100.25,
        pricePerMuFen: 60_012,
        startsOn: '2025-01-01',
        endsOn: '2029-12-31',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    contract = res.json<ContractView>();
    for (const [paidOn, amountFen] of [
      ['2025-03-10', 3_000_001],
      ['2026-02-15', 2_500_099],
      ['2026-07-01', 1_000_000],
    ] as const) {
      const paid = await call(
        t.app,
        village1,
        'POST',
        `/api/v1/economy/contracts/${contract.id}/payments`,
        { payload: { paidOn, amountFen } },
      );
      expect(paid.statusCode, paid.body).toBe(201);
    }
  });

  it('exports the contracts with the village’s name and 元 with two decimals from 分', async () => {
    const file = await download(t.app, township, `/api/v1/economy/exports/contracts?region=${V1}`);
    const ws = await sheetOf(file, '合同台账');
    expect(rowValues(ws, 1).slice(0, 3)).toEqual(['村', '承包方', '资产']);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => rowValues(ws, i + 2));
    const mine = rows.find((r) => r[1] === '赵丰收');
    expect(mine?.[0]).toBe(v1Name);
    expect(mine?.[5]).toBe(600.12); // 单价
    expect(mine?.[6]).toBe(contract.annualFeeFen / 100);
    expect(mine?.[12]).toBe(65_001.0);
    expect(ws.getColumn(6).numFmt).toBe('#,##0.00');
    expect(rows.every((r) => r[0] === v1Name)).toBe(true);
  });

  it('exports the assets, the 清化收 findings and the ledger, each as the lists show them', async () => {
    const assets = await sheetOf(
      await download(t.app, village1, `/api/v1/economy/exports/assets?region=${V1}`),
      '三资台账',
    );
    const land = Array.from({ length: assets.rowCount }, (_, i) => rowValues(assets, i + 1)).find(
      (r) => r[1] === '东洼承包地',
    );
    expect(land).toEqual([
      v1Name,
      '东洼承包地',
      '资源',
      '耕地',
      120.5,
      '村东洼地',
      '', // no 网格
      '已发包',
      380_000,
      '2026-06-30',
    ]);
    const cleanup = await download(t.app, county, `/api/v1/economy/exports/cleanup?region=${V1}`);
    const report = (await get(county, `/api/v1/economy/cleanup?region=${V1}`)).json<{
      flagged: ContractView[];
    }>();
    const flagged = await sheetOf(cleanup, '清化收问题合同');
    expect(flagged.rowCount - 1).toBe(report.flagged.length);
    const ledger = (
      await get(village1, `/api/v1/economy/ledger?region=${V1}&year=2026`)
    ).json<LedgerView>();
    const byMonth = await sheetOf(
      await download(t.app, village1, `/api/v1/economy/exports/ledger?region=${V1}&year=2026`),
      '按月按来源',
    );
    const total = rowValues(byMonth, 14);
    expect(total[0]).toBe('全年');
    expect(total.at(-1)).toBe(ledger.totalFen / 100);
    expect(rowValues(byMonth, 3).at(-1)).toBe((ledger.byMonth[1] ?? 0) / 100);
    const entries = await sheetOf(
      await download(t.app, village1, `/api/v1/economy/exports/ledger?region=${V1}&year=2026`),
      '收入明细',
    );
    expect(entries.rowCount - 1).toBe(ledger.entries.length);
  });

  it('answers 404 for a region or village the caller does not read', async () => {
    for (const url of [
      `/api/v1/economy/exports/contracts?region=${V1}`,
      `/api/v1/economy/exports/ledger?region=${V1}`,
      `/api/v1/economy/statement?village=${V1}&year=2026`,
    ])
      expect((await get(village2, url)).statusCode, url).toBe(404);
    expect((await get(village1, '/api/v1/economy/exports/payroll')).statusCode).toBe(400);
  });

  it('writes the statement from the records: income by source and month equal the ledger’s sums', async () => {
    const res = await get(township, `/api/v1/economy/statement?village=${V1}&year=2026`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    // each table row's cells, by the first cell's text
    const tableRows = [...xml.matchAll(/<w:tr[ >].*?<\/w:tr>/g)].map((m) =>
      [...m[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((c) => c[0].replace(/<[^>]+>/g, '')),
    );
    const rowOf = (first: string) => tableRows.find((r) => r[0] === first);
    const now = (
      await get(township, `/api/v1/economy/ledger?region=${V1}&year=2026`)
    ).json<LedgerView>();
    const last = (
      await get(township, `/api/v1/economy/ledger?region=${V1}&year=2025`)
    ).json<LedgerView>();
    expect(now.totalFen).toBeGreaterThan(0);
    expect(last.totalFen).toBeGreaterThan(0);
    expect(text).toContain(`${v1Name}2026年度村集体经济财务报表`);
    expect(text).toContain(`合计 ${yuanText(now.totalFen)} 元，上年 ${yuanText(last.totalFen)} 元`);
    expect(rowOf('合计')?.slice(1, 3)).toEqual([yuanText(now.totalFen), yuanText(last.totalFen)]);
    const contractFen = now.bySource.find((s) => s.source === 'contract')?.amountFen ?? 0;
    const lastContractFen = last.bySource.find((s) => s.source === 'contract')?.amountFen ?? 0;
    expect(rowOf('发包收入')).toEqual([
      '发包收入',
      yuanText(contractFen),
      yuanText(lastContractFen),
      `+${yuanText(contractFen - lastContractFen)}`.replace('+-', '-'),
    ]);
    for (let m = 1; m <= 12; m++)
      expect(rowOf(`${m}月`)?.slice(1, 3), `${m}月`).toEqual([
        yuanText(now.byMonth[m - 1] ?? 0),
        yuanText(last.byMonth[m - 1] ?? 0),
      ]);
    // the contract's row: what was paid this year and in all
    expect(rowOf('赵丰收')?.slice(5, 7)).toEqual([yuanText(3_500_099), yuanText(6_500_100)]);
    expect(text).toContain('农业托管');
  });
});
