import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import { apiGet, logInAs, waitForDemo } from './support/steps.ts';
import type { Harness } from './support/harness.ts';

// Issue 11 part 2: the demo `unit` account (a paired unit's 组长) opens its pairing on the phone,
// reads the six-part work plan the demo gave it (progress from linked activities) and adds an item.
let h: Harness;
const PHONE = { width: 390, height: 844 };
const TITLE = '联合开展荔枝采摘技术培训';

describe('a pairing’s work plan on the phone, in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('pairings');
    await waitForDemo(h);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('opens the unit’s pairing and adds a plan item to 产业共谋', async () => {
    await h.page.setViewportSize(PHONE);
    await logInAs(h, 'unit', '/pairings');
    const card = h.page.locator('.ant-card').filter({ hasText: '↔' }).first();
    await card.waitFor();
    await h.shot('pairings-list-phone');
    await card.click();

    const industry = h.page.getByTestId('plan-part-industry');
    await industry.waitFor();
    for (const part of ['组织共建', '队伍共管', '产业共谋', '资源共享', '实事共办', '品牌共创'])
      await h.page.getByText(part, { exact: true }).first().waitFor();
    // The demo linked generated activities to the first item of its parts: progress is counted.
    await h.page
      .getByText(/\d+ 次活动 · 最近 \d{4}-\d{2}-\d{2}/)
      .first()
      .waitFor();
    const before = await industry.getByTestId('plan-item').count();
    await h.shot('pairing-detail-phone');

    await industry.getByRole('button', { name: '添加事项' }).click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByLabel('事项').fill(TITLE);
    await dialog.getByLabel('具体内容').fill('请农技专家进村，讲授修剪与病虫害防治');
    await h.shot('pairing-add-item-phone');
    await dialog.getByRole('button', { name: '保存' }).click();

    await industry.getByText(TITLE).waitFor();
    expect(await industry.getByTestId('plan-item').count()).toBe(before + 1);
    await h.shot('pairing-item-added-phone');

    const id = new URL(h.page.url()).searchParams.get('id') ?? '';
    const detail = await apiGet<{
      plan: { part: string; items: { title: string; status: string; progress: unknown }[] }[];
      abilities: { editPlan: boolean };
    }>(h, `/api/v1/pairings/${id}`);
    expect(detail.abilities.editPlan).toBe(true);
    const added = detail.plan
      .find((p) => p.part === 'industry')
      ?.items.find((i) => i.title === TITLE);
    expect(added).toMatchObject({ status: 'planned', progress: { activities: 0, lastOn: null } });
  });

  it('opens a pairing from the compliance board’s subject drawer', async () => {
    await h.page.setViewportSize({ width: 1280, height: 900 });
    await h.logOut();
    await logInAs(h, 'county', '/obligations/board');
    const board = await apiGet<{ laggards: { kind: string; name: string }[] }>(
      h,
      '/api/v1/obligations/board',
    );
    const laggard = board.laggards.find((l) => l.kind === 'pairing');
    expect(laggard).toBeDefined();
    await h.page.getByRole('button', { name: laggard?.name ?? '' }).click();
    await h.page.locator('.ant-drawer').getByRole('button', { name: '打开结对详情' }).click();
    await h.page.getByTestId('plan-part-organization').waitFor();
    expect(new URL(h.page.url()).pathname).toBe('/pairings');
    await h.shot('pairing-from-board');
    expect(h.pageErrors).toEqual([]);
  });
});
