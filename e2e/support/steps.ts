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
 * shows in the field.
 */
export async function pickRegion(h: Harness, field: Locator, name: string): Promise<void> {
  await pickIn(h, field, {
    typed: name,
    tree: true,
    option: (dropdown) =>
      dropdown.locator('.ant-select-tree-node-content-wrapper', { hasText: `${name} · ` }).first(),
    chosen: (select) => select.locator(CHOSEN, { hasText: `${name} · ` }),
  });
}

/**
 * Chooses an option of a select by typing `typed` ('' types nothing), checking the choice shows.
 * The option is the first one of this select's dropdown whose text contains `optionText`.
 */
export async function pickOption(
  h: Harness,
  field: Locator,
  typed: string,
  optionText: string,
): Promise<void> {
  await pickIn(h, field, {
    typed,
    option: (dropdown) => dropdown.locator(OPTION, { hasText: optionText }).first(),
    chosen: (select) => select.locator(CHOSEN, { hasText: optionText }),
  });
}

/**
 * Chooses the option titled exactly `title` of a plain select (村民, not 村民小组长), checking the
 * field shows exactly that choice.
 */
export async function pickTitled(h: Harness, field: Locator, title: string): Promise<void> {
  await pickIn(h, field, {
    typed: '',
    option: (dropdown) => dropdown.locator(`${OPTION}[title="${title}"]`),
    chosen: (select) => select.locator(`:is(${CHOSEN})[title="${title}"]`),
  });
}

const OPTION = '.ant-select-item-option';
/** The chosen value as a select shows it: a single select's value, a multiple select's tags. */
const CHOSEN = '.ant-select-content-has-value, .ant-select-selection-item';
/** Dropdowns open now: a closed one keeps its node, hidden or (while it fades) without pointer events. */
const OPEN_DROPDOWN =
  '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([style*="pointer-events"])';

interface Pick {
  /** Text typed into the select's search first ('' types nothing). */
  typed: string;
  /** A tree select (region picker): its list has no id, and only one dropdown is open at a time. */
  tree?: boolean;
  /** The option to click, inside this select's open dropdown. */
  option: (dropdown: Locator) => Locator;
  /** The chosen value as the select shows it once the pick took. */
  chosen: (select: Locator) => Locator;
}

/**
 * Opens the select around `field`, waits for its own dropdown to stand still, types, clicks the
 * option and checks that the select shows the choice; a try that fails closes the dropdown and
 * the next one starts over (at most four, each step bounded).
 *
 * Why each step: under load (load average 9–11 on two cores) a click on the select can open a
 * dropdown that is still placed off screen (rc-trigger puts it at -1000vw until it is aligned) or
 * sliding in; the dropdown of a select chosen just before can still be on the page, fading out
 * with the same option texts; a remote select's list is replaced 250 ms after typing; and a
 * second click on an open plain select closes it. The dropdown is therefore found through the
 * select's own `aria-controls` (antd gives the list inside it that id), waited for until its
 * motion classes are gone, and never toggled by a blind click.
 */
async function pickIn(h: Harness, field: Locator, pick: Pick): Promise<void> {
  const select = field.locator(
    'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const combobox = select.getByRole('combobox');
  const chosen = pick.chosen(select).first();
  for (let attempt = 1; ; attempt++) {
    try {
      // a multiple select would drop a value clicked again: a pick that took is not repeated
      if (await chosen.isVisible()) return;
      if ((await combobox.getAttribute('aria-expanded')) !== 'true') await field.click();
      await expect
        .poll(() => combobox.getAttribute('aria-expanded'), { timeout: 8_000 })
        .toBe('true');
      const dropdown = await openDropdownOf(h, combobox, pick.tree === true);
      if (pick.typed !== '') await field.fill(pick.typed);
      const option = pick.option(dropdown);
      await option.waitFor({ timeout: 10_000 });
      if (
        !(await option.evaluate((el) => el.classList.contains('ant-select-item-option-selected')))
      )
        await option.click({ timeout: 8_000 });
      await chosen.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
      // Close the dropdown for a fresh start. Blur, not Escape: Escape on a closed select would
      // close the modal or drawer around it.
      if ((await combobox.getAttribute('aria-expanded')) === 'true') {
        await combobox.evaluate((el) => (el as HTMLElement).blur());
        await expect
          .poll(() => combobox.getAttribute('aria-expanded'), { timeout: 5_000 })
          .not.toBe('true')
          .catch(() => undefined);
      }
    }
  }
}

/**
 * The dropdown of an open select, once it is placed and its opening motion is over. A select's
 * dropdown holds the list its combobox names in `aria-controls`; a tree select's list has no id,
 * so its dropdown is the one open.
 */
async function openDropdownOf(h: Harness, combobox: Locator, tree: boolean): Promise<Locator> {
  const list = await combobox.getAttribute('aria-controls');
  const open = h.page.locator(OPEN_DROPDOWN);
  const dropdown =
    tree || !list ? open.first() : open.filter({ has: h.page.locator(`[id="${list}"]`) });
  await dropdown.waitFor({ timeout: 8_000 });
  // rc-motion keeps …-appear/-enter classes (…-prepare while it aligns) until the slide-in ends
  await expect
    .poll(() => dropdown.evaluate((el) => /-(appear|enter|leave)(\s|$|-)/.test(el.className)), {
      timeout: 8_000,
    })
    .toBe(false);
  return dropdown;
}

/**
 * Clicks `target` (a button, or a step such as confirming a popover) and waits for the toast
 * `text` it brings. A toast stays 3 s: it is looked for from before the click, so a slow moment
 * between the click and the wait cannot miss it.
 */
export async function clickForToast(
  h: Harness,
  target: Locator | (() => Promise<void>),
  text: string,
): Promise<void> {
  const click = typeof target === 'function' ? target() : target.click();
  await Promise.all([h.page.getByText(text).first().waitFor(), click]);
}

/**
 * Confirms the open confirmation (antd Popconfirm), `question` picking it by its text: waits for the
 * one shown (a page keeps closed ones, hidden), optionally photographs it, clicks its primary
 * button and waits until it has closed, so a click that did not take fails here and not at the
 * test's next wait. A confirmation still open, its button not busy, after 10 s never ran its
 * action (a synchronous one closes it at once, an asynchronous one shows its button loading):
 * it is clicked once more, as a user would.
 */
export async function confirmPopover(
  h: Harness,
  options: { question?: string; shot?: string } = {},
): Promise<void> {
  const ask = h.page.locator(
    '.ant-popconfirm:not(.ant-popover-hidden)',
    options.question ? { hasText: options.question } : {},
  );
  await ask.waitFor();
  if (options.shot) await h.shot(options.shot);
  const ok = ask.locator('.ant-popconfirm-buttons .ant-btn-primary');
  await ok.click();
  const closed = await ask
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (closed) return;
  const idle = async () =>
    (await ok.isVisible()) &&
    !(await ok.evaluate((el) => el.classList.contains('ant-btn-loading')));
  if (await idle()) await ok.click();
  await ask.waitFor({ state: 'hidden' });
}
