import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import { apiGet, logInAs, pickOption, waitForDemo } from './support/steps.ts';
import type { Harness } from './support/harness.ts';

// Issue 11, part 6: the demo's `union` account opens its union's task list (订单/领单/评单) from
// the menu, enters a month's progress (月跟踪) and scores the fourth quarter (季考评) on the board;
// the 年述职 download is a .docx.
let h: Harness;

interface Board {
  id: string;
  title: string;
  targets: string[];
  monthsDue: string[];
  items: {
    title: string;
    status: string;
    progress: { month: string; progress: number; note: string }[];
    scores: { quarter: number; score: number }[];
  }[];
}

describe('a union cadre’s task list board in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('tasks');
    await waitForDemo(h);
  }, 240_000);
  afterAll(() => h?.close());

  it('enters a month and scores a quarter on the board, and downloads the 年述职', async () => {
    await logInAs(h, 'union', '/');
    await h.page.getByRole('link', { name: '联建任务清单' }).first().click();
    const { items } = await apiGet<{ items: { id: string; title: string }[] }>(
      h,
      '/api/v1/task-lists',
    );
    expect(items).toHaveLength(1);
    const summary = items[0];
    if (!summary) throw new Error('no task list');
    await h.page.getByRole('link', { name: summary.title }).click();
    await h.page.getByRole('heading', { name: summary.title }).waitFor();
    const before = await apiGet<Board>(h, `/api/v1/task-lists/${summary.id}`);
    await h.page.getByText(before.targets[0] ?? '').waitFor();
    const task = before.items.find((i) => i.status === 'open' && i.scores.length < 4);
    if (!task) throw new Error('no open task to score');
    const month = before.monthsDue.at(-1) ?? '';
    const quarter = Math.ceil(Number(month.slice(5, 7)) / 3);
    const row = h.page.locator('.ant-table-row').filter({ hasText: task.title });

    await row.getByRole('button', { name: '报月进度' }).click();
    let dialog = h.page.getByRole('dialog');
    await dialog.getByLabel('进度（%）').fill('96');
    await dialog.getByLabel('本月情况').fill('浏览器测试：本月完成验收准备');
    await h.shot('tasks-progress-form');
    await dialog
      .getByRole('button', { name: '确 定' })
      .or(dialog.getByRole('button', { name: '确定' }))
      .click();
    await row.getByText('本月完成验收准备', { exact: false }).waitFor();

    await row.getByRole('button', { name: '季度考评' }).click();
    dialog = h.page.getByRole('dialog');
    await pickOption(h, dialog.getByLabel('季度'), '', `第${quarter}季度`);
    await dialog.getByLabel('得分（0–100）').fill('93.5');
    await dialog
      .getByRole('button', { name: '确 定' })
      .or(dialog.getByRole('button', { name: '确定' }))
      .click();
    await row.getByText(`第${quarter}季度 93.5`).waitFor();
    await h.shot('tasks-board-zh-CN');

    const after = await apiGet<Board>(h, `/api/v1/task-lists/${summary.id}`);
    const changed = after.items.find((i) => i.title === task.title);
    expect(changed?.progress.find((p) => p.month === month)).toMatchObject({
      progress: 96,
      note: '浏览器测试：本月完成验收准备',
    });
    expect(changed?.scores.find((s) => s.quarter === quarter)?.score).toBe(93.5);

    const href = await h.page
      .getByRole('link', { name: '下载年述职（.docx）' })
      .getAttribute('href');
    expect(href).toBe(`/api/v1/task-lists/${summary.id}/report`);
    const head = await h.page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return [response.status, String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)];
    }, href ?? '');
    expect(head).toEqual([200, 'PK']);
    expect(h.pageErrors).toEqual([]);
  });
});
