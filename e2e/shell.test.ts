import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import type { RunningBrowser } from './support/browser.ts';
import { startServer } from './support/server.ts';
import type { RunningServer } from './support/server.ts';
import { ensureWebBuild } from './support/webBuild.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEMO_PASSWORD = 'Lingyan@2026';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let page: Page;
let baseUrl = '';
const pageErrors: string[] = [];

// animations disabled: popovers and drawers are captured in their final state, not mid-fade
const shot = (name: string) =>
  page.screenshot({ path: `${root}e2e/screenshots/${name}.png`, fullPage: true, animations: 'disabled' });
const htmlLang = () => page.evaluate(() => document.documentElement.lang);

async function logIn(username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
    page.getByRole('button', { name: '登录' }).click(),
  ]);
  return response.status();
}

async function chooseLanguage(current: string, next: string) {
  await page.getByRole('button', { name: current }).click();
  await page.getByRole('menuitem', { name: next }).click();
  await page.locator('.ant-dropdown-menu').waitFor({ state: 'hidden' });
}

describe('web shell in Chromium', () => {
  beforeAll(async () => {
    ensureWebBuild(root);
    server = await startServer(root);
    baseUrl = server.url;
    browser = await launchBrowser();
    browser.context.setDefaultTimeout(15_000);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens on the login page in Chinese', async () => {
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/login');
    await expect.poll(() => page.getByRole('heading', { name: '领雁' }).isVisible()).toBe(true);
    expect(await page.getByText('党建引领乡村振兴').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '登录' }).isVisible()).toBe(true);
    expect(await htmlLang()).toBe('zh-CN');
    await shot('shell-login-zh-CN');
  });

  it('logs the county administrator in and shows the Chinese home page with the permitted modules', async () => {
    expect(await logIn('county', DEMO_PASSWORD)).toBe(200);
    await page.waitForURL(`${baseUrl}/`);
    const nav = page.getByRole('navigation');
    await nav.getByText('首页').waitFor();
    for (const module of ['行政区划', '账号管理', '审计日志']) expect(await nav.getByText(module).isVisible()).toBe(true);
    expect(await page.locator('.lingyan-brand-name').textContent()).toBe('领雁');
    // the page itself is a lazily loaded chunk: wait for it rather than sampling once
    await page.getByText('我的角色与管辖范围').waitFor();
    await page.locator('main').getByText('县级管理员').waitFor();
    await shot('shell-home-zh-CN');
  });

  it('shows the roles with their scope names in the user menu', async () => {
    await page.getByRole('button', { name: '用户菜单' }).click();
    const popover = page.locator('.ant-popover');
    await popover.getByText('县级管理员').waitFor();
    expect(await popover.getByText('county', { exact: true }).isVisible()).toBe(true);
    expect(await popover.getByRole('button', { name: '退出登录' }).isVisible()).toBe(true);
    await shot('shell-user-menu-zh-CN');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '用户菜单' }).click();
    await popover.waitFor({ state: 'hidden' });
  });

  it('switches to English and to traditional Chinese, and remembers the choice', async () => {
    await chooseLanguage('简体中文', 'English');
    await page.getByRole('navigation').getByText('Home').waitFor();
    expect(await page.locator('.lingyan-brand-name').textContent()).toBe('Lingyan');
    await page.getByText('My roles and scopes').waitFor();
    expect(await htmlLang()).toBe('en');
    await shot('shell-home-en');

    await chooseLanguage('English', '繁體中文');
    await page.getByRole('navigation').getByText('首頁').waitFor();
    expect(await page.locator('.lingyan-brand-name').textContent()).toBe('領雁');
    await page.getByText('我的角色與管轄範圍').waitFor();
    await page.locator('main').getByText('縣級管理員').waitFor();
    expect(await htmlLang()).toBe('zh-TW');
    await shot('shell-home-zh-TW');

    await page.reload();
    await page.getByRole('navigation').getByText('首頁').waitFor();
    await chooseLanguage('繁體中文', '简体中文');
    await page.getByRole('navigation').getByText('首页').waitFor();
  });

  it('lists the regions of the scope and drills down into a child', async () => {
    await page.getByRole('navigation').getByText('行政区划').click();
    await page.waitForURL('**/regions');
    const firstLink = page.locator('.ant-table-tbody a').first();
    await firstLink.waitFor();
    const name = (await firstLink.textContent()) ?? '';
    await firstLink.click();
    await page.waitForURL('**/regions?parent=*');
    await page.locator('.ant-breadcrumb').getByText(name).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await shot('shell-regions-zh-CN');
  });

  it('lists accounts with masked phone numbers', async () => {
    await page.getByRole('navigation').getByText('账号管理').click();
    await page.waitForURL('**/accounts');
    await page.getByRole('cell', { name: 'village2', exact: true }).waitFor();
    const table = (await page.locator('.ant-table-tbody').textContent()) ?? '';
    expect(table).not.toMatch(/1\d{10}/);
    await shot('shell-accounts-zh-CN');
  });

  it('shows the not-found page for an unknown address', async () => {
    await page.goto(`${baseUrl}/no-such-module/42`);
    await page.getByText('页面不存在', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '返回首页' }).isVisible()).toBe(true);
    await shot('shell-not-found-zh-CN');
  });

  it('fits the home page on a phone screen with the menu in a drawer', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/`);
    await page.getByText('我的角色与管辖范围').waitFor();
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // the brand is never squeezed by the header buttons
    const brandClipped = await page
      .locator('.lingyan-brand')
      .evaluate((brand) => brand.scrollWidth > Math.ceil(brand.getBoundingClientRect().width));
    expect(brandClipped).toBe(false);
    expect(await page.getByRole('button', { name: '语言: 简体中文' }).isVisible()).toBe(true);
    await shot('shell-home-mobile-zh-CN');
    await page.getByRole('button', { name: '菜单', exact: true }).click();
    await page.locator('.ant-drawer').getByText('行政区划').waitFor();
    await shot('shell-menu-mobile-zh-CN');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('logs out back to the login page', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('button', { name: '登录' }).waitFor();
    // the session is gone on the server too: a protected page sends us back to login
    await page.goto(`${baseUrl}/accounts`);
    await page.waitForURL('**/login?next=%2Faccounts');
  });

  it('locks the account after five wrong passwords and says so', async () => {
    const alert = page.getByTestId('login-error');
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await logIn('village2', `wrong-password-${attempt}`)).toBe(401);
      await alert.getByText('用户名或密码错误').waitFor();
    }
    // the fifth failure itself locks the account (DESIGN §5: lockout after 5 failures)
    expect(await logIn('village2', 'wrong-password-5')).toBe(423);
    await alert.getByText('账号已锁定').waitFor();
    expect(await alert.textContent()).toMatch(/\d+ ?分钟/);
    await shot('shell-lockout-zh-CN');

    // even the right password is refused while locked
    expect(await logIn('village2', DEMO_PASSWORD)).toBe(423);
    await alert.getByText('账号已锁定').waitFor();
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
