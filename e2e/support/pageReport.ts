import type { Page } from 'playwright-core';

// What a failed browser test leaves for whoever reads CI's output, which has no screenshot: the
// page's address, the layers over it, the messages and errors it shows, and its last API calls.
// The harness watches its page; reportFailures.ts (a setup file of the browser project) asks.

const TRAIL_LENGTH = 30;
let watched: { page: Page; trail: string[]; shotDir: string } | undefined;

const clock = () => new Date().toISOString().slice(11, 23);

/** Keeps the page's last API answers (a refusal with the start of its body) for the report. */
export function watchPage(page: Page, shotDir: string): void {
  const trail: string[] = [];
  const note = (line: string) => {
    trail.push(`${clock()} ${line}`);
    if (trail.length > TRAIL_LENGTH) trail.shift();
  };
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/')) return;
    const call = `${response.request().method()} ${url.pathname}${url.search} → ${response.status()}`;
    if (response.status() < 400) return note(call);
    response.text().then(
      (body) => note(`${call} ${body.slice(0, 300)}`),
      () => note(call),
    );
  });
  page.on('requestfailed', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/'))
      note(`${request.method()} ${url.pathname} failed: ${request.failure()?.errorText ?? '?'}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') note(`console: ${message.text().slice(0, 300)}`);
  });
  watched = { page, trail, shotDir };
}

export function unwatchPage(page: Page): void {
  if (watched?.page === page) watched = undefined;
}

/** What the page showed when a test failed, as lines (bounded: a report, not a dump). */
export async function describeWatchedPage(name: string): Promise<string | undefined> {
  if (!watched) return undefined;
  const { page, trail, shotDir } = watched;
  const shot = `${shotDir}/failed-${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.png`;
  const shown = await page
    .evaluate(() => {
      const visible = (el: Element) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0;
      };
      const texts = (selector: string) =>
        [...document.querySelectorAll(selector)]
          .filter(visible)
          .slice(0, 5)
          .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160));
      return {
        layers: {
          modalWraps: [...document.querySelectorAll('.ant-modal-wrap')].filter(visible).length,
          drawers: document.querySelectorAll('.ant-drawer-open').length,
          popovers: texts('.ant-popover:not(.ant-popover-hidden)'),
          dropdowns: document.querySelectorAll(
            '.ant-select-dropdown:not(.ant-select-dropdown-hidden)',
          ).length,
        },
        messages: texts('.ant-message-notice'),
        alerts: texts('.ant-alert'),
        fieldErrors: texts('.ant-form-item-explain-error'),
      };
    })
    .catch((error: unknown) => `unreadable: ${(error as Error).message}`);
  const saved = await page
    .screenshot({ path: shot, fullPage: true, timeout: 10_000 })
    .then(() => shot)
    .catch(() => 'not taken');
  return [
    `address: ${page.url()}`,
    `shown: ${JSON.stringify(shown)}`,
    `screenshot: ${saved}`,
    `last API calls (oldest first):`,
    ...trail.map((line) => `  ${line}`),
  ].join('\n');
}
