import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../src/domain/directory/idNumber.ts';
import { nameSearchKeys } from '../src/domain/directory/pinyinSearch.ts';
import { DEMO_PASSWORD, openHarness } from './support/harness.ts';
import type { Harness } from './support/harness.ts';

// The directory as a village cadre (scope, pinyin search, a household's chain, coverage, Excel
// import all-or-nothing), then 我的联户 as a party member and 我家 as a villager, also on a phone.
let h: Harness;
let village = { code: '', name: '' };

interface Page<T> {
  items: T[];
  total: number;
}

/** A GET of the JSON API with the page's own session cookie. */
async function apiGet<T>(path: string): Promise<T> {
  return h.page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as unknown;
  }, path) as Promise<T>;
}

const tableRows = () => h.page.locator('main .ant-table-tbody > tr.ant-table-row');

/** A drawer's full height in the screenshot: the page grows to it for the shot. */
async function shotWithDrawer(name: string) {
  await h.page.setViewportSize({ width: 1280, height: 1400 });
  await h.shot(name);
  await h.page.setViewportSize({ width: 1280, height: 800 });
}

async function openNav(label: string, path: string) {
  await h.page.getByRole('navigation').getByText(label, { exact: true }).click();
  await h.page.waitForURL(`**${path}`);
}

/** A persons workbook as a user fills in the downloaded template. */
async function personsWorkbook(rows: (string | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员');
  sheet.addRow(['姓名', '身份证号', '手机号', '所在村（区划代码）', '文化程度', '标签']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(file: Buffer) {
  await h.page.locator('main input[type=file]').setInputFiles({
    name: '人员导入.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
}

describe('directory pages in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('directory');
    await h.page.goto(`${h.baseUrl}/login`);
    expect(await h.logIn('village1', DEMO_PASSWORD)).toBe(200);
    const me = await apiGet<{ roles: { scope: string; scopeName: string }[] }>('/api/v1/auth/me');
    village = { code: me.roles[0]?.scope ?? '', name: me.roles[0]?.scopeName ?? '' };
    expect(village.code).toMatch(/^\d{12}$/);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('shows a village cadre only the people of that village', async () => {
    await openNav('人员名录', '/persons');
    await tableRows().first().waitFor();
    const api = await apiGet<Page<{ regionCode: string }>>('/api/v1/persons?pageSize=200');
    expect(api.total).toBeGreaterThan(0);
    expect(api.items.every((p) => p.regionCode === village.code)).toBe(true);
    await h.page.getByText(`共 ${api.total} 条`).waitFor();

    // 50 rows a page: every one of them lives in the cadre's village
    await h.page.goto(`${h.baseUrl}/persons?pageSize=50`);
    await tableRows().nth(49).waitFor();
    const villages = await tableRows().evaluateAll((rows) =>
      rows.map((row) => row.children[3]?.textContent ?? ''),
    );
    expect(villages).toHaveLength(50);
    expect(new Set(villages)).toEqual(new Set([village.name]));
    expect(await h.page.locator('main .ant-table-tbody').textContent()).not.toMatch(
      /\d{17}[\dX]|1\d{10}/,
    );
    await h.shot('directory-persons-zh-CN');
  });

  it('finds a person by the pinyin initials of the name', async () => {
    await tableRows().first().waitFor();
    const names = await tableRows().evaluateAll((rows) =>
      rows.map((row) => row.children[0]?.textContent ?? ''),
    );
    // a three-character name makes a selective query
    const name = names.find((n) => Array.from(n).length === 3) ?? names[0] ?? '';
    const initials = nameSearchKeys(name).initials;
    expect(initials).toMatch(/^[a-z]{2,3}$/);
    const search = h.page.getByPlaceholder('姓名、拼音（如 zs、zhangsan）、身份证号或手机号');
    await search.fill(initials);
    await search.press('Enter');
    await h.page.waitForURL((url) => url.searchParams.get('q') === initials);
    // The name was on the page before the search too: wait until the rows are the search's own.
    const matches = async () => {
      const found = await tableRows().evaluateAll((rows) =>
        rows.map((row) => row.children[0]?.textContent ?? ''),
      );
      return (
        found.includes(name) && found.every((n) => nameSearchKeys(n).searchText.includes(initials))
      );
    };
    await expect.poll(matches, { timeout: 30_000 }).toBe(true);
    await h.shot('directory-persons-pinyin-zh-CN');

    await h.page
      .locator('main .ant-table-tbody')
      .getByRole('button', { name, exact: true })
      .first()
      .click();
    const drawer = h.page.getByRole('dialog');
    await drawer.getByText('党籍', { exact: true }).waitFor();
    await drawer.getByText('职务', { exact: true }).waitFor();
    await shotWithDrawer('directory-person-detail-zh-CN');
    await drawer.locator('.ant-drawer-close').click();
  });

  it('opens a household with its members and who answers for it', async () => {
    await openNav('家庭户', '/households');
    await tableRows().first().waitFor();
    await tableRows().first().getByRole('button').first().click();
    const drawer = h.page.getByRole('dialog');
    await drawer.getByText('谁为我们负责').waitFor();
    await drawer.getByText('家庭成员').first().waitFor();
    const levels = await drawer.locator('.lingyan-chain .ant-steps-item').count();
    expect(levels).toBe(4);
    const chain = (await drawer.locator('.lingyan-chain').textContent()) ?? '';
    for (const level of ['四级', '三级', '二级', '一级']) expect(chain).toContain(level);
    await shotWithDrawer('directory-household-chain-zh-CN');
    await drawer.locator('.ant-drawer-close').click();
  });

  it('renders the coverage report with its four sections', async () => {
    await openNav('联包覆盖', '/coverage');
    for (const title of [
      '没有联系党员的户',
      '联系户数超过 15 户的党员',
      '没有书记的村（社区）',
      '没有驻站干部的街道服务站',
    ]) {
      await h.page.getByText(title).waitFor();
    }
    const report = await apiGet<{ totals: { households: number } }>(
      `/api/v1/responsibility/coverage?region=${village.code}`,
    );
    await h.page
      .locator('.ant-statistic')
      .first()
      .getByText(report.totals.households.toLocaleString('zh-CN'))
      .waitFor();
    await h.shot('directory-coverage-zh-CN');
  });

  it('imports nothing while one ID number is bad, offers the error file, and imports all after the fix', async () => {
    const ids = [901, 903, 905].map((sequence) => buildIdNumber('410599', '1966-06-06', sequence));
    const good = ids[1] ?? '';
    const bad = good.slice(0, 17) + (good.endsWith('1') ? '2' : '1');
    const row = (name: string, id: string) => [name, id, '', village.code, '', ''];
    const names = ['导入测试甲', '导入测试乙', '导入测试丙'];
    const rows = [
      row(names[0] ?? '', ids[0] ?? ''),
      row(names[1] ?? '', bad),
      row(names[2] ?? '', ids[2] ?? ''),
    ];

    await openNav('人员名录', '/persons');
    await upload(await personsWorkbook(rows));
    const failure = h.page.getByRole('alert').filter({ hasText: '有 1 行有误，未导入任何数据' });
    await failure.waitFor();
    await failure.getByText('第 3 行').waitFor();
    const link = failure.getByRole('link', { name: '下载错误说明文件' });
    const href = (await link.getAttribute('href')) ?? '';
    const errorFile = await h.page.request.get(`${h.baseUrl}${href}`);
    expect(errorFile.status()).toBe(200);
    expect(errorFile.headers()['content-type']).toContain('spreadsheetml');
    for (const name of names) {
      expect(
        (await apiGet<Page<unknown>>(`/api/v1/persons?q=${encodeURIComponent(name)}`)).total,
      ).toBe(0);
    }
    await h.shot('directory-import-failed-zh-CN');

    const fixed = [
      row(names[0] ?? '', ids[0] ?? ''),
      row(names[1] ?? '', good),
      row(names[2] ?? '', ids[2] ?? ''),
    ];
    await upload(await personsWorkbook(fixed));
    await h.page.getByText('导入完成：新增 3 条，更新 0 条，未变 0 条').waitFor();
    for (const name of names) {
      expect(
        (await apiGet<Page<unknown>>(`/api/v1/persons?q=${encodeURIComponent(name)}`)).total,
      ).toBe(1);
    }
    const search = h.page.getByPlaceholder('姓名、拼音（如 zs、zhangsan）、身份证号或手机号');
    await search.fill('导入测试');
    await search.press('Enter');
    await tableRows().nth(2).waitFor();
    await h.shot('directory-import-succeeded-zh-CN');
  });

  it('puts an import that ended while the cadre was elsewhere on the to-do, and takes it off once seen', async () => {
    // the two imports above ended on the page that watched them: neither waits on the to-do
    const todoKinds = async () =>
      (await apiGet<{ groups: { kind: string }[] }>('/api/v1/me/todo')).groups.map((g) => g.kind);
    expect(await todoKinds()).not.toContain('jobs');
    // an upload whose page was left at once (a bad ID number: the job fails with an error file)
    const ids = [907].map((sequence) => buildIdNumber('410599', '1966-06-06', sequence));
    const bad = (ids[0] ?? '').slice(0, 17) + ((ids[0] ?? '').endsWith('1') ? '2' : '1');
    const workbook = await personsWorkbook([['导入测试丁', bad, '', village.code, '', '']]);
    const started = await h.page.evaluate(
      async (bytes) => {
        const csrf = /(?:^|; )lingyan_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '';
        const response = await fetch('/api/v1/exchange/import/persons', {
          method: 'POST',
          headers: {
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'x-csrf-token': decodeURIComponent(csrf),
          },
          body: new Uint8Array(bytes),
        });
        return { status: response.status, body: (await response.json()) as { jobId?: string } };
      },
      [...workbook],
    );
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const jobId = started.body.jobId ?? '';
    await expect.poll(todoKinds, { timeout: 20_000 }).toContain('jobs');

    await h.page.goto(`${h.baseUrl}/`);
    const entry = h.page.getByRole('region', { name: '导入和方案已完成' });
    await entry.getByText('未通过').waitFor();
    await entry.getByRole('link', { name: /导入人员名录/ }).click();
    await h.page.waitForURL(`**/me/jobs?job=${jobId}`);
    const card = h.page.locator('.lingyan-job-chosen');
    await card.getByText('有 1 行有误，未导入任何数据', { exact: false }).waitFor();
    await card.getByRole('link', { name: '下载错误说明文件' }).waitFor();
    await h.shot('directory-my-jobs-zh-CN');
    // shown on the page: off the to-do
    await expect.poll(todoKinds, { timeout: 10_000 }).not.toContain('jobs');
  });

  it('lists a party member’s households under 我的联户', async () => {
    await h.logOut();
    expect(await h.logIn('member', DEMO_PASSWORD)).toBe(200);
    await openNav('我的联户', '/me/households');
    const mine = await apiGet<{ contactHouseholds: { head: { name: string } }[] }>(
      '/api/v1/me/households',
    );
    expect(mine.contactHouseholds.length).toBeGreaterThan(0);
    await h.page.getByText(`我联系的户 · ${mine.contactHouseholds.length} 户`).waitFor();
    expect(await h.page.locator('.lingyan-contact-card').count()).toBe(
      mine.contactHouseholds.length,
    );
    await h.page
      .getByText(`${mine.contactHouseholds[0]?.head.name ?? ''}家`, { exact: true })
      .waitFor();
    expect(await h.page.getByRole('navigation').getByText('人员名录').count()).toBe(0);
    await h.shot('directory-my-contacts-zh-CN');
  });

  it('shows a villager 我家 with the chain, on a phone too', async () => {
    await h.logOut();
    expect(await h.logIn('villager', DEMO_PASSWORD)).toBe(200);
    await openNav('我家', '/me/households');
    await h.page.getByText('谁为我们负责').waitFor();
    expect(await h.page.locator('.lingyan-chain .ant-steps-item').count()).toBe(4);
    await h.shot('directory-my-home-zh-CN');
    await h.page.setViewportSize({ width: 390, height: 844 });
    await h.page.reload();
    await h.page.getByText('谁为我们负责').waitFor();
    const overflow = await h.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await h.shot('directory-my-home-mobile-zh-CN');
    // the home page speaks of the villager's village, never of a scope or its code
    await h.page.goto(`${h.baseUrl}/`);
    const place = h.page.locator('.lingyan-panel').filter({ hasText: '我的身份' });
    await place.getByText('村民').waitFor();
    expect(await h.page.getByText('我的角色与管辖范围').count()).toBe(0);
    // …and shows no region's figures: the 概览 is a cadre's
    expect(await h.page.locator('.lingyan-glance').count()).toBe(0);
    expect(await h.page.locator('body').innerText()).not.toMatch(/\d{12}/);
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('raised no uncaught errors in the page', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
