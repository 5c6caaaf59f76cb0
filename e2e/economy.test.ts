import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import { apiGet, logInAs, waitForDemo } from './support/steps.ts';
import type { Harness } from './support/harness.ts';

// Issue 13: a village cadre opens the collective economy page, records a payment on a demo
// contract, and sees the income ledger grow by exactly that payment (no second entry).
let h: Harness;

interface Ledger {
  totalFen: number;
  entries: { id: string; amountFen: number }[];
}

describe('collective economy in Chromium', () => {
  beforeAll(async () => {
    h = await openHarness('economy');
    await waitForDemo(h);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('records a payment and the ledger moves by it', async () => {
    await logInAs(h, 'village1', '/economy');
    const before = await apiGet<Ledger>(h, '/api/v1/economy/ledger');
    await h.page.getByText('本年集体经济收入（元）', { exact: false }).first().waitFor();
    await h.page.getByText('入账明细').waitFor();
    await h.shot('economy-ledger-zh-CN');

    await h.page.getByRole('tab', { name: '清化收' }).click();
    await h.page.getByText('价格明显偏低').first().waitFor();
    await h.shot('economy-cleanup-zh-CN');

    await h.page.getByRole('tab', { name: '合同' }).click();
    await h.page.getByRole('button', { name: '登记缴费' }).first().click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByLabel('金额（元）').fill('1234.56');
    await h.shot('economy-payment-form-zh-CN');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const after = await apiGet<Ledger>(h, '/api/v1/economy/ledger');
    expect(after.totalFen).toBe(before.totalFen + 123_456);
    expect(after.entries.length).toBe(Math.min(100, before.entries.length + 1));
    await h.page.getByRole('tab', { name: '收入台账' }).click();
    await h.page.getByText('1,234.56').first().waitFor();
    await h.shot('economy-ledger-after-zh-CN');
  });
});
