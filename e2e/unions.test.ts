import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import { apiGet, logInAs, waitFor } from './support/steps.ts';
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
});
