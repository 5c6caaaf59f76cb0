import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COOPERATIVE } from '../src/domain/economy/demoOrganizations.ts';
import { openHarness } from './support/harness.ts';
import { apiGet, logInAs, pickOption, waitForDemo } from './support/steps.ts';
import type { Harness } from './support/harness.ts';

// Issue 13 from the web, not the API: village1's cadre proposes a dividend run of the demo
// cooperative on the 分红 tab — members' shares filled in, each household's amount previewed —
// has a year not yet begun refused under 年度, and sends it; then corrects an organization's
// name (a taken name refused under 名称) and dissolves it (注销) after the warning.
let h: Harness;

interface Run {
  id: string;
  year: number;
  status: string;
  collectiveFen: number;
  welfareFen: number;
  householdsFen: number;
  shares: { headName: string; amountFen: number }[];
}
interface Org {
  id: string;
  name: string;
  status: string;
  dissolution: { dissolvedOn: string; reason: string } | null;
}

const fieldError = (dialog: Locator, label: string) =>
  dialog
    .locator('.ant-form-item', { has: h.page.locator(`label:text-is("${label}")`) })
    .locator('.ant-form-item-explain-error');

describe('collective economy forms in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('economy-forms');
    await waitForDemo(h);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('proposes a dividend run from the 分红 tab with the households’ amounts previewed', async () => {
    await logInAs(h, 'village1', '/economy?tab=dividends');
    await h.page.getByRole('button', { name: '提出分红方案' }).click();
    const dialog = h.page.getByRole('dialog', { name: '提出分红方案' });
    await pickOption(h, dialog.getByLabel('分红单位（经济组织）'), '', DEMO_COOPERATIVE);
    const holdings = dialog.getByTestId('dividend-holdings');
    await expect.poll(() => holdings.locator('tbody tr.ant-table-row').count()).toBe(4);
    await dialog.getByLabel('可分配收益（元）').fill('160000');
    // 振兴村: 60 % to the collective (20 % of it to welfare), 40 % to the households
    const preview = dialog.getByTestId('dividend-preview');
    await preview.getByText('76,800.00').waitFor();
    await preview.getByText('19,200.00').waitFor();
    await preview.getByText('64,000.00').waitFor();
    const previewed = await holdings
      .locator('tbody tr.ant-table-row')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('td:last-child')?.textContent ?? ''));

    // a year not yet begun: the server's refusal shows under 年度, nothing is proposed
    await dialog.getByLabel('年度').fill('2099');
    await dialog.getByRole('button', { name: '确定' }).click();
    await fieldError(dialog, '年度').getByText('profit of a year not yet begun').waitFor();
    await h.shot('economy-dividend-form-error-zh-CN');
    expect((await apiGet<{ items: Run[] }>(h, '/api/v1/economy/dividend-runs')).items).toEqual([]);

    const year = new Date().getFullYear() - 1;
    await dialog.getByLabel('年度').fill(String(year));
    await h.shot('economy-dividend-form-zh-CN');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await h.page.locator('.ant-drawer').getByText('待审批').waitFor();
    await h.shot('economy-dividend-proposed-zh-CN');

    const runs = (await apiGet<{ items: Run[] }>(h, '/api/v1/economy/dividend-runs')).items;
    expect(runs.map((r) => r.year)).toEqual([year]);
    const run = await apiGet<Run>(h, `/api/v1/economy/dividend-runs/${runs[0]?.id ?? ''}`);
    expect([run.collectiveFen, run.welfareFen, run.householdsFen]).toEqual([
      7_680_000, 1_920_000, 6_400_000,
    ]);
    const yuan = (fen: number) =>
      (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    // the preview was the run: the same amounts, household by household
    expect([...previewed].sort()).toEqual(run.shares.map((s) => yuan(s.amountFen)).sort());
    expect(h.pageErrors).toEqual([]);
  });

  it('corrects an organization’s name and dissolves it after the warning', async () => {
    await logInAs(h, 'village1', '/economy?tab=organizations');
    await h.page.getByRole('button', { name: '登记经济组织' }).click();
    const created = h.page.getByRole('dialog', { name: '登记经济组织' });
    await created.getByLabel('名称').fill('浏览器待注销合作社');
    await created.getByRole('button', { name: '确定' }).click();
    await created.waitFor({ state: 'hidden' });
    const card = h.page
      .getByTestId('economy-organization')
      .filter({ hasText: '浏览器待注销合作社' });
    await card.getByRole('button', { name: '编辑' }).click();
    const dialog = h.page.getByRole('dialog', { name: /^编辑/ });

    // a name another organization of the village has: refused under 名称
    await dialog.getByLabel('名称').fill(DEMO_COOPERATIVE);
    await dialog.getByRole('button', { name: '确定' }).click();
    await fieldError(dialog, '名称')
      .getByText('already the name of another organization')
      .waitFor();
    await h.shot('economy-organization-edit-error-zh-CN');
    await dialog.getByLabel('名称').fill('浏览器改名合作社');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const renamed = h.page
      .getByTestId('economy-organization')
      .filter({ hasText: '浏览器改名合作社' });
    await renamed.waitFor();

    await renamed.getByRole('button', { name: '注销' }).click();
    const confirm = h.page.getByRole('dialog', { name: /^注销/ });
    await confirm.getByText('注销后不能再登记成员').waitFor();
    await confirm.getByLabel('注销原因').fill('并入本村股份经济合作社');
    await h.shot('economy-organization-dissolve-zh-CN');
    await confirm.getByRole('button', { name: '确认注销' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await renamed.getByText('已注销', { exact: true }).waitFor();
    await renamed
      .getByTestId('organization-dissolution')
      .getByText('并入本村股份经济合作社', {
        exact: false,
      })
      .waitFor();
    expect(await renamed.getByRole('button', { name: '登记成员户' }).count()).toBe(0);
    expect(await renamed.getByRole('button', { name: '编辑' }).count()).toBe(0);
    await h.shot('economy-organization-dissolved-zh-CN');

    const orgs = (await apiGet<{ items: Org[] }>(h, '/api/v1/economy/organizations')).items;
    const gone = orgs.find((o) => o.name === '浏览器改名合作社');
    expect(gone?.status).toBe('dissolved');
    expect(gone?.dissolution?.reason).toBe('并入本村股份经济合作社');
    expect(orgs.find((o) => o.name === DEMO_COOPERATIVE)?.status).toBe('active');
    expect(h.pageErrors).toEqual([]);
  });
});
