import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import { apiGet, logInAs, pickOption, waitForDemo } from './support/steps.ts';
import type { Harness } from './support/harness.ts';

// Issue 12: the county admin opens the dashboard (map of township areas, gauges, trend, read from
// the roll-ups the demo load built), clicks a township and lands on its view, then a figure.
let h: Harness;

interface Overview {
  region: { code: string; name: string; level: string };
  totals: Record<string, number>;
  children: { code: string; name: string; metrics: Record<string, number> }[];
  villages: { code: string; lat: number | null }[];
}

describe('insights in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('insights');
    await waitForDemo(h);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows the county map and charts, drills into a township and follows a figure', async () => {
    await logInAs(h, 'county', '/insights');
    const county = await apiGet<Overview>(h, '/api/v1/insights/overview');
    expect(county.region.level).toBe('county');
    expect(county.villages.filter((v) => v.lat !== null).length).toBeGreaterThan(3);
    expect(county.totals.cases_received ?? 0).toBeGreaterThan(0);

    await h.page.getByRole('heading', { name: `${county.region.name}数据大屏` }).waitFor();
    for (const selector of [
      '.lingyan-insight-map canvas',
      '[data-testid=insights-gauges] canvas',
      '[data-testid=insights-trend] canvas',
    ])
      await h.page.locator(selector).first().waitFor();
    // The map is drawn: its canvas holds many distinct colours (areas), not a blank plane.
    const colours = await h.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.lingyan-insight-map canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return 0;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return seen.size;
    });
    expect(colours).toBeGreaterThan(5);
    await h.shot('insights-county-zh-CN');

    // 下载通报: the month's bulletin comes as a .docx written from the roll-ups
    await h.page.getByRole('button', { name: '下载通报' }).hover();
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.locator('.ant-dropdown-menu-item').first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^${county.region.name}.*通报\\.docx$`),
    );

    // Drill down: the township with the most cases, from the table of regions below.
    const township = [...county.children].sort(
      (a, b) => (b.metrics.cases_received ?? 0) - (a.metrics.cases_received ?? 0),
    )[0];
    if (!township) throw new Error('the demo county has no township');
    await h.page.getByRole('link', { name: township.name, exact: true }).first().click();
    await h.page.waitForURL((url) => url.searchParams.get('region') === township.code);
    await h.page.getByRole('heading', { name: `${township.name}数据大屏` }).waitFor();
    await h.page.locator('.lingyan-insight-map canvas').first().waitFor();
    const own = await apiGet<Overview>(h, `/api/v1/insights/overview?region=${township.code}`);
    expect(own.totals.cases_received ?? 0).toBe(township.metrics.cases_received ?? 0);
    await h.shot('insights-township-zh-CN');

    // A figure leads to the records behind it.
    await h.page.getByRole('link', { name: '受理事项' }).click();
    await h.page.waitForURL((url) => url.pathname === '/cases/stats');
  });

  it('shows the collective income from the roll-ups and follows it to the county’s ledger', async () => {
    await h.page.goto(`${h.baseUrl}/insights`);
    const county = await apiGet<Overview & { year: string }>(h, '/api/v1/insights/overview');
    const income = county.totals.income_fen ?? 0;
    expect(income).toBeGreaterThan(0);
    await h.page.locator('[data-testid=insights-income-trend] canvas').first().waitFor();
    await h.page.getByRole('link', { name: '集体收入（万元）' }).click();
    await h.page.waitForURL(
      (url) =>
        url.pathname === '/economy' &&
        url.searchParams.get('tab') === 'ledger' &&
        url.searchParams.get('village') === county.region.code,
    );
    // The ledger the figure leads to sums to the roll-up's figure, to the 分.
    const ledger = await apiGet<{ totalFen: number }>(
      h,
      `/api/v1/economy/ledger?region=${county.region.code}&year=${county.year}`,
    );
    expect(ledger.totalFen).toBe(income);
    await h.page.locator('.ant-table-tbody .ant-table-row').first().waitFor();
  });

  it('lists the county’s warnings from the dashboard, filters by kind and acknowledges one', async () => {
    await h.page.goto(`${h.baseUrl}/insights`);
    const card = h.page.getByTestId('insights-warnings');
    await card.locator('.ant-list-item').first().waitFor();
    await card.getByRole('link', { name: /^待处理 \d+ 条$/ }).click();
    await h.page.waitForURL((url) => url.pathname === '/warnings');
    const rows = h.page.locator('.ant-table-tbody .ant-table-row');
    await rows.first().waitFor();
    await h.shot('warnings-county-zh-CN');

    // one kind: the 三零 events the demo records next door
    await pickOption(h, h.page.getByLabel('预警类型'), '', '“三零”事件');
    await h.page.waitForURL((url) => url.searchParams.get('kind') === 'zeroEvent');
    await rows.first().getByText('“三零”事件').waitFor();
    const first = rows.first();
    const subject = (await first.locator('td').nth(2).textContent()) ?? '';
    const reason = (await first.locator('td').nth(3).textContent()) ?? '';
    expect(reason).toMatch(/发生(越级上访|安全事故|刑事案件)/);

    // 知悉 with a note: it leaves the open list and shows under 已知悉 with the note
    const before = await rows.count();
    await first.getByRole('button', { name: '知悉' }).click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.getByText('请填写说明').waitFor();
    await dialog.getByLabel('说明').fill('已通知村两委核实');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await h.page.getByText('已记录').waitFor();
    await expect.poll(() => rows.count()).toBe(before - 1);
    await h.page.getByText('已知悉', { exact: true }).click();
    await h.page.waitForURL((url) => url.searchParams.get('status') === 'acknowledged');
    const acknowledged = rows.filter({ hasText: '已通知村两委核实' });
    await acknowledged.first().waitFor();
    expect(await acknowledged.first().textContent()).toContain(subject);
    await h.shot('warnings-acknowledged-zh-CN');
  });
});
