import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, type Harness } from './harness.ts';
import { waitFor } from './waitFor.ts';

export { waitFor };

// Steps the browser tests share: read the API as the page's user, log in and open a page, wait.

/** GET through the page's own session (its cookies), as the user sees the API. */
export async function apiGet<T>(h: Harness, path: string): Promise<T> {
  return h.page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as unknown;
  }, path) as Promise<T>;
}

/**
 * Logs in as a demo account and opens `path`. Starts from no session: a test that failed before
 * its own logout must not leave the next one on a signed-in page without a login form.
 */
export async function logInAs(h: Harness, username: string, path: string): Promise<void> {
  await h.page.context().clearCookies();
  await h.page.goto(`${h.baseUrl}/login`);
  expect(await h.logIn(username, DEMO_PASSWORD)).toBe(200);
  await h.page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await h.page.goto(`${h.baseUrl}${path}`);
}

/** Opens the login page and waits until the demo (directory, then its later seeds) has loaded. */
export async function waitForDemo(h: Harness): Promise<void> {
  await h.page.goto(`${h.baseUrl}/login`);
  await waitFor(async () => {
    const status = await apiGet<{ demo: { step: string } | null }>(h, '/api/v1/system/loading');
    return status.demo?.step === 'complete' ? true : undefined;
  }, 150_000);
}

/**
 * Chooses a region in a region picker by typing part of its name, then checks that the choice
 * shows in the field (under load a click can land on a list that is still changing: try again).
 */
export async function pickRegion(h: Harness, field: Locator, name: string): Promise<void> {
  const option = h.page.locator(
    '.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper',
    {
      hasText: `${name} · `,
    },
  );
  await pickIn(field, name, option.first(), `${name} · `);
}

/** Chooses an option of a searchable select by typing `typed`, checking the choice shows. */
export async function pickOption(
  h: Harness,
  field: Locator,
  typed: string,
  optionText: string,
): Promise<void> {
  const option = h.page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
    hasText: optionText,
  });
  await pickIn(field, typed, option.first(), optionText);
}

/**
 * Chooses the option titled exactly `title` of a plain select (村民, not 村民小组长), checking the
 * choice shows; a click that lands while the dropdown is still opening is tried again.
 */
export async function pickTitled(h: Harness, field: Locator, title: string): Promise<void> {
  const option = h.page.locator(
    `.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`,
  );
  await pickIn(field, '', option, title);
}

async function pickIn(field: Locator, typed: string, option: Locator, shown: string) {
  const select = field.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  // Each try is bounded: a dropdown that closed again while the click waited for it to settle (a
  // region picker's list closing over the field, seen in full runs) is opened anew on the next try,
  // instead of the click waiting out the whole test timeout on an option that is no longer shown.
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await option.isVisible())) await field.click();
      if (typed !== '') await field.fill(typed);
      await option.click({ timeout: 8_000 });
      await select.getByText(shown).first().waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

/**
 * 办结 asks before it acts: waits for the open confirmation (the one not hidden, whatever earlier
 * popovers the page keeps), optionally photographs it, and confirms.
 */
export async function confirmResolve(h: Harness, shot?: string): Promise<void> {
  const ask = h.page.locator('.ant-popconfirm:not(.ant-popover-hidden)', {
    hasText: '确认已经办结？',
  });
  await ask.waitFor();
  if (shot) await h.shot(shot);
  await ask.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await ask.waitFor({ state: 'hidden' });
}
