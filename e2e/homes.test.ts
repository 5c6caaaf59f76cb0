import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import type { Harness } from './support/harness.ts';
import { apiGet, logInAs, waitForDemo } from './support/steps.ts';

// Issue 12 part 2: the dashboard's target gauges (desktop, county admin) and the residents' phone
// home (a party member's 联户, a villager's own household), on the demo county.
let h: Harness;

interface Gauge {
  key: string;
  scheme: string | null;
  actual: number | null;
  target: number | null;
  targetSource: string | null;
  roundId: string | null;
}
interface Home {
  households: { id: string; relation: string; headName: string; stars: { level: number } | null }[];
  contacts: { name: string }[];
  cases: { open: number; items: { title: string }[] } | null;
}
const PHONE = { width: 390, height: 844 };

/** Distinct colours sampled from a canvas: a drawn gauge has its arc, notch and figure. */
const coloursOf = (selector: string, index: number) =>
  h.page.evaluate(
    ([sel, i]) => {
      const canvas = document.querySelectorAll<HTMLCanvasElement>(sel as string)[i as number];
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return 0;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const seen = new Set<number>();
      for (let p = 0; p < data.length; p += 4 * 13)
        seen.add(((data[p] ?? 0) << 16) | ((data[p + 1] ?? 0) << 8) | (data[p + 2] ?? 0));
      return seen.size;
    },
    [selector, index],
  );

describe('targets and homes in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('homes');
    await waitForDemo(h);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('draws a gauge per target on the county dashboard, each leading to its records', async () => {
    await logInAs(h, 'county', '/insights');
    const { gauges } = await apiGet<{ gauges: Gauge[] }>(h, '/api/v1/insights/targets');
    const star = gauges.find((g) => g.key === 'threeStarShare');
    expect(star).toMatchObject({ target: 79, targetSource: 'preset' });
    expect(star?.actual).not.toBeNull();
    const card = h.page.getByTestId('insights-gauges');
    await card
      .locator('canvas')
      .nth(gauges.length - 1)
      .waitFor();
    expect(await card.locator('canvas').count()).toBe(gauges.length);
    for (let i = 0; i < gauges.length; i++)
      expect(await coloursOf('[data-testid=insights-gauges] canvas', i)).toBeGreaterThan(3);
    await card.getByText('目标 79%（方案预设）').first().waitFor();
    await card.getByText('目标 95%（评星细则）').waitFor();
    await card.getByText('未设目标').first().waitFor();
    await h.shot('targets-county-zh-CN');

    await card.locator('a[data-gauge=disputeResolutionRate]').click();
    await h.page.waitForURL(
      (url) =>
        url.pathname === '/cases' &&
        url.searchParams.get('kind') === 'dispute' &&
        url.searchParams.get('view') === 'scope',
    );
    await h.page.locator('.ant-table-tbody .ant-table-row').first().waitFor();
    await h.page.goBack();
    await card.locator('a[data-gauge=threeStarShare]').first().click();
    await h.page.waitForURL((url) => url.searchParams.get('round') === star?.roundId);
    await h.page.goBack();
    await card.locator('a[data-gauge=obligationCompliance]').click();
    await h.page.waitForURL((url) => url.pathname === '/obligations/board');
    expect(h.pageErrors).toEqual([]);
  });

  it('gives a party member a phone home with the 联户 households and their stars', async () => {
    await h.page.setViewportSize(PHONE);
    await logInAs(h, 'member', '/');
    const home = await apiGet<Home>(h, '/api/v1/me/home');
    const contacts = home.households.filter((x) => x.relation === 'contact');
    expect(contacts.length).toBeGreaterThan(0);
    const card = h.page.getByTestId('resident-households');
    await card.getByText('我家与我的联户').waitFor();
    for (const household of contacts.slice(0, 3))
      await card.getByText(`${household.headName}户`, { exact: true }).waitFor();
    const rated = contacts.find((x) => x.stars);
    expect(rated, 'a 联户 household the demo rated').toBeDefined();
    await card.getByText(`${rated?.stars?.level}星`, { exact: false }).first().waitFor();
    await h.page.getByTestId('resident-cases').waitFor();
    await h.page.getByTestId('resident-notices').waitFor();
    expect(await h.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await h.shot('home-member-phone-zh-CN');
  });

  it('gives a villager their own household, its contact members and their requests', async () => {
    await logInAs(h, 'villager', '/');
    const home = await apiGet<Home>(h, '/api/v1/me/home');
    expect(home.households.map((x) => x.relation)).toEqual(['own']);
    const card = h.page.getByTestId('resident-households');
    await card.getByText(`${home.households[0]?.headName}户`, { exact: true }).waitFor();
    if (home.contacts.length > 0)
      await card.getByText(home.contacts.map((c) => c.name).join('、')).waitFor();
    const cases = h.page.getByTestId('resident-cases');
    await cases.getByText(`${home.cases?.open ?? 0} 件办理中`).waitFor();
    for (const c of home.cases?.items.slice(0, 2) ?? [])
      await cases.getByText(c.title).first().waitFor();
    expect(await h.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await h.shot('home-villager-phone-zh-CN');
    expect(h.pageErrors).toEqual([]);
  });
});
