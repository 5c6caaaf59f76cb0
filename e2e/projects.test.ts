import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import { apiGet, logInAs, waitForDemo } from './support/steps.ts';
import type { Harness } from './support/harness.ts';

// Issue 11 part 7: the county admin opens the demo's projects, filters the industry ones, opens a
// key union project (funds by source against spend, weighted milestones, 人大 inspections) and
// records a spend, which the funds table adds at once.
let h: Harness;

interface Detail {
  id: string;
  name: string;
  funds: { spent: number; lines: { source: string; spent: number }[] };
  inspections: unknown[];
}

describe('projects in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('projects');
    await waitForDemo(h);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('filters the list, opens a key project and records a spend', async () => {
    await logInAs(h, 'county', '/projects?type=industry');
    const list = await apiGet<{ items: { id: string; name: string; key: boolean }[] }>(
      h,
      '/api/v1/projects?type=industry',
    );
    // The demo plants one key project not yet inspected this quarter: open that one.
    const keyed = await Promise.all(
      list.items
        .filter((p) => p.key)
        .map((p) =>
          apiGet<Detail & { inspection: { inspected: boolean | null } }>(
            h,
            `/api/v1/projects/${p.id}`,
          ),
        ),
    );
    const project = keyed.find((p) => p.inspection.inspected === false) ?? keyed[0];
    if (!project) throw new Error('no key industry project in the demo');
    const link = h.page.getByRole('link', { name: project.name });
    await link.waitFor();
    await h.shot('projects-list-zh-CN');
    await link.click();

    await h.page.getByRole('heading', { name: project.name }).waitFor();
    for (const text of ['财政资金', '党费', '社会资本', '立项审批', '施工建设', '人大视察'])
      await h.page.getByText(text, { exact: true }).first().waitFor();
    const before = await apiGet<Detail>(h, `/api/v1/projects/${project.id}`);
    expect(before.inspections.length).toBeGreaterThan(0);
    await h.shot('project-detail-zh-CN');

    // The edit form opens with the project's budgets per source.
    await h.page.getByRole('button', { name: '编辑项目' }).click();
    const edit = h.page.getByRole('dialog');
    await edit.getByLabel('项目名称').waitFor();
    expect(await edit.getByLabel('项目名称').inputValue()).toBe(project.name);
    await h.shot('project-edit-form-zh-CN');
    await edit
      .getByRole('button', { name: '取 消' })
      .or(edit.getByRole('button', { name: '取消' }))
      .click();
    await edit.waitFor({ state: 'hidden' });

    await h.page.getByRole('button', { name: '登记支出' }).click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByLabel('金额（元）').fill('12345');
    await dialog.getByLabel('备注').fill('购置分拣设备');
    await h.shot('project-spend-form-zh-CN');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const after = await apiGet<Detail>(h, `/api/v1/projects/${project.id}`);
    expect(after.funds.spent).toBe(before.funds.spent + 12_345);
    const total = new Intl.NumberFormat('zh-CN').format(after.funds.spent);
    await h.page.getByText(total, { exact: true }).waitFor();
    await h.shot('project-spend-recorded-zh-CN');

    // A 人大 inspection recorded from the project page is an activity naming the project.
    await h.page.getByRole('button', { name: '记录人大视察' }).click();
    const form = h.page.getByRole('dialog');
    await form.getByLabel('意见建议').fill('大棚建设进度良好，建议尽快落实冷链配套');
    await form.getByRole('button', { name: '确定' }).click();
    await form.waitFor({ state: 'hidden' });
    await h.page.getByText('本季度视察', { exact: false }).filter({ hasText: '已视察' }).waitFor();
    const inspected = await apiGet<Detail & { inspection: { inspected: boolean } }>(
      h,
      `/api/v1/projects/${project.id}`,
    );
    expect(inspected.inspections).toHaveLength(before.inspections.length + 1);
    expect(inspected.inspection.inspected).toBe(true);
    await h.page.getByText('大棚建设进度良好，建议尽快落实冷链配套').waitFor();
    await h.shot('project-inspected-zh-CN');
    await h.logOut();
  });

  it('creates a project serving two villages picked one at a time', async () => {
    await logInAs(h, 'township', '/projects');
    const me = await apiGet<{ roles: { scope: string }[] }>(h, '/api/v1/auth/me');
    const township = me.roles[0]?.scope ?? '';
    const children = await apiGet<{ items: { code: string; name: string; level: string }[] }>(
      h,
      `/api/v1/regions?parent=${township}&pageSize=100`,
    );
    // two villages whose names no other region of the township shares
    const named = (n: string) => children.items.filter((r) => r.name === n).length === 1;
    const [a, b] = children.items.filter((r) => r.level === 'village' && named(r.name));
    if (!a || !b) throw new Error('the demo township has fewer than two villages');
    await h.page.getByRole('button', { name: '新建项目' }).click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByLabel('项目名称').fill('两村联修机耕路');
    const field = dialog.getByLabel('服务村');
    for (const village of [a, b]) {
      const option = h.page
        .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', {
          hasText: `${village.name} · `,
        })
        .first();
      const tag = dialog.getByTestId('project-villages').getByText(village.name, { exact: true });
      for (let attempt = 1; ; attempt++) {
        await field.click();
        await field.fill(village.name);
        await option.click();
        try {
          await tag.waitFor({ timeout: 5_000 });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    }
    await h.shot('project-create-two-villages-zh-CN');
    await dialog.getByLabel('开始日期').fill('2026-03-01');
    await dialog.getByRole('button', { name: /确\s*定|保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const made = await apiGet<{ items: { name: string; villages: { code: string }[] }[] }>(
      h,
      `/api/v1/projects?q=${encodeURIComponent('两村联修机耕路')}`,
    );
    expect(made.items.map((p) => p.villages.map((v) => v.code).sort())).toEqual([
      [a.code, b.code].sort(),
    ]);
    await h.logOut();
  });

  it('lists 项目管理 in the unit staff’s menu with their pairings’ projects', async () => {
    await logInAs(h, 'unit', '/');
    const mine = await apiGet<{ items: { name: string; pairing: { id: string } | null }[] }>(
      h,
      '/api/v1/projects',
    );
    expect(mine.items.length).toBeGreaterThan(0);
    // Unit staff read by their unit's pairings only (projects/policy.ts).
    expect(mine.items.every((p) => p.pairing !== null)).toBe(true);
    await h.page.getByRole('navigation').getByText('项目管理', { exact: true }).click();
    await h.page.getByRole('link', { name: mine.items[0]?.name ?? '' }).waitFor();
    expect(new URL(h.page.url()).pathname).toBe('/projects');
    await h.shot('projects-unit-staff-zh-CN');
  });
});
