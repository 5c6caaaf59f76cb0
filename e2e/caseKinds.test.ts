import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import type { Harness } from './support/harness.ts';
import { apiGet, confirmPopover, logInAs, waitFor, waitForDemo } from './support/steps.ts';

// Issue 14, "case kinds that stop at the API": a cadre records a mediation session and the outcome
// of a dispute and gives a deputy's opinion to a department with a deadline; the unit, on the phone,
// claims a 民生实事 and answers the opinion; the cadre follows the opinion to its answer.
let h: Harness;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const DISPUTE = '两户宅基地界线纠纷';
const OPINION = '建议村口增设公交站';
const MATTER = '修缮村文化广场地砖';

interface CaseView {
  id: string;
  title: string;
  state: string;
  owner: { kind: string; id: string; step: string };
  details: Record<string, unknown>;
  events: { type: string; note: string | null }[];
}

/** POST through the page's session, as the page does (its CSRF cookie as header). */
async function apiPost<T>(path: string, body: unknown): Promise<T> {
  return h.page.evaluate(
    async ([url, payload]) => {
      const csrf =
        document.cookie
          .split('; ')
          .find((c) => c.startsWith('lingyan_csrf='))
          ?.split('=')[1] ?? '';
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify(payload),
      });
      if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
      return (await r.json()) as unknown;
    },
    [path, body] as const,
  ) as Promise<T>;
}

describe('the case kinds’ own pages in Chromium', () => {
  let unitId = '';
  let unitName = '';
  const ids: Record<'dispute' | 'opinion' | 'matter', string> = {
    dispute: '',
    opinion: '',
    matter: '',
  };

  beforeAll(async () => {
    h = await openHarness('caseKinds');
    await waitForDemo(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a cadre records a mediation session and the outcome of a dispute', async () => {
    await h.page.setViewportSize(DESKTOP);
    // the unit whose staff will answer: the demo unit account's own unit
    await logInAs(h, 'unit', '/');
    const me = await apiGet<{ roles: { scope: string }[] }>(h, '/api/v1/auth/me');
    unitId = me.roles.find((r) => r.scope.startsWith('unit:'))?.scope.slice(5) ?? '';
    expect(unitId).not.toBe('');
    await h.logOut();

    await logInAs(h, 'village1', '/cases');
    const head = await apiGet<{ items: { id: string; name: string }[] }>(
      h,
      '/api/v1/persons?pageSize=1',
    );
    const requesterPersonId = head.items[0]?.id ?? '';
    const enter = (typeCode: string, title: string, fields: Record<string, unknown>) =>
      apiPost<CaseView>('/api/v1/cases', {
        typeCode,
        title,
        description: `${title}，村民来访反映。`,
        channel: 'walk_in',
        requesterPersonId,
        fields,
      });
    ids.dispute = (await enter('dispute', DISPUTE, { disputeType: '土地' })).id;
    ids.opinion = (await enter('opinion', OPINION, { category: '民生' })).id;
    ids.matter = (await enter('matter', MATTER, {})).id;
    const departments = await apiGet<{ items: { id: string; name: string }[] }>(
      h,
      `/api/v1/cases/${ids.opinion}/departments`,
    );
    unitName = departments.items.find((d) => d.id === unitId)?.name ?? '';
    expect(unitName).not.toBe('');

    await h.page.reload();
    await h.page.getByRole('tab', { name: '辖区全部' }).click();
    await h.page.getByRole('cell', { name: DISPUTE }).click();
    const drawer = h.page.getByRole('dialog');
    await drawer.getByText('记录调解', { exact: true }).waitFor();
    await drawer.getByLabel('调解情况').fill('第一次调解：双方同意请镇国土所重新丈量。');
    await drawer.getByRole('button', { name: '记录本次调解' }).click();
    await drawer.getByText('已调解 1 次').waitFor();
    await h.shot('caseKinds-dispute-mediation');
    await drawer.getByLabel('调解协议').fill('按重新丈量结果立界桩，双方签字。');
    await drawer.getByRole('button', { name: '办结并记录结果' }).click();
    await drawer.getByText('调解成功').waitFor();
    await drawer.getByText('已办结待确认').first().waitFor();
    await h.shot('caseKinds-dispute-outcome');
    const dispute = await apiGet<CaseView>(h, `/api/v1/cases/${ids.dispute}`);
    expect(dispute.state).toBe('resolved');
    expect(dispute.details).toMatchObject({
      sessions: 1,
      outcome: 'resolved',
      agreement: '按重新丈量结果立界桩，双方签字。',
    });
    expect(dispute.events.filter((e) => e.type === 'mediation')).toHaveLength(1);
    await h.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('gives the opinion to a department of the county with a deadline', async () => {
    await h.page.getByRole('cell', { name: OPINION }).click();
    const drawer = h.page.getByRole('dialog');
    await drawer.getByText('交办部门', { exact: true }).waitFor();
    await drawer.getByLabel('承办部门').click();
    await drawer.getByLabel('承办部门').fill(unitName);
    await h.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: unitName })
      .first()
      .waitFor();
    await h.page.keyboard.press('Enter');
    // the dropdown closes and the select shows the department it holds
    await drawer.locator(`.ant-select-content-has-value[title="${unitName}"]`).waitFor();
    await drawer.getByLabel('办理期限').fill('2027-03-31');
    await h.shot('caseKinds-opinion-assign');
    await drawer.getByRole('button', { name: '交办', exact: true }).click();
    await drawer.getByText(`已交办：${unitName}，期限 2027-03-31`).waitFor();
    await h.shot('caseKinds-opinion-assigned');
    const opinion = await apiGet<CaseView>(h, `/api/v1/cases/${ids.opinion}`);
    expect(opinion.owner).toMatchObject({ kind: 'unit', id: unitId, step: 'department' });
    expect(opinion.details).toMatchObject({ deadline: '2027-03-31' });
    await h.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await h.logOut();
  });

  it('the unit claims the 民生实事 and answers the opinion on the phone', async () => {
    await h.page.setViewportSize(PHONE);
    await logInAs(h, 'unit', '/cases/unit');
    const matter = h.page.locator('.lingyan-unit-case', { hasText: MATTER });
    await matter.waitFor();
    await h.shot('caseKinds-phone-unit-claimable');
    await matter.getByRole('button', { name: '认领' }).click();
    await matter.waitFor({ state: 'detached' });
    const claimed = await apiGet<CaseView>(h, `/api/v1/cases/${ids.matter}`);
    expect(claimed.owner).toMatchObject({ kind: 'unit', id: unitId });
    expect(claimed.details).toMatchObject({ claimedBy: { unitId } });

    await h.page.getByRole('tab', { name: '交办给本单位' }).click();
    const opinion = h.page.locator('.lingyan-unit-case', { hasText: OPINION });
    await opinion.waitFor();
    await h.page.locator('.lingyan-unit-case', { hasText: MATTER }).waitFor();
    await h.shot('caseKinds-phone-unit-waiting');
    await opinion.getByRole('button', { name: '办理' }).click();
    const drawer = h.page.getByRole('dialog');
    await drawer.getByLabel('办理说明').fill('已与县交通运输局对接，3 月底前设站。');
    await drawer.getByRole('button', { name: '办结' }).click();
    await confirmPopover(h, { question: '确认已经办结？' });
    await drawer.getByText('已办结待确认').first().waitFor();
    await h.shot('caseKinds-phone-unit-answered');
    await h.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await h.page.setViewportSize(DESKTOP);
    await h.logOut();
  });

  it('the cadre follows the opinion to its answer', async () => {
    await logInAs(h, 'village1', '/cases');
    await h.page.getByRole('tab', { name: '辖区全部' }).click();
    await h.page.getByRole('cell', { name: OPINION }).click();
    const drawer = h.page.getByRole('dialog');
    await drawer.getByText('已与县交通运输局对接，3 月底前设站。').waitFor();
    await drawer.getByText(`已交办：${unitName}，期限 2027-03-31`).waitFor();
    await h.shot('caseKinds-opinion-answered');
    const answered = await waitFor(async () => {
      const c = await apiGet<CaseView>(h, `/api/v1/cases/${ids.opinion}`);
      return c.state === 'resolved' ? c : undefined;
    });
    expect(answered.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['assign_department', 'resolve']),
    );
    await h.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('the cadre enters a 排查 sweep, which the statistics then count', async () => {
    const stats = () =>
      apiGet<{ disputes: { sweeps: { rounds: number; found: number } } }>(h, '/api/v1/case-stats');
    const before = (await stats()).disputes.sweeps;
    await h.page.goto(`${h.baseUrl}/cases/sweeps`);
    await h.page.getByLabel('投入人次').fill('36');
    await h.page.getByLabel('排查起数').fill('4');
    await h.page.getByRole('button', { name: '登记', exact: true }).click();
    await h.page.getByText('已登记排查').waitFor();
    await h.shot('caseKinds-sweep-recorded');
    const after = (await stats()).disputes.sweeps;
    expect(after.rounds).toBe(before.rounds + 1);
    expect(after.found).toBe(before.found + 4);
    expect(h.pageErrors).toEqual([]);
  });
});
