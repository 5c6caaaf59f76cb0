import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsRegionGrant, visibleRoutes } from '../src/web/routes.ts';
import { openHarness } from './support/harness.ts';
import type { Harness } from './support/harness.ts';
import { apiGet, logInAs, waitForDemo } from './support/steps.ts';

// Issue 15, part 1 and "done when": every demo role opens every page of its own menu, on the
// desktop, and none of them errs — no failed API call, no uncaught exception, no error alert, no
// not-found page. The menu the browser shows must be the whole menu the role's permissions give
// (routes.ts), so a page that drops out of the navigation cannot slip past this test.
const ACCOUNTS = [
  'county',
  'city',
  'township',
  'village1',
  'village2',
  'member',
  'leader',
  'deputy',
  'villager',
  'unit',
  'union',
] as const;

let h: Harness;

interface Failure {
  path: string;
  what: string;
}

/** Waits until the page has stopped asking (the to-do poll is a minute apart). */
async function settled(): Promise<void> {
  await h.page.waitForLoadState('networkidle');
  // a page that answers in two steps (list, then names) asks again after the first answer
  await h.page.waitForTimeout(250);
  await h.page.waitForLoadState('networkidle');
}

describe('every demo role’s menu pages in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('menus');
    await h.page.setViewportSize({ width: 1440, height: 900 });
    // pages read the later seeds (rounds, unions, projects): visit them once the demo is whole
    await waitForDemo(h);
    // the build, the server's start and the demo's later seeds, on a machine that may be busy
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  for (const username of ACCOUNTS) {
    it(`opens every menu page of ${username} without an error`, async () => {
      await logInAs(h, username, '/');
      const nav = h.page.getByRole('navigation');
      await nav.locator('a[href="/"]').waitFor();
      await settled();
      const session = await apiGet<{ permissions: string[]; roles: { scope: string }[] }>(
        h,
        '/api/v1/auth/me',
      );
      const mine = await apiGet<{ person: unknown }>(h, '/api/v1/me/households');
      const expected = visibleRoutes(session.permissions, {
        hasDirectoryPerson: mine.person !== null,
        hasRegionGrant: holdsRegionGrant(session.roles),
      })
        .filter((route) => route.inMenu !== false)
        .map((route) => route.path)
        .sort();
      // the menu is grouped by the work, so compare the pages, not their order; 我家 / 我的联户
      // joins the menu once the directory has answered: wait for the full list
      await expect
        .poll(
          () =>
            nav
              .locator('a[href]')
              .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '').sort()),
          {
            timeout: 20_000,
          },
        )
        .toEqual(expected);

      const failures: Failure[] = [];
      let current = '/';
      const onResponse = (response: Response) => {
        const url = new URL(response.url());
        if (url.pathname.startsWith('/api/') && response.status() >= 400)
          failures.push({
            path: current,
            what: `${response.status()} ${url.pathname}${url.search}`,
          });
      };
      const onError = (error: Error) => failures.push({ path: current, what: error.message });
      h.page.on('response', onResponse);
      h.page.on('pageerror', onError);
      try {
        for (const path of expected) {
          current = path;
          await nav.locator(`a[href="${path}"]`).click();
          await h.page.waitForURL((url) => url.pathname === path);
          await settled();
          // the page's own <main>, inside the layout's content area (also a <main>)
          const main = h.page.getByRole('main').last();
          // something of the page itself, not only the shell
          await expect
            .poll(async () => ((await main.textContent()) ?? '').trim().length)
            .toBeGreaterThan(0);
          if (await main.getByText('页面不存在', { exact: true }).isVisible())
            failures.push({ path, what: 'not found' });
          for (const alert of await main.locator('.ant-alert-error').all())
            if (await alert.isVisible())
              failures.push({ path, what: `error alert: ${(await alert.textContent()) ?? ''}` });
          const slug = path === '/' ? 'home' : path.slice(1).replaceAll('/', '-');
          await h.page.screenshot({
            path: `${import.meta.dirname}/screenshots/menu-${username}-${slug}.png`,
            animations: 'disabled',
          });
        }
      } finally {
        h.page.off('response', onResponse);
        h.page.off('pageerror', onError);
      }
      expect(failures).toEqual([]);
    });
  }

  it('draws the case statistics as charts and narrows them to a region and a range of days', async () => {
    await logInAs(h, 'county', '/cases/stats');
    const rates = h.page.getByTestId('stats-rates').locator('canvas');
    await rates.waitFor();
    // the chart has drawn something: some pixels are neither transparent nor white
    const painted = () =>
      rates.evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let n = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i + 3]! > 0 && (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240)) n++;
        return n;
      });
    await expect.poll(painted).toBeGreaterThan(500);
    await h.page.getByTestId('stats-categories').locator('canvas').waitFor();
    await settled();
    await h.page.screenshot({
      path: `${import.meta.dirname}/screenshots/menu-county-stats-charts.png`,
      fullPage: true,
      animations: 'disabled',
    });
    const me = await apiGet<{ roles: { scope: string }[] }>(h, '/api/v1/auth/me');
    const county = me.roles[0]!.scope;
    const total = async (query: string) =>
      (await apiGet<{ overall: { total: number } }>(h, `/api/v1/case-stats?${query}`)).overall
        .total;
    const all = await total(`region=${county}`);
    expect(all).toBeGreaterThan(0);
    const figure = () =>
      h.page
        .locator('.ant-statistic', { hasText: '事项总数' })
        .locator('.ant-statistic-content-value');
    await expect.poll(() => figure().textContent()).toBe(String(all));
    // a range of days in the address fills the picker and narrows the figures: none in 2000
    const asked: string[] = [];
    const onRequest = (request: { url: () => string }) => {
      if (request.url().includes('/api/v1/case-stats')) asked.push(new URL(request.url()).search);
    };
    h.page.on('request', onRequest);
    await h.page.goto(`${h.baseUrl}/cases/stats?region=${county}&from=2000-01-01&to=2000-12-31`);
    await expect.poll(() => figure().textContent()).toBe('0');
    h.page.off('request', onRequest);
    expect(asked).toContain(`?region=${county}&from=2000-01-01&to=2000-12-31`);
    expect(await h.page.locator('.ant-picker-range input').first().inputValue()).toBe('2000-01-01');
    await h.page.screenshot({
      path: `${import.meta.dirname}/screenshots/menu-county-stats-2000.png`,
      animations: 'disabled',
    });
  });
});
