import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../src/domain/time/shanghai.ts';
import { openHarness, type Harness } from './support/harness.ts';
import { apiGet, clickForToast, confirmPopover, logInAs, waitForDemo } from './support/steps.ts';

// Issue 13 part 7 (干部奖励): the county sets the year's rule on the 干部奖励 tab, the village sees
// its pool from the income ledger and proposes the rule's reward for its 两委 cadres, the township
// approves, and the village's residents see it in the open-affairs notice. The demo already has
// village1's reward of the year approved (seed/seedCadreRewards.ts), so village2 proposes here and
// the demo villager (of village1) sees village1's reward, never village2's.
let h: Harness;

interface Pool {
  village: string;
  thisYearFen: number;
  lastYearFen: number;
  incrementFen: number;
  poolFen: number;
  payableFen: number;
  cadres: { name: string; amountFen: number }[];
}

const yuanText = (fen: number) =>
  (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** POST through the page's session (its CSRF cookie), as the page's own forms do. */
const apiPost = (url: string, body: unknown) =>
  h.page.evaluate(
    async ([u, b]) => {
      const csrf = /(?:^|; )lingyan_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const res = await fetch(u, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify(b),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    [url, body] as const,
  );

describe('cadre rewards in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('economyReward');
    await waitForDemo(h);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('goes from the county’s rule through the village’s proposal to the township’s approval', async () => {
    const year = Number(shanghaiDate(new Date()).slice(0, 4));

    // the county sets this year's rule: 10 % of the increment, 30,000 元 a village, 12,000 元 a cadre
    await logInAs(h, 'county', '/economy?tab=rewards');
    await h.page.getByRole('button', { name: '设定规则' }).click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByLabel('增量提取比例（%）').fill('10');
    await dialog.getByLabel('每村封顶（元）').fill('30000');
    await dialog.getByLabel('每人封顶（元）').fill('12000');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await h.page.getByText('按职务系数').first().waitFor();
    await h.shot('economy-reward-rule-zh-CN');

    // the village: its pool comes from the ledger; a payment this year makes sure income grew
    await logInAs(h, 'village2', '/economy?tab=rewards');
    let pool = await apiGet<Pool>(
      h,
      `/api/v1/economy/cadre-rewards/pool?village=${await ownVillage()}&year=${year}`,
    );
    if (pool.incrementFen < 50_000_000) {
      const contracts = await apiGet<{ items: { id: string; status: string }[] }>(
        h,
        `/api/v1/economy/contracts?region=${pool.village}&pageSize=50`,
      );
      const active = contracts.items.find((c) => c.status === 'active');
      if (!active) throw new Error('the demo village has no active contract');
      const paid = await apiPost(`/api/v1/economy/contracts/${active.id}/payments`, {
        paidOn: shanghaiDate(new Date()),
        amountFen: 50_000_000 - pool.incrementFen,
      });
      expect(paid.status, JSON.stringify(paid.body)).toBe(201);
      await h.page.reload();
      pool = await apiGet<Pool>(
        h,
        `/api/v1/economy/cadre-rewards/pool?village=${pool.village}&year=${year}`,
      );
    }
    expect(pool.incrementFen).toBeGreaterThanOrEqual(50_000_000);
    // 10 % of at least 500,000 元 passes the village's 30,000 元 cap
    expect(pool.poolFen).toBe(3_000_000);
    expect(pool.cadres.length).toBeGreaterThan(0);
    const card = h.page.getByTestId('reward-pool');
    await card.getByText(yuanText(pool.thisYearFen)).waitFor();
    await card.getByText(yuanText(pool.incrementFen)).waitFor();
    await card.getByText(yuanText(pool.poolFen)).first().waitFor();
    const first = pool.cadres[0];
    if (!first) throw new Error('no cadre');
    await card.getByText(first.name).waitFor();
    await h.shot('economy-reward-pool-zh-CN');
    await card.getByRole('button', { name: '提出奖励方案' }).click();
    await clickForToast(h, () => confirmPopover(h), '奖励方案已提出，等待乡镇审批');
    const listed = await apiGet<{ items: { id: string; status: string; totalFen: number }[] }>(
      h,
      '/api/v1/economy/cadre-rewards',
    );
    const reward = listed.items[0];
    expect(reward).toMatchObject({ status: 'proposed', totalFen: pool.payableFen });

    // the township approves in the reward's drawer, opened from its to-do (待办)
    await logInAs(h, 'township', '/economy?tab=rewards');
    const todo = await apiGet<{
      groups: { kind: string; items: { id: string; action: string | null; link: string }[] }[];
    }>(h, '/api/v1/me/todo');
    const waiting = todo.groups
      .find((g) => g.kind === 'cadreRewards')
      ?.items.find((i) => i.id === reward?.id);
    expect(waiting?.action).toBe('approve');
    expect(waiting?.link).toContain(`village=${pool.village}&tab=rewards`);
    // the tab's list downloads as .xlsx
    const exported = h.page.getByRole('link', { name: /导出 Excel/ });
    expect(await exported.getAttribute('href')).toBe('/api/v1/economy/exports/rewards');
    await h.page.goto(`${h.baseUrl}${waiting?.link ?? ''}`);
    const drawer = h.page.locator('.ant-drawer');
    await drawer.getByText(first.name).waitFor();
    await drawer.getByRole('button', { name: '批准' }).click();
    await confirmPopover(h);
    await drawer.getByText('已批准').first().waitFor();
    await drawer.locator('.ant-drawer-body').evaluate((body) => body.scrollTo(0, 0));
    await h.shot('economy-reward-approved-zh-CN');

    // a resident of village1 sees village1's approved reward in the open-affairs notice, on the
    // phone, and nothing of village2's
    await h.page.setViewportSize({ width: 390, height: 844 });
    await logInAs(h, 'villager', '/me/households');
    const notice = await apiGet<{
      village: string;
      items: { id: string; year: number; totalFen: number; cadres: { name: string }[] }[];
    }>(h, '/api/v1/me/cadre-rewards');
    expect(notice.village).not.toBe(pool.village);
    expect(notice.items.map((i) => i.id)).not.toContain(reward?.id);
    const seeded = notice.items.find((i) => i.year === year);
    if (!seeded) throw new Error('the demo village1 has no approved reward this year');
    const noticeCard = h.page.getByTestId('village-rewards');
    await noticeCard
      .getByText(`${year} 年度村“两委”干部奖励，共 ${yuanText(seeded.totalFen)} 元`)
      .waitFor();
    await noticeCard
      .getByText(seeded.cadres[0]?.name ?? '', { exact: false })
      .first()
      .waitFor();
    const overflow = await h.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await noticeCard.scrollIntoViewIfNeeded();
    await h.shot('economy-reward-notice-phone-zh-CN');
    await h.page.setViewportSize({ width: 1280, height: 800 });
    expect(h.pageErrors).toEqual([]);
  });
});

/** The village of the signed-in cadre (their first role's scope). */
async function ownVillage(): Promise<string> {
  const me = await apiGet<{ roles: { scope: string }[] }>(h, '/api/v1/auth/me');
  const scope = me.roles[0]?.scope;
  if (!scope) throw new Error('no role');
  return scope;
}
