import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import {
  apiGet,
  confirmPopover,
  logInAs,
  pickOption,
  pickRegion,
  waitFor,
} from './support/steps.ts';
import type { Harness } from './support/harness.ts';

// Issue 11, part 1: the demo's `union` account (cadre of the first demo union) opens its union's
// page from the menu: villages, 联合党委 / 联村党支部, secretary and history; and sees no other union.
let h: Harness;

describe('a union cadre’s union page in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('unions');
    await h.page.goto(`${h.baseUrl}/login`);
    // The demo's unions and the `union` account are seeded once the directory has loaded.
    type Loading = { demo: { step: string } | null };
    const loaded = async () =>
      (await apiGet<Loading>(h, '/api/v1/system/loading')).demo?.step === 'complete' || undefined;
    await waitFor(loaded, 150_000);
  }, 240_000);
  afterAll(() => h?.close());

  it('lists exactly its union and shows the union’s page', async () => {
    await logInAs(h, 'union', '/unions');
    const list = await apiGet<{
      items: { id: string; name: string; villages: { name: string }[]; org: { name: string } }[];
    }>(h, '/api/v1/unions');
    expect(list.items).toHaveLength(1);
    const union = list.items[0];
    if (!union) throw new Error('no union');
    const link = h.page.getByRole('link', { name: union.name });
    await link.waitFor();
    await h.shot('unions-list-zh-CN');
    await link.click();
    await h.page.getByRole('heading', { name: union.name }).waitFor();
    await h.page.getByText(union.org.name).waitFor();
    for (const village of union.villages) {
      expect(await h.page.getByText(village.name, { exact: true }).count()).toBeGreaterThan(0);
    }
    await h.page.getByText('建立联建', { exact: false }).waitFor();
    // A cadre reads the union; only admins edit it.
    expect(await h.page.getByRole('button', { name: '移出' }).count()).toBe(0);
    await h.shot('unions-detail-zh-CN');
  });

  it('lets the county admin create a union from the page and set its secretary', async () => {
    await h.logOut();
    await logInAs(h, 'county', '/unions');
    type Page = { items: { code: string; name: string; level: string }[] };
    type Listed = { id: string; regionCode: string; lead: string; members: string[] };
    const listed = async () => (await apiGet<{ items: Listed[] }>(h, '/api/v1/unions')).items;
    // The small demo county's villages are nearly all in the demo union: free two of its
    // township's villages from the union's page first (移出), as an admin would.
    const demo = (await listed())[0];
    if (!demo) throw new Error('no demo union');
    const townshipCode = demo.regionCode;
    const township = await apiGet<{ code: string; name: string }>(
      h,
      `/api/v1/regions/${townshipCode}`,
    );
    const freeVillages = async () => {
      const taken = new Set((await listed()).flatMap((u) => u.members));
      return (
        await apiGet<Page>(h, `/api/v1/regions?parent=${townshipCode}&page=1&pageSize=100`)
      ).items.filter((v) => v.code.slice(9) >= '200' && !taken.has(v.code));
    };
    let free = await freeVillages();
    if (free.length < 2) {
      await h.page.goto(`${h.baseUrl}/unions?id=${demo.id}`);
      const villages = (
        await apiGet<{ villages: { code: string; name: string }[] }>(h, `/api/v1/unions/${demo.id}`)
      ).villages.filter((v) => v.code !== demo.lead);
      for (const v of villages.slice(-(2 - free.length))) {
        await h.page.locator('.ant-tag', { hasText: v.name }).first().getByRole('button').click();
        const [removed] = await Promise.all([
          h.page.waitForResponse((r) => r.request().method() === 'DELETE'),
          confirmPopover(h),
        ]);
        expect(removed.status(), await removed.text()).toBe(200);
      }
      free = await freeVillages();
      await h.page.goto(`${h.baseUrl}/unions`);
    }
    free = free.slice(0, 2);
    expect(free).toHaveLength(2);
    const [lead, other] = free as [Page['items'][number], Page['items'][number]];

    await h.page.getByRole('button', { name: '新建联建' }).click();
    const dialog = h.page.getByRole('dialog');
    await pickRegion(h, dialog.getByLabel('所属乡镇'), township.name);
    for (const v of [lead, other]) await pickOption(h, dialog.getByLabel('成员村'), '', v.name);
    // a multiple select stays open after a pick, over the fields below it
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await pickOption(h, dialog.getByLabel('牵头村'), '', lead.name);
    await pickOption(h, dialog.getByLabel('联建模式'), '', '强村带弱');
    const name = `${lead.name}${other.name}联建`;
    await dialog.getByLabel('联建名称').fill(name);
    await h.shot('unions-new-zh-CN');
    const [created] = await Promise.all([
      h.page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/unions') && r.request().method() === 'POST',
      ),
      dialog.getByRole('button', { name: '确定' }).click(),
    ]);
    expect(created.status(), await created.text()).toBe(201);
    const union = (await created.json()) as { id: string; form: string; members: string[] };
    expect(union.form).toBe('strongHelpsWeak');
    expect(union.members).toEqual([lead.code, other.code]);
    await h.page.getByRole('heading', { name }).waitFor();

    // The secretary: a party member of the lead village, found by name in the person picker.
    const [member] = (
      await apiGet<{ items: { id: string; name: string }[] }>(
        h,
        `/api/v1/persons?region=${lead.code}&partyMember=true&page=1&pageSize=1`,
      )
    ).items;
    if (!member) throw new Error('the lead village has no party member');
    const [patched] = await Promise.all([
      h.page.waitForResponse(
        (r) => r.url().endsWith(`/api/v1/unions/${union.id}`) && r.request().method() === 'PATCH',
      ),
      pickOption(h, h.page.getByLabel('书记'), member.name, `${member.name} · ${lead.name}`),
    ]);
    expect(patched.status(), await patched.text()).toBe(200);
    const detail = await apiGet<{ secretary: { id: string } | null; history: { kind: string }[] }>(
      h,
      `/api/v1/unions/${union.id}`,
    );
    expect(detail.secretary?.id).toBe(member.id);
    expect(detail.history.map((e) => e.kind)).toContain('secretaryChanged');
    await h.page.getByText('更换书记').waitFor();
    await h.shot('unions-secretary-set-zh-CN');

    // Another member village leads (its org moves with it); the history keeps the change.
    const history = detail.history.length;
    const [moved] = await Promise.all([
      h.page.waitForResponse(
        (r) => r.url().endsWith(`/api/v1/unions/${union.id}`) && r.request().method() === 'PATCH',
      ),
      pickOption(h, h.page.getByLabel('牵头村'), '', other.name),
    ]);
    expect(moved.status(), await moved.text()).toBe(200);
    const led = await apiGet<{ lead: string; history: { kind: string }[] }>(
      h,
      `/api/v1/unions/${union.id}`,
    );
    expect(led.lead).toBe(other.code);
    expect(led.history).toHaveLength(history + 1);
    await h.page.getByText('修改信息').waitFor();
    await h.shot('unions-lead-changed-zh-CN');
    expect(h.pageErrors).toEqual([]);
  });
});
