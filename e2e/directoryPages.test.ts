import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../src/domain/directory/idNumber.ts';
import { DEMO_PASSWORD, openHarness } from './support/harness.ts';
import type { Harness } from './support/harness.ts';
import { clickForToast, pickOption, pickRegion } from './support/steps.ts';

// The grids, positions, party-members and 五级联包 pages as a village cadre: each list holds only
// the cadre's village, filters and pagination live in the URL, a grid is created and renamed in a
// modal, an edge is removed, and a positions workbook with one bad row writes nothing until fixed.
let h: Harness;
let village = { code: '', name: '' };

interface Page<T> {
  items: T[];
  total: number;
}

async function apiGet<T>(path: string): Promise<T> {
  return h.page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as unknown;
  }, path) as Promise<T>;
}

const tableRows = () => h.page.locator('main .ant-table-tbody > tr.ant-table-row');

async function openNav(label: string, path: string) {
  await h.page.getByRole('navigation').getByText(label, { exact: true }).click();
  await h.page.waitForURL(`**${path}`);
}

async function workbook(
  sheetName: string,
  header: string[],
  rows: (string | null)[][],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(name: string, file: Buffer) {
  await h.page.locator('main input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
}

describe('grids, positions, memberships and 五级联包 pages in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('directoryPages');
    await h.page.goto(`${h.baseUrl}/login`);
    expect(await h.logIn('village1', DEMO_PASSWORD)).toBe(200);
    const me = await apiGet<{ roles: { scope: string; scopeName: string }[] }>('/api/v1/auth/me');
    village = { code: me.roles[0]?.scope ?? '', name: me.roles[0]?.scopeName ?? '' };
    expect(village.code).toMatch(/^\d{12}$/);
  });

  // Each test starts from a loaded page: one that failed cannot leave a dialog or popover over the
  // next one's first click.
  beforeEach(async () => {
    await h.page.goto(`${h.baseUrl}/`);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('lists the village’s grids and creates and renames one in a modal', async () => {
    await openNav('网格', '/grids');
    await tableRows().first().waitFor();
    const api = await apiGet<Page<{ regionCode: string }>>('/api/v1/grids?pageSize=100');
    expect(api.total).toBeGreaterThan(0);
    expect(api.items.every((g) => g.regionCode === village.code)).toBe(true);
    await h.page.getByText(`共 ${api.total} 条`).waitFor();
    expect(await tableRows().count()).toBe(Math.min(api.total, 20));
    for (const cell of await tableRows().locator('td:nth-child(3)').allTextContents())
      expect(cell).toBe(village.name);

    await h.page.getByRole('button', { name: '新增' }).click();
    const dialog = h.page.getByRole('dialog');
    await pickRegion(h, dialog.getByLabel('所在村（社区）'), village.name);
    await pickOption(h, dialog.getByLabel('类型'), '', '村民小组');
    await dialog.getByLabel('名称').fill('第九村民小组');
    await h.shot('directoryPages-grid-create');
    await clickForToast(h, dialog.getByRole('button', { name: '确定' }), '已新增');
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
    await h.page.getByPlaceholder('输入网格名称').fill('第九村民小组');
    await h.page.getByPlaceholder('输入网格名称').press('Enter');
    await h.page.waitForURL(/q=/);
    await expect.poll(() => tableRows().count()).toBe(1);
    await tableRows().first().getByRole('button', { name: '修改' }).click();
    await dialog.getByLabel('名称').fill('第九组（更名）');
    await clickForToast(h, dialog.getByRole('button', { name: '确定' }), '已保存');
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
    const renamed = await apiGet<Page<{ name: string }>>(
      `/api/v1/grids?q=${encodeURIComponent('第九组')}`,
    );
    expect(renamed.items.map((g) => g.name)).toEqual(['第九组（更名）']);
  });

  it('shows current and past positions of the village, one person’s history, and imports positions all-or-nothing', async () => {
    await openNav('职务任职', '/positions');
    await tableRows().first().waitFor();
    const all = await apiGet<Page<{ regionCode: string }>>('/api/v1/positions?pageSize=100');
    expect(all.items.every((p) => p.regionCode === village.code)).toBe(true);
    await h.page.getByText('现任', { exact: true }).first().click();
    await h.page.waitForURL(/current=true/);
    await h.shot('directoryPages-positions');

    // A new person of the village, then a positions workbook for them with one unknown ID number.
    const idNumber = buildIdNumber(village.code.slice(0, 6), '1978-08-08', 551);
    const stranger = buildIdNumber(village.code.slice(0, 6), '1978-08-08', 552);
    await h.page.evaluate(
      async ({ body, csrf }) => {
        const response = await fetch('/api/v1/persons', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify(body),
        });
        if (response.status !== 201)
          throw new Error(`create person: ${response.status} ${await response.text()}`);
      },
      {
        body: { name: '调解员甲', idNumber, regionCode: village.code, tags: [] },
        csrf: (await apiGet<{ csrfToken: string }>('/api/v1/auth/me')).csrfToken,
      },
    );
    const header = ['身份证号', '职务', '任职区划代码', '任职日期', '金牌调解员'];
    await upload(
      '职务导入.xlsx',
      await workbook('职务', header, [
        [idNumber, '调解员', village.code, '2024-03-01', '是'],
        [stranger, '人大代表', village.code, '2024-03-01', null],
      ]),
    );
    const failure = h.page.getByRole('alert').filter({ hasText: '未导入任何数据' });
    await failure.waitFor();
    await expect.poll(() => failure.textContent()).toContain('第 3 行');
    await h.shot('directoryPages-positions-import-failed');
    const before = await apiGet<Page<{ personName: string }>>(
      '/api/v1/positions?code=mediator&pageSize=100',
    );
    expect(before.items.some((p) => p.personName === '调解员甲')).toBe(false);

    await upload(
      '职务导入.xlsx',
      await workbook('职务', header, [[idNumber, '调解员', village.code, '2024-03-01', '是']]),
    );
    await h.page.getByText('导入完成').waitFor();
    await h.page.getByRole('button', { name: '调解员甲' }).first().click();
    await h.page.waitForURL(/person=/);
    await h.page.getByText('调解员甲的任职历史').waitFor();
    await expect.poll(() => tableRows().count()).toBe(1);
    await h.page.getByText('金牌调解员').first().waitFor();
    await h.shot('directoryPages-positions-history');

    // The same person becomes 人大代表 through the form: person found by name, position, region, date.
    await h.page.getByRole('button', { name: '新增' }).click();
    const dialog = h.page.getByRole('dialog');
    await pickOption(h, dialog.getByLabel('任职人'), '调解员甲', '调解员甲');
    await pickOption(h, dialog.getByLabel('职务'), '人大', '人大代表');
    await pickRegion(h, dialog.getByLabel('所在区划'), village.name);
    await dialog.getByLabel('任职日期').fill('2023-01-10');
    await h.shot('directoryPages-position-create');
    await clickForToast(h, dialog.getByRole('button', { name: '确定' }), '已新增');
    await expect.poll(() => tableRows().count()).toBe(2);
    await tableRows().getByText('人大代表', { exact: true }).waitFor();
  });

  it('lists the village’s party members with their branch and filters by kind', async () => {
    await openNav('党员名册', '/memberships');
    await tableRows().first().waitFor();
    const api = await apiGet<Page<{ regionCode: string; kind: string }>>(
      '/api/v1/memberships?pageSize=100',
    );
    expect(api.total).toBeGreaterThan(0);
    expect(api.items.every((m) => m.regionCode === village.code)).toBe(true);
    await h.page.getByText(`共 ${api.total} 条`).waitFor();
    await pickOption(h, h.page.getByLabel('按党员类别筛选'), '', '正式党员');
    await h.page.waitForURL(/kind=formal/);
    const formal = api.items.filter((m) => m.kind === 'formal').length;
    const formalTotal = (await apiGet<Page<unknown>>('/api/v1/memberships?kind=formal&pageSize=1'))
      .total;
    expect(formal).toBeLessThanOrEqual(formalTotal);
    await h.page.getByText(`共 ${formalTotal} 条`).waitFor();
    await h.shot('directoryPages-memberships');
  });

  it('lists 五级联包 edges of the village only, filters by level, and removes one', async () => {
    await openNav('五级联包', '/responsibility/edges');
    await tableRows().first().waitFor();
    const api = await apiGet<Page<{ regionCode: string }>>(
      '/api/v1/responsibility/edges?pageSize=100',
    );
    expect(api.total).toBeGreaterThan(0);
    expect(api.items.every((e) => e.regionCode === village.code)).toBe(true);
    // the village by its name, not its 12-digit code (issue 15)
    for (const cell of await tableRows().locator('td:nth-child(5)').allTextContents())
      expect(cell).toBe(village.name);
    await pickOption(h, h.page.getByLabel('按层级筛选'), '', '四级');
    await h.page.waitForURL(/level=4/);
    const l4 = await apiGet<Page<unknown>>('/api/v1/responsibility/edges?level=4&pageSize=1');
    await h.page.getByText(`共 ${l4.total} 条`).waitFor();
    await h.shot('directoryPages-edges');
    await tableRows().first().getByRole('button', { name: '解除' }).click();
    await h.page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
    await h.page.getByText('已解除').waitFor();
    await h.page.getByText(`共 ${l4.total - 1} 条`).waitFor();

    // 1+1+N: the pairs of the village, with the unit's member, the village member and their households.
    await h.page.getByText('1+1+N 结对帮联', { exact: true }).click();
    await h.page.waitForURL(/view=pairs/);
    const pairs = await apiGet<Page<{ regionCode: string; unitName: string }>>(
      '/api/v1/responsibility/pairs?pageSize=100',
    );
    expect(pairs.items.every((p) => p.regionCode === village.code)).toBe(true);
    if (pairs.total > 0) {
      await tableRows().first().waitFor();
      await h.page.getByText(`共 ${pairs.total} 条`).waitFor();
      expect(await tableRows().first().locator('td').first().textContent()).toBe(
        pairs.items[0]?.unitName,
      );
    } else await h.page.locator('main .ant-empty').waitFor();
    await h.shot('directoryPages-pairs');
    await h.page.getByText('五级联包', { exact: true }).first().click();

    // Another village's edges are not this cadre's: filtering on it shows nothing.
    const other = village.code.slice(0, 9) + (village.code.endsWith('201') ? '202' : '201');
    expect(
      (await apiGet<Page<unknown>>(`/api/v1/responsibility/edges?region=${other}`)).total,
    ).toBe(0);
    await h.page.goto(`${h.baseUrl}/responsibility/edges?region=${other}`);
    await h.page.locator('main .ant-empty').waitFor();
    expect(await tableRows().count()).toBe(0);
    await h.shot('directoryPages-edges-other-village');
  });

  it('shows a county administrator the county’s 1+1+N pairs with their households', async () => {
    await h.logOut();
    expect(await h.logIn('county', DEMO_PASSWORD)).toBe(200);
    await h.page.goto(`${h.baseUrl}/responsibility/edges?view=pairs`);
    const pairs = await apiGet<Page<{ unitName: string; households: unknown[] }>>(
      '/api/v1/responsibility/pairs?pageSize=20',
    );
    expect(pairs.total).toBeGreaterThan(0);
    await tableRows().first().waitFor();
    await h.page.getByText(`共 ${pairs.total} 条`).waitFor();
    expect(await tableRows().count()).toBe(Math.min(pairs.total, 20));
    expect(await tableRows().first().locator('td').first().textContent()).toBe(
      pairs.items[0]?.unitName,
    );
    expect(await tableRows().first().locator('td').last().locator('.ant-tag').count()).toBe(
      pairs.items[0]?.households.length,
    );
    await h.shot('directoryPages-pairs-county');

    // …and enters one by hand: the first pair's unit and member with another party member of the
    // same village, who together take on one household of it.
    const first = (
      await apiGet<
        Page<{
          regionCode: string;
          regionName: string;
          unitName: string;
          unitMemberId: string;
          unitMemberName: string;
        }>
      >('/api/v1/responsibility/pairs?pageSize=1')
    ).items[0];
    if (!first) throw new Error('no 1+1+N pair in the demo county');
    const paired = new Set(
      (
        await apiGet<Page<{ unitMemberId: string; ruralMemberId: string }>>(
          `/api/v1/responsibility/pairs?region=${first.regionCode}&pageSize=100`,
        )
      ).items
        .filter((p) => p.unitMemberId === first.unitMemberId)
        .map((p) => p.ruralMemberId),
    );
    const rural = (
      await apiGet<Page<{ personId: string; personName: string }>>(
        `/api/v1/memberships?region=${first.regionCode}&pageSize=50`,
      )
    ).items.find((m) => !paired.has(m.personId));
    const home = (
      await apiGet<Page<{ id: string; head: { name: string } }>>(
        `/api/v1/households?region=${first.regionCode}&pageSize=1`,
      )
    ).items[0];
    if (!rural?.personName || !home) throw new Error('demo village data');
    await h.page.getByRole('button', { name: '新建结对' }).click();
    const dialog = h.page.getByRole('dialog');
    await pickRegion(h, dialog.getByLabel('所在村'), first.regionName);
    await pickOption(h, dialog.getByLabel('结对单位'), first.unitName, first.unitName);
    await pickOption(h, dialog.getByLabel('单位党员'), first.unitMemberName, first.unitMemberName);
    await pickOption(h, dialog.getByLabel('村党员'), rural.personName, rural.personName);
    await pickOption(h, dialog.getByLabel('共同联系的户'), home.head.name, home.head.name);
    await dialog.getByText('新建结对', { exact: true }).click();
    await h.shot('directoryPages-pair-create');
    await clickForToast(h, dialog.getByRole('button', { name: '确定' }), '已新增');
    const after = await apiGet<Page<{ ruralMemberId: string; households: { id: string }[] }>>(
      `/api/v1/responsibility/pairs?region=${first.regionCode}&pageSize=100`,
    );
    expect(after.items.find((p) => p.ruralMemberId === rural.personId)?.households).toEqual([
      expect.objectContaining({ id: home.id }),
    ]);
    await h.logOut();
    expect(await h.logIn('village1', DEMO_PASSWORD)).toBe(200);
  });

  it('reads in English on a phone', async () => {
    await h.page.goto(`${h.baseUrl}/positions`);
    await tableRows().first().waitFor();
    await h.chooseLanguage('简体中文', 'English');
    await h.page.getByText('Positions', { exact: true }).first().waitFor();
    await h.page.setViewportSize({ width: 390, height: 844 });
    await h.shot('directoryPages-positions-en-phone');
    await h.page.setViewportSize({ width: 1280, height: 800 });
    expect(h.pageErrors).toEqual([]);
  });
});
