import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, openHarness } from './support/harness.ts';
import type { Harness } from './support/harness.ts';
import { pickOption } from './support/steps.ts';

// 跨村联建规划 as the county administrator: run the planner with the small demo county's rules,
// look at the map, break a rule by moving a village, undo, adopt.
let h: Harness;

const unionRows = () => h.page.locator('.lingyan-unions-table .ant-table-tbody > tr.ant-table-row');

async function setRule(rule: string, value: number) {
  const input = h.page.locator(`[data-rule="${rule}"] input`);
  await input.fill(String(value));
  await input.blur();
}

describe('union planning page in Chromium', () => {
  beforeAll(async () => {
    // It adopts the whole county's plan: the demo's own unions (seedUnions.ts) would hold villages.
    h = await openHarness('planning', { LINGYAN_DEMO_UNIONS: 'off' });
    await h.page.goto(`${h.baseUrl}/login`);
    expect(await h.logIn('county', DEMO_PASSWORD)).toBe(200);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('runs the planner and draws villages and unions on the map', async () => {
    await h.page.getByRole('navigation').getByText('联建规划', { exact: true }).click();
    await h.page.waitForURL('**/planning/unions');
    await h.page.getByText('跨村联建规划').first().waitFor();
    await setRule('minPopulation', 300);
    await setRule('maxPopulation', 900);
    await setRule('minSize', 2);
    await setRule('maxSize', 4);
    await setRule('timeLimitSeconds', 5);
    await h.page.getByRole('button', { name: '运行规划' }).click();
    await h.page.locator('.lingyan-union-map canvas').first().waitFor({ timeout: 60_000 });
    await unionRows().first().waitFor();
    expect(await unionRows().count()).toBeGreaterThan(0);
    await h.page
      .getByText(/最优（已证明）|与下界相差 ≤/)
      .first()
      .waitFor();
    await h.page.waitForTimeout(300);
    await h.shot('planning-unions-zh-CN');
  });

  it('shows a broken rule after moving a village into the union and clears it on undo', async () => {
    // the demo county's most populous village left out of the union overflows its population range
    const left = await h.page
      .locator('.lingyan-unassigned-table .ant-table-tbody > tr.ant-table-row')
      .evaluateAll((rows) =>
        rows.flatMap((row) => {
          const code = row.querySelector('[data-village]')?.getAttribute('data-village');
          return code
            ? [
                {
                  code,
                  population: Number((row.children[1]?.textContent ?? '').replace(/\D/g, '')),
                },
              ]
            : [];
        }),
      );
    const biggest = left.sort((a, b) => b.population - a.population)[0];
    expect(biggest).toBeDefined();
    await h.page
      .locator(`.lingyan-unassigned-table [data-village="${biggest?.code ?? ''}"]`)
      .click();
    // to the first union of the plan ("1. 某村")
    await pickOption(h, h.page.locator('.lingyan-move-target'), '', '1. ');
    await h.page.getByRole('button', { name: '调整', exact: true }).click();
    const violations = h.page.locator('.lingyan-violations');
    await violations.getByText(/违反规则 \d+ 处，不能采纳/).waitFor();
    await h.page.locator('.lingyan-union-violation').first().waitFor();
    // rendered from the checker's fields in Chinese: the population found and the rule's range
    const population = violations.locator('[data-violation="population"]');
    await population.waitFor();
    expect(await population.textContent()).toMatch(/总人口 [\d,]+，规则要求 300—900/);
    expect(await violations.textContent()).not.toMatch(/rules allow|unions\[|lead \d/);
    expect(await h.page.getByRole('button', { name: '采纳方案' }).isDisabled()).toBe(true);
    await h.shot('planning-unions-violation-zh-CN');

    await h.page.getByRole('button', { name: '撤销调整' }).click();
    await violations.waitFor({ state: 'detached' });
    expect(await h.page.getByRole('button', { name: '采纳方案' }).isEnabled()).toBe(true);
  });

  it('adopts the plan', async () => {
    const count = await unionRows().count();
    await h.page.getByRole('button', { name: '采纳方案' }).click();
    await h.page
      .locator('.lingyan-adopted')
      .getByText(`已采纳 ${count} 个联建`, { exact: false })
      .waitFor();
    const adopted = await h.page.evaluate(async () => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { roles: { scope: string }[] };
      const response = await fetch(`/api/v1/unions?region=${me.roles[0]?.scope ?? ''}`);
      return ((await response.json()) as { items: unknown[] }).items.length;
    });
    expect(adopted).toBeGreaterThanOrEqual(count);
  });
});
