import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import { nameSearchKeys } from '../src/domain/directory/pinyinSearch.ts';
import { apiGet, confirmPopover, logInAs, pickOption, waitForDemo } from './support/steps.ts';
import type { Harness } from './support/harness.ts';

// Issue 13: a village cadre opens the collective economy page, records a payment on a demo
// contract, and sees the income ledger grow by exactly that payment (no second entry).
let h: Harness;

interface Ledger {
  totalFen: number;
  entries: { id: string; amountFen: number }[];
}

describe('collective economy in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('economy');
    await waitForDemo(h);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('records a payment and the ledger moves by it', async () => {
    await logInAs(h, 'village1', '/economy');
    const before = await apiGet<Ledger>(h, '/api/v1/economy/ledger');
    await h.page.getByText('本年集体经济收入（元）', { exact: false }).first().waitFor();
    await h.page.getByText('入账明细').waitFor();
    await h.shot('economy-ledger-zh-CN');

    await h.page.getByRole('tab', { name: '清化收' }).click();
    await h.page.getByText('价格明显偏低').first().waitFor();
    await h.shot('economy-cleanup-zh-CN');

    await h.page.getByRole('tab', { name: '合同' }).click();
    await h.page.getByRole('button', { name: '登记缴费' }).first().click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByLabel('金额（元）').fill('1234.56');
    await h.shot('economy-payment-form-zh-CN');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const after = await apiGet<Ledger>(h, '/api/v1/economy/ledger');
    expect(after.totalFen).toBe(before.totalFen + 123_456);
    expect(after.entries.length).toBe(Math.min(100, before.entries.length + 1));
    await h.page.getByRole('tab', { name: '收入台账' }).click();
    await h.page.getByText('1,234.56').first().waitFor();
    await h.shot('economy-ledger-after-zh-CN');
  });

  // 数字化分红 (issue 13 part 6)
  interface Run {
    id: string;
    status: string;
    shares: { householdId: string; amountFen: number }[];
  }
  const yuanText = (fen: number) =>
    (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // a drawer covers the header's user menu: sign out by dropping the session's cookies
  const leave = () => h.page.context().clearCookies();
  const openRun = async (payer: string) => {
    await h.page.getByRole('tab', { name: '分红' }).click();
    await h.page.locator('.ant-table-row', { hasText: payer }).first().click();
    await h.page.locator('.ant-drawer').getByText(payer).first().waitFor();
  };

  it('runs a dividend from the village’s proposal through the township’s approval to the household’s phone', async () => {
    await leave();
    await logInAs(h, 'villager', '/me/households');
    const mine = await apiGet<{ ownHousehold: { id: string; regionCode: string } }>(
      h,
      '/api/v1/me/households',
    );
    const { id: own, regionCode: village } = mine.ownHousehold;
    await leave();

    // the village proposes (the share register comes with the proposal)
    await logInAs(h, 'village1', '/economy');
    const others = await apiGet<{ items: { id: string }[] }>(
      h,
      `/api/v1/households?region=${village}&pageSize=3`,
    );
    const neighbour = others.items.find((x) => x.id !== own);
    if (!neighbour) throw new Error('the village has one household only');
    const payer = '振兴村股份经济合作社';
    const proposed = await h.page.evaluate(
      async ([body]) => {
        const csrf = /(?:^|; )lingyan_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
        const res = await fetch('/api/v1/economy/dividend-runs', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: (await res.json()) as unknown };
      },
      [
        {
          regionCode: village,
          payer,
          year: 2025,
          distributableFen: 16_000_000,
          rule: {
            collectiveBp: 6000,
            welfareOfCollectiveBp: 2000,
            classBp: { land: 6000, cash: 3000, member: 1000 },
          },
          holdings: [
            { householdId: own, units: { land: 320, cash: 2000, member: 1 } },
            { householdId: neighbour.id, units: { land: 180, cash: 1000, member: 1 } },
          ],
        },
      ] as const,
    );
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const run = proposed.body as Run;
    const ownFen = run.shares.find((s) => s.householdId === own)?.amountFen ?? 0;
    expect(ownFen).toBeGreaterThan(0);
    await h.page.reload();
    await openRun(payer);
    await h.page.locator('.ant-drawer').getByText('待审批').waitFor();
    expect(await h.page.getByRole('button', { name: '审批通过' }).count()).toBe(0);
    await leave();

    // the township approves
    await logInAs(h, 'township', '/economy');
    await openRun(payer);
    await h.page.getByRole('button', { name: '审批通过' }).click();
    await confirmPopover(h);
    await h.page.locator('.ant-drawer').getByText('已审批').first().waitFor();
    await h.shot('economy-dividend-approved-zh-CN');
    await leave();

    // the village publishes: the collective's part posts to the ledger
    await logInAs(h, 'village1', '/economy');
    const before = await apiGet<Ledger>(h, `/api/v1/economy/ledger?region=${village}`);
    await openRun(payer);
    await h.page.getByRole('button', { name: '公开并记账' }).click();
    await confirmPopover(h);
    await h.page.locator('.ant-drawer').getByText('已公开').first().waitFor();
    const after = await apiGet<Ledger>(h, `/api/v1/economy/ledger?region=${village}`);
    expect(after.totalFen).toBe(before.totalFen + 9_600_000);
    await leave();

    // the household sees its amount on the phone
    await h.page.setViewportSize({ width: 390, height: 844 });
    await logInAs(h, 'villager', '/me/households');
    const card = h.page.getByTestId('my-dividends');
    await card.getByText(`${payer} 2025 年度分红`).waitFor();
    await card.getByText(`${yuanText(ownFen)} 元`).waitFor();
    await h.shot('economy-my-dividend-phone-zh-CN');
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });

  let villagerHead = '';
  it('signs the villager’s household up for 托管 on the phone, and the cadre sees it', async () => {
    await leave();
    await h.page.setViewportSize({ width: 390, height: 844 });
    await logInAs(h, 'villager', '/me/households');
    const card = h.page.getByTestId('my-trusteeship');
    await card.getByText('托管服务事项', { exact: false }).first().waitFor();
    await card.getByText('技术指导', { exact: false }).first().waitFor();
    await h.shot('economy-trusteeship-menu-phone-zh-CN');
    await card.getByLabel('经济作物').check();
    await card.getByLabel('全程托管').check();
    await card.getByRole('spinbutton', { name: '面积（亩）' }).fill('6.5');
    // the fruit full chain: 1050 元 per 亩, 240 元 below the market
    await card.getByText('每亩 1,050.00 元，比市场价省 240.00 元').waitFor();
    await card.getByRole('button', { name: /签约托管/ }).click();
    await card.getByText('我家签约').waitFor();
    await card.getByText(/经济作物 6\.5 亩/).waitFor();
    await card.getByText('服务费 6,825.00 元，比市场价节省 1,560.00 元').waitFor();
    await card.getByText('这一季已签约', { exact: false }).waitFor();
    const overflow = await h.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await h.shot('economy-trusteeship-signed-phone-zh-CN');
    const mine = await apiGet<{ signUps: { headName: string; area: number }[] }>(
      h,
      '/api/v1/me/trusteeship',
    );
    // the fruit sign-up for the coming season, and the demo's grain one for the season under way
    expect(mine.signUps.map((s) => s.area)).toEqual([6.5, 6]);
    const head = mine.signUps[0]?.headName ?? '';
    villagerHead = head;
    await leave();
    await h.page.setViewportSize({ width: 1280, height: 800 });

    await logInAs(h, 'village1', '/economy');
    await h.page.getByRole('tab', { name: '农业托管' }).click();
    const row = h.page.locator('.ant-table-row', { hasText: head }).filter({ hasText: '6.5' });
    await row.getByText('全程托管').waitFor();
    await h.page.getByText('签约户数').waitFor();
    await h.shot('economy-trusteeship-cadre-zh-CN');
    expect(h.pageErrors).toEqual([]);
  });

  // 托管服务记录 (issue 13 part 4 → 5): the season's services post to the ledger as service income
  interface SourceLedger {
    bySource: { source: string; amountFen: number }[];
  }
  const serviceFen = async () =>
    (await apiGet<SourceLedger>(h, '/api/v1/economy/ledger')).bySource.find(
      (s) => s.source === 'service',
    )?.amountFen ?? 0;

  it('signs a household up by pinyin, voids and records a service, and the household sees it', async () => {
    const head = villagerHead;
    expect(head).not.toBe('');
    // the cadre signs the villager's household up for next season's grain, found by pinyin
    await h.page.getByRole('button', { name: '为农户签约' }).click();
    const dialog = h.page.getByRole('dialog');
    await pickOption(h, dialog.getByLabel('农户（户主）'), nameSearchKeys(head).full, head);
    await dialog.getByLabel('粮食作物').check();
    await dialog.getByRole('spinbutton', { name: '面积（亩）' }).fill('3');
    await dialog.getByText('每亩 180.00 元，比市场价省 50.00 元').waitFor();
    await h.shot('economy-trusteeship-cadre-sign-up-zh-CN');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const grain = h.page
      .locator('.ant-table-row', { hasText: head })
      .filter({ hasText: '粮食作物' })
      .filter({ hasText: '540.00' });
    await grain.first().waitFor();

    // this season's 耕 for the household was entered wrong: void it, record it again on 4 亩
    const before = await serviceFen();
    expect(before).toBeGreaterThan(0);
    const served = h.page
      .locator('.ant-table-row', { hasText: head })
      .filter({ hasText: '1,080.00' });
    await served.locator('.ant-table-row-expand-icon').click();
    const records = h.page.locator('.ant-table-expanded-row').first();
    await records.getByText('村农业托管服务队').first().waitFor();
    await records.locator('tr', { hasText: '耕' }).getByRole('button', { name: '作废' }).click();
    await dialog.getByLabel('作废原因').fill('面积登记错误');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await records.getByText('已作废：面积登记错误').waitFor();
    expect(await serviceFen()).toBe(before - 30_000);

    await served.getByRole('button', { name: '登记服务' }).click();
    await dialog.getByRole('spinbutton', { name: '服务面积（亩）' }).fill('4');
    await dialog.getByLabel('服务方').fill('王师傅农机队');
    await h.shot('economy-trusteeship-record-service-zh-CN');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // 4 亩 × 50 元, the price fixed at signing; the ledger moves by exactly that
    await records.getByText('王师傅农机队').waitFor();
    expect(await serviceFen()).toBe(before - 30_000 + 20_000);
    await h.shot('economy-trusteeship-services-cadre-zh-CN');

    // the household reads what was done for it this season on the phone
    await leave();
    await h.page.setViewportSize({ width: 390, height: 844 });
    await logInAs(h, 'villager', '/me/households');
    const done = h.page.getByTestId('my-trusteeship-services');
    await done.getByText('本季为我家做的托管服务').waitFor();
    await done.getByText('王师傅农机队 · 服务费 200.00 元').waitFor();
    await done.getByText(/粮食作物 · 耕 4 亩/).waitFor();
    expect(await done.getByText(/粮食作物 · 耕 6 亩/).count()).toBe(0);
    expect(await done.getByRole('button').count()).toBe(0);
    await done.scrollIntoViewIfNeeded();
    await h.shot('economy-trusteeship-services-phone-zh-CN');
    await h.page.setViewportSize({ width: 1280, height: 800 });
    expect(h.pageErrors).toEqual([]);
  });

  // issue 13 part 8: the village finance statement (.docx) and the ledger's .xlsx from the page
  it('downloads the village finance statement and the ledger export, their figures the ledger’s', async () => {
    await h.page.context().clearCookies();
    await logInAs(h, 'village1', '/economy');
    const ledger = await apiGet<Ledger & { region: string; year: number }>(
      h,
      '/api/v1/economy/ledger',
    );
    await h.page.getByText('入账明细').waitFor();
    const statementButton = h.page.getByRole('link', {
      name: `${ledger.year} 年村财务报表（Word）`,
    });
    await statementButton.waitFor();
    await h.shot('economy-ledger-downloads-zh-CN');

    const [statement] = await Promise.all([
      h.page.waitForEvent('download'),
      statementButton.click(),
    ]);
    expect(statement.suggestedFilename()).toMatch(
      new RegExp(`${ledger.year}年度村集体经济财务报表\\.docx$`),
    );
    const zip = await JSZip.loadAsync(await readFile((await statement.path()) ?? ''));
    const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(
      /<[^>]+>/g,
      '',
    );
    expect(text).toContain(`${ledger.year}年集体经济收入合计 ${yuanText(ledger.totalFen)} 元`);

    const [workbook] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('link', { name: '导出 Excel' }).first().click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/^集体经济收入台账-.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await workbook.path()) ?? '')) as unknown as ArrayBuffer);
    const months = book.getWorksheet('按月按来源');
    const total = (months?.getRow(14).values as ExcelJS.CellValue[]).slice(1);
    expect(total[0]).toBe('全年');
    expect(total.at(-1)).toBe(ledger.totalFen / 100);

    // the 三资 tab: 下载模板, 导入 and 导出 above the ledger of assets
    await h.page.getByRole('tab', { name: '三资' }).click();
    await h.page.getByRole('link', { name: '下载模板' }).waitFor();
    await h.page.getByRole('button', { name: '导入 Excel' }).waitFor();
    await h.shot('economy-assets-toolbar-zh-CN');

    // a ledger with a bad row imports nothing and offers the error file
    const assetsBefore = await apiGet<{ total: number }>(h, '/api/v1/economy/assets');
    const upload = new ExcelJS.Workbook();
    const sheet = upload.addWorksheet('三资');
    sheet.addRow([
      '所在村（区划代码）',
      '资产名称',
      '三资类别',
      '资产种类',
      '面积（亩）',
      '坐落位置',
    ]);
    sheet.addRow([ledger.region, '浏览器测试地块', '资源', '耕地', 12.5, '村北']);
    sheet.addRow([ledger.region, '浏览器测试鱼塘', '资源', '水面', -2, '村南']);
    await h.page.getByLabel('导入 Excel').setInputFiles({
      name: '三资.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await upload.xlsx.writeBuffer()),
    });
    await h.page.getByText('有 1 行有误，未导入任何数据', { exact: false }).waitFor();
    await h.page.getByRole('link', { name: '下载错误说明文件' }).waitFor();
    await h.page.getByText('面积（亩）：“-2”不能为负数', { exact: false }).waitFor();
    await h.shot('economy-assets-import-errors-zh-CN');
    expect((await apiGet<{ total: number }>(h, '/api/v1/economy/assets')).total).toBe(
      assetsBefore.total,
    );
    expect(h.pageErrors).toEqual([]);
  });

  // 合作社、公司与双绑 (issue 13 part 3): the township sees its 共富公司 renting land at 800 元/亩
  // (from 400) and bound to village1's cooperative; village1's cadre registers an organization
  it('shows the 共富公司’s land transfers and 双绑, and registers a village organization', async () => {
    await logInAs(h, 'township', '/economy?tab=organizations');
    const company = h.page
      .getByTestId('economy-organization')
      .filter({ hasText: '共富农业发展有限公司' });
    await company.getByText('400.00 → 800.00').first().waitFor();
    await company.getByText('鲁丰食品有限公司（龙头企业）').waitFor();
    await company.getByText('党支部领办果蔬专业合作社').waitFor();
    await h.shot('economy-organizations-township-zh-CN');

    await logInAs(h, 'village1', '/economy?tab=organizations');
    await h.page.getByText('党支部领办果蔬专业合作社').first().waitFor();
    await h.page.getByRole('button', { name: '登记经济组织' }).click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('浏览器测试股份经济合作社');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const created = h.page
      .getByTestId('economy-organization')
      .filter({ hasText: '浏览器测试股份经济合作社' });
    await created.getByText('党支部领办合作社').waitFor();
    await h.shot('economy-organizations-village-zh-CN');
    const orgs = await apiGet<{ items: { name: string }[] }>(h, '/api/v1/economy/organizations');
    expect(orgs.items.map((o) => o.name)).toContain('浏览器测试股份经济合作社');
    expect(h.pageErrors).toEqual([]);
  });
});
