import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import { apiGet, logInAs, pickOption, waitFor } from './support/steps.ts';
import type { Harness } from './support/harness.ts';

// Done-when of issue 11: a paired unit's 组长 records one household visit on the phone layout, and
// three views read it without anything entered twice: the pairing's 五个一 this week, the 1+1+N
// contact (last visit on the pairs list) and the household's contact history.
let h: Harness;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const TITLE = '入户走访：了解饮水管道情况';
// A 1×1 PNG, the photo the 组长 attaches.
const PHOTO =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('obligations recorded once, read in three places, in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('obligations');
    // The demo's pairings and their year of activities are seeded after the directory loads.
    await h.page.goto(`${h.baseUrl}/login`);
    await waitFor(async () => {
      const status = await apiGet<{ demo: { step: string } | null }>(h, '/api/v1/system/loading');
      // A fresh data folder: the demo loads in the background after the server listens (null before).
      return status.demo?.step === 'complete' ? true : undefined;
    }, 150_000);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('records a household visit on the phone and shows it in 五个一, the 1+1+N contact and the household history', async () => {
    await h.page.setViewportSize(PHONE);
    await logInAs(h, 'unit', '/obligations/mine');
    const card = h.page.locator('.lingyan-obligation-card').first();
    await card.waitFor();
    const weekly = card.locator('div', { hasText: /^每周走访接待群众/ }).last();
    const before = await weekly.innerText();
    await h.shot('obligations-mine-phone');

    const mine = await apiGet<{
      subjects: {
        id: string;
        regionCode: string;
        households: { id: string; headName: string }[];
      }[];
    }>(h, '/api/v1/obligations/mine');
    const subject = mine.subjects[0];
    const household = subject?.households[0];
    expect(household).toBeDefined();

    await card.getByRole('button', { name: '记录活动' }).click();
    await h.page.getByLabel('做了什么').fill(TITLE);
    // A photo as optional evidence, uploaded once the activity is recorded.
    await card.locator('input[type=file]').setInputFiles({
      name: '走访照片.png',
      mimeType: 'image/png',
      buffer: Buffer.from(PHOTO, 'base64'),
    });
    await card.getByText('走访照片.png').waitFor();
    await pickOption(h, h.page.getByLabel('走访的农户'), '', household?.headName ?? '');
    await h.page.keyboard.press('Escape');
    await h.shot('obligations-record-phone');
    await h.page.getByRole('button', { name: '保存' }).click();

    // 五个一: this week's visit is done, on the same page once the outbox has sent it.
    await card.getByText(TITLE).waitFor();
    // the activity shows first; the period's figure follows when the card's compliance reloads
    await expect.poll(() => weekly.innerText(), { timeout: 20_000 }).toContain('已完成');
    expect(await weekly.innerText()).not.toBe(before);
    await card.locator('img[alt="走访照片.png"]').first().waitFor();
    await h.shot('obligations-recorded-phone');

    // 1+1+N: the pairs list shows the household's last visit as today.
    await h.page.setViewportSize(DESKTOP);
    await h.logOut();
    await logInAs(h, 'county', `/responsibility/edges?view=pairs&region=${subject?.regionCode}`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    await h.page
      .getByText(`${household?.headName} · ${today.slice(5)}`)
      .first()
      .waitFor();
    await h.shot('obligations-pairs-last-visit');

    // The household's history: its drawer lists the visit.
    await h.page.goto(`${h.baseUrl}/households?open=${household?.id}`);
    const history = h.page.locator('.lingyan-contact-history');
    await history.getByText(TITLE).waitFor();
    await h.shot('obligations-household-history');
  });

  it('shows the county board with its laggards and opens one period’s records', async () => {
    await logInAs(h, 'county', '/obligations/board');
    await h.page.getByText('提醒名单（未完成的逐期列出）').waitFor();
    const board = await apiGet<{ laggards: { name: string; missed: unknown[] }[] }>(
      h,
      '/api/v1/obligations/board',
    );
    expect(board.laggards.length).toBeGreaterThan(0);
    const first = board.laggards[0];
    await h.page.getByRole('button', { name: first?.name ?? '' }).click();
    await h.page.locator('.ant-drawer').getByText('逐期履职').waitFor();
    await h.page.locator('.ant-drawer .ant-tag').first().click();
    await h.page.locator('.ant-drawer').getByText('该期的活动').waitFor();
    await h.shot('obligations-board');
    expect(h.pageErrors).toEqual([]);
  });
});
