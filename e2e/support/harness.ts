import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { unwatchPage, watchPage } from './pageReport.ts';
import type { RunningBrowser } from './browser.ts';
import { startServer } from './server.ts';
import type { RunningServer } from './server.ts';
import { ensureWebBuild } from './webBuild.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEMO_PASSWORD = 'Lingyan@2026';

/** One real server on a fresh data folder, one Chromium page, and the steps every test repeats. */
export interface Harness {
  page: Page;
  baseUrl: string;
  /** Uncaught exceptions in the page; a test file asserts it stays empty. */
  pageErrors: string[];
  shot: (name: string) => Promise<void>;
  /** Fills the zh-CN login form and returns the HTTP status of the login call. */
  logIn: (username: string, password: string) => Promise<number>;
  logOut: () => Promise<void>;
  chooseLanguage: (current: string, next: string) => Promise<void>;
  close: () => Promise<void>;
}

/** `env` adds server variables (the cases test's clock file and sweep interval). */
export async function openHarness(
  name: string,
  env: Record<string, string> = {},
): Promise<Harness> {
  ensureWebBuild(ROOT);
  let server: RunningServer | undefined;
  let browser: RunningBrowser | undefined;
  try {
    server = await startServer(ROOT, name, undefined, env);
    browser = await launchBrowser();
  } catch (error) {
    await server?.stop();
    throw error;
  }
  // generous: the suite shares the machine with other test tiers, and a busy host is not a bug
  browser.context.setDefaultTimeout(30_000);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  watchPage(page, `${ROOT}e2e/screenshots`);
  const running = { server, browser };

  return {
    page,
    baseUrl: server.url,
    pageErrors,
    // animations disabled: popovers and drawers are captured in their final state, not mid-fade
    shot: async (name) => {
      await page.screenshot({
        path: `${ROOT}e2e/screenshots/${name}.png`,
        fullPage: true,
        animations: 'disabled',
      });
    },
    logIn: async (username, password) => {
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(password);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
        page.getByRole('button', { name: '登录' }).click(),
      ]);
      return response.status();
    },
    // Under load a click can land on the menu's popover while it is still opening and be lost:
    // when the login page has not come, the menu is opened (if it closed) and asked again.
    logOut: async () => {
      const menu = page.getByRole('button', { name: '用户菜单' });
      const leave = page.getByRole('button', { name: '退出登录' });
      for (let attempt = 1; ; attempt++) {
        if (!(await leave.isVisible())) await menu.click();
        await leave.click();
        try {
          await page.waitForURL((url) => url.pathname === '/login', { timeout: 10_000 });
          return;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    },
    chooseLanguage: async (current, next) => {
      await page.getByRole('button', { name: current }).click();
      await page.getByRole('menuitemradio', { name: next }).click();
      await page.locator('.lingyan-lang-menu').waitFor({ state: 'hidden' });
    },
    close: async () => {
      unwatchPage(page);
      await running.browser.close();
      await running.server.stop();
    },
  };
}
