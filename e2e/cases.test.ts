import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import {
  apiGet,
  clickForToast,
  confirmPopover,
  logInAs,
  pickOption,
  waitFor,
} from './support/steps.ts';
import type { Harness } from './support/harness.ts';

// Done-when of issue 5: a villager submits on the phone layout with the network cut, the case is
// sent when the network returns, reaches the household's contact member, climbs after the SLA
// passes (the server's test clock is moved through LINGYAN_E2E_CLOCK_FILE), is resolved and rated.
let h: Harness;
const clockDir = mkdtempSync(join(tmpdir(), 'lingyan-e2e-clock-'));
const clockFile = join(clockDir, 'offset-ms');
const TITLE = '院墙外排水沟堵了';
const FIXED = '门前路灯不亮';
const BEYOND = '河堤有一段塌了';
/** 办结's confirmation. */
const RESOLVE = '确认已经办结？';
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(16),
]);
// a real 1×1 PNG, so the request form's thumbnail shows
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

interface CaseView {
  id: string;
  kind?: string;
  channel?: string;
  title: string;
  state: string;
  rating: number | null;
  owner: { kind: string; id: string; step: string; name: string | null };
  events: { type: string; data: { reason?: string } | null }[];
}

describe('cases along the responsibility tree in Chromium', () => {
  let caseId = '';
  let contactMemberId = '';
  let villagerName = '';

  beforeAll(async () => {
    writeFileSync(clockFile, '0');
    h = await openHarness('cases', { LINGYAN_E2E_CLOCK_FILE: clockFile, CASE_SWEEP_SECONDS: '1' });
  });

  afterAll(async () => {
    await h?.close();
    rmSync(clockDir, { recursive: true, force: true });
  });

  it('queues a villager’s request on the phone while offline and sends it once when the network returns', async () => {
    await h.page.setViewportSize(PHONE);
    await logInAs(h, 'villager', '/cases/mine');
    await h.page.getByLabel('标题').waitFor();
    const me = await apiGet<{
      person: { name: string };
      ownHousehold: { responsibleChain: { links: { level: number; personId: string }[] } };
    }>(h, '/api/v1/me/households');
    villagerName = me.person.name;
    contactMemberId = me.ownHousehold.responsibleChain.links[0]?.personId ?? '';
    expect(contactMemberId).not.toBe('');

    // the PWA's service worker is in place (the app shell stays available without signal)
    expect(
      await h.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(1);
    await h.page.context().setOffline(true);
    await h.page.getByLabel('标题').fill(TITLE);
    await h.page.getByLabel('具体情况').fill('下雨后院墙外的排水沟堵住了，水漫到路上。');
    await h.page.getByRole('button', { name: '提交' }).click();
    await h.page.getByText('待发送（1）').waitFor();
    await h.page.getByText('当前无网络').waitFor();
    const queued = await h.page.evaluate(
      () => JSON.parse(localStorage.getItem('lingyan.outbox') ?? '[]') as { key: string }[],
    );
    expect(queued).toHaveLength(1);
    await h.shot('cases-phone-offline-queued');

    await h.page.context().setOffline(false);
    await h.page.locator('.lingyan-outbox').waitFor({ state: 'detached' });
    const row = h.page.locator('.lingyan-case-row', { hasText: TITLE });
    await row.getByText('已分派').waitFor();
    await row.getByText('（联户党员）').waitFor();
    await h.shot('cases-phone-sent');

    const mine = await apiGet<{ items: CaseView[] }>(h, '/api/v1/cases?view=mine&pageSize=200');
    const sent = mine.items.filter((c) => c.title === TITLE);
    expect(sent).toHaveLength(1);
    caseId = sent[0]?.id ?? '';
    expect(sent[0]?.owner).toMatchObject({ kind: 'person', id: contactMemberId, step: 'L4' });
    // the retry of the same key creates nothing new
    const replay = await h.page.evaluate(async (key) => {
      const csrf =
        document.cookie
          .split('; ')
          .find((c) => c.startsWith('lingyan_csrf='))
          ?.split('=')[1] ?? '';
      const body = JSON.stringify({
        typeCode: 'request',
        title: 'x',
        description: 'y',
        channel: 'app',
        fields: {},
      });
      const r = await fetch('/api/v1/cases', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': decodeURIComponent(csrf),
          'idempotency-key': key,
        },
        body,
      });
      return r.status;
    }, queued[0]?.key ?? '');
    expect(replay).toBe(422);
    expect(
      (await apiGet<{ items: CaseView[] }>(h, '/api/v1/cases?view=mine&pageSize=200')).items.filter(
        (c) => c.title === TITLE,
      ),
    ).toHaveLength(1);

    await h.logOut();
    expect(await h.page.evaluate(() => localStorage.getItem('lingyan.outbox'))).toBe('[]');
  });

  it('reaches the household’s contact member, waiting for them on the home to-do', async () => {
    await logInAs(h, 'member', '/');
    // the home page's to-do (待办) and the header's bell say the request waits for the member
    const waiting = h.page.getByRole('region', { name: '等我办理的事项' }).first();
    await waiting.getByText(TITLE).waitFor();
    const bell = h.page.getByRole('button', { name: /^待办事项（\d+）$/ });
    const bellCount = Number(/（(\d+)）/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    expect(bellCount).toBeGreaterThanOrEqual(1);
    await h.shot('cases-phone-member-todo');
    await waiting.getByText(TITLE).click();
    await h.page.waitForURL('**/cases/mine?view=waiting');
    await h.page.locator('.lingyan-case-row', { hasText: TITLE }).waitFor();
    await h.shot('cases-phone-member-waiting');
    await h.page.getByRole('tab', { name: /消息/ }).click();
    await h.page.getByText(`新事项：${TITLE}`).waitFor();
    await h.shot('cases-phone-member-inbox');
    const inbox = await apiGet<{ items: { caseId: string; kind: string }[] }>(h, '/api/v1/inbox');
    expect(inbox.items.some((n) => n.caseId === caseId && n.kind === 'case.assigned')).toBe(true);
    await h.logOut();
  });

  it('walks the member’s phone workbench: to-do, the case with its facts, a call, a note and a photo, 办结 after a confirmation, 上报 with a reason; the villager reads the history', async () => {
    await h.page.setViewportSize(PHONE);
    // two more requests from the same household, sent on the phone
    await logInAs(h, 'villager', '/cases/mine');
    // the 类别 list is grouped as a villager thinks of it (a native list with option groups)
    const kind = h.page.getByLabel('类别');
    await kind.locator('optgroup option').first().waitFor({ state: 'attached' });
    expect(
      await kind.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label'))),
    ).toEqual(['反映问题', '微心愿', '代办事项']);
    expect(await kind.inputValue()).toBe('request');
    for (const [title, place] of [
      [FIXED, '村东头路口'],
      [BEYOND, '村西河堤'],
    ] as const) {
      await h.page.getByLabel('标题').fill(title);
      await h.page.getByLabel('具体情况').fill(`${title}，请帮忙看看。`);
      await h.page.getByLabel('地点（可不填）').fill(place);
      // a photo goes with the first request, uploaded once the case exists
      if (title === FIXED) {
        await h.page
          .getByLabel('照片（可不加）')
          .setInputFiles({ name: '路灯.png', mimeType: 'image/png', buffer: PHOTO });
        await h.page.locator('.lingyan-photo-list').getByText('路灯.png').waitFor();
        await h.shot('cases-phone-request-photo');
      }
      await h.page.getByRole('button', { name: '提交' }).click();
      await h.page.locator('.lingyan-case-row', { hasText: title }).getByText('已分派').waitFor();
      if (title === FIXED) await h.page.getByText('已上传 1 张照片').waitFor();
    }
    expect(await h.page.locator('.lingyan-photo-list').count()).toBe(0);
    await h.page
      .locator('.lingyan-case-row', { hasText: FIXED })
      .locator('.lingyan-case-open')
      .click();
    await h.page.getByRole('dialog').getByRole('link', { name: '路灯.png' }).waitFor();
    await h.page.keyboard.press('Escape');
    await h.page.getByRole('dialog').waitFor({ state: 'hidden' });
    await h.logOut();

    await logInAs(h, 'member', '/');
    const waiting = h.page.getByRole('region', { name: '等我办理的事项' }).first();
    await waiting.getByText(FIXED).click();
    await h.page.waitForURL('**/cases/mine?view=waiting');
    // the work comes first on a member's page; his own requests fold away below it
    await h.page.getByRole('tab', { name: '待我办理', selected: true }).waitFor();
    await h.page
      .locator('.lingyan-case-row', { hasText: FIXED })
      .locator('.lingyan-case-open')
      .click();
    const sheet = h.page.getByRole('dialog');
    await sheet.getByText('村东头路口').waitFor();
    await sheet.getByText(villagerName).waitFor();
    await sheet.getByText('办理时限').waitFor();
    // 一键拨号: the number through the audited reveal, as a tel: link
    await sheet.getByRole('button', { name: '打电话' }).click();
    await sheet.locator('.lingyan-call-link').or(sheet.getByText('未登记电话')).waitFor();
    const dial = await sheet
      .locator('.lingyan-call-link')
      .getAttribute('href')
      .catch(() => null);
    if (dial) expect(dial).toMatch(/^tel:1[3-9]\d{9}$/);
    await sheet.locator('input[type=file]').setInputFiles({
      name: '路灯修好了.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await sheet.getByRole('link', { name: '路灯修好了.png' }).waitFor();
    await sheet.getByLabel('办理说明').fill('已联系电工换了灯泡');
    await sheet.getByRole('button', { name: '办结' }).click();
    // 办结 asks first
    await confirmPopover(h, { question: RESOLVE, shot: 'cases-phone-member-resolve-confirm' });
    await sheet.getByText('已办结待确认').first().waitFor();
    await sheet.getByText('已联系电工换了灯泡').waitFor();
    await h.shot('cases-phone-member-case');
    await h.page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });

    // 上报 needs a reason
    await h.page
      .locator('.lingyan-case-row', { hasText: BEYOND })
      .locator('.lingyan-case-open')
      .click();
    await sheet.getByText('村西河堤').waitFor();
    const escalate = sheet.getByRole('button', { name: '超出权限，上报' });
    expect(await escalate.isDisabled()).toBe(true);
    await sheet.getByLabel('办理说明').fill('河堤加固需要村里统一安排');
    await escalate.click();
    await sheet.getByText('超出权限上报').waitFor();
    await sheet.getByText('（党小组长）').first().waitFor();
    await h.shot('cases-phone-member-escalated');
    await h.page.keyboard.press('Escape');
    await h.logOut();

    // the villager opens the case and reads what was done; the rating starts empty
    await logInAs(h, 'villager', '/cases/mine');
    const row = h.page.locator('.lingyan-case-row', { hasText: FIXED });
    await row.getByText('已办结待确认').waitFor();
    expect(await row.locator('.ant-rate-star-full').count()).toBe(0);
    await row.locator('.lingyan-case-open').click();
    await sheet.getByText('已联系电工换了灯泡').waitFor();
    await sheet.getByRole('link', { name: '路灯修好了.png' }).waitFor();
    expect(await sheet.locator('.ant-rate-star-full').count()).toBe(0);
    await h.shot('cases-phone-villager-history');
    await h.page.keyboard.press('Escape');
    await h.logOut();
  });

  it('climbs the tree when the SLA passes (test clock), and a village cadre resolves it', async () => {
    // 72 h for a 群众诉求, plus a little: the server's sweep runs every second in this test.
    writeFileSync(clockFile, String((72 * 60 + 5) * 60_000));
    await h.page.setViewportSize(DESKTOP);
    await logInAs(h, 'village1', '/cases');
    const escalated = await waitFor(async () => {
      const c = await apiGet<CaseView>(h, `/api/v1/cases/${caseId}`);
      return c.owner.step !== 'L4' ? c : undefined;
    });
    expect(
      escalated.events.filter((e) => e.type === 'escalate').map((e) => e.data?.reason),
    ).toEqual(['sla']);
    expect(escalated.owner.id).not.toBe(contactMemberId);

    await h.page.getByRole('tab', { name: '辖区全部' }).click();
    // the list narrows by part of the title, and by state
    const search = h.page.getByPlaceholder('按标题搜索');
    await search.fill(TITLE.slice(0, 4));
    await search.press('Enter');
    await expect
      .poll(async () => {
        const titles = await h.page.locator('main .ant-table-row td:first-child').allTextContents();
        return titles.length > 0 && titles.every((x) => x.includes(TITLE.slice(0, 4)));
      })
      .toBe(true);
    await h.shot('cases-cadre-search');
    await search.fill('');
    await search.press('Enter');
    await h.page.locator('main .ant-table-row', { hasText: TITLE }).click();
    const drawer = h.page.getByRole('dialog');
    await drawer.getByText('超过时限自动上报').waitFor();
    await h.page.setViewportSize({ width: 1280, height: 1300 });
    await h.shot('cases-cadre-escalated');
    await drawer.getByLabel('办理说明').fill('已组织疏通排水沟');
    await drawer.getByRole('button', { name: '办结' }).click();
    await confirmPopover(h, { question: RESOLVE });
    await drawer.getByText('已办结待确认').first().waitFor();
    await h.shot('cases-cadre-resolved');
    await h.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // 代为登记: a walk-in dispute entered for the villager goes to the village's mediator
    await h.page.getByRole('button', { name: '代为登记' }).click();
    const modal = h.page.getByRole('dialog');
    await pickOption(h, modal.getByLabel('提交人'), villagerName, villagerName);
    await pickOption(h, modal.getByLabel('类别'), '矛盾纠纷', '矛盾纠纷');
    await pickOption(h, modal.getByLabel('纠纷类型'), '', '邻里');
    await modal.getByLabel('标题').fill('邻居占道堆放柴草');
    await modal.getByLabel('具体情况').fill('邻居在巷道里堆放柴草，出入不便，协商未果。');
    await h.shot('cases-cadre-on-behalf');
    await modal.getByRole('button', { name: '提交' }).click();
    await modal.waitFor({ state: 'hidden' });
    const scope = await apiGet<{ items: CaseView[] }>(h, '/api/v1/cases?view=scope&pageSize=200');
    const dispute = scope.items.find((c) => c.title === '邻居占道堆放柴草');
    expect(dispute).toMatchObject({
      kind: 'dispute',
      channel: 'walk_in',
      owner: { step: 'mediator' },
    });
    await h.page.setViewportSize(DESKTOP);
    await h.logOut();
  });

  it('lets a village cadre announce a reception day, which is then listed', async () => {
    await h.page.setViewportSize(DESKTOP);
    await logInAs(h, 'village1', '/cases/reception-days');
    const list = h.page.locator('.lingyan-reception-days');
    await list.waitFor();
    expect((await apiGet<{ items: unknown[] }>(h, '/api/v1/reception-days')).items).toEqual([]);
    await list.getByText('暂无已公告的接待日').waitFor();
    await h.shot('cases-reception-days-empty');

    // the next regular day (the 11th) still announceable a week ahead on the server's moved clock
    const serverToday = new Date(
      Date.now() + Number(readFileSync(clockFile, 'utf8')) + 8 * 3_600_000,
    )
      .toISOString()
      .slice(0, 10);
    const { schedule } = await apiGet<{ schedule: { date: string; announceOn: string }[] }>(
      h,
      '/api/v1/reception-days',
    );
    const day = schedule.find((s) => s.announceOn >= serverToday);
    if (!day) throw new Error(`no announceable reception day after ${serverToday}`);
    await h.page.getByLabel('日期').fill(day.date);
    await h.page.getByLabel('时间').fill('09:00-11:30');
    await h.page.getByLabel('地点').fill('振兴村党群服务中心二楼');
    // the deputies are chosen from the directory's 人大代表 (the township's), not typed in
    const { deputyChoices } = await apiGet<{
      deputyChoices: { personId: string; name: string; regionName: string }[];
    }>(h, '/api/v1/reception-days');
    const deputy = deputyChoices[0];
    if (!deputy) throw new Error('the demo township has no 人大代表');
    await pickOption(h, h.page.getByLabel('接待代表'), deputy.name, `${deputy.name} · `);
    await h.page.keyboard.press('Escape');
    await h.shot('cases-reception-days-form');
    await h.page.getByRole('button', { name: '公告接待日' }).click();
    await h.page.getByText('已公告', { exact: true }).waitFor();
    const row = list.locator('.ant-list-item', { hasText: day.date });
    await row.getByText(`振兴村党群服务中心二楼 · 接待代表：${deputy.name}`).waitFor();
    const listed = await apiGet<{
      items: { date: string; time: string; place: string; deputies: string[] }[];
    }>(h, '/api/v1/reception-days');
    expect(listed.items).toEqual([
      expect.objectContaining({
        date: day.date,
        time: '09:00-11:30',
        place: '振兴村党群服务中心二楼',
        deputies: [deputy.name],
        deputyPersonIds: [deputy.personId],
      }),
    ]);
    await h.shot('cases-reception-days');
    await h.logOut();
  });

  it('lets the villager confirm and rate the resolution on the phone', async () => {
    await h.page.setViewportSize(PHONE);
    await logInAs(h, 'villager', '/');
    // the answer waits on the villager's to-do, which opens their cases
    const toConfirm = h.page.getByRole('region', { name: '待我确认的办理结果' }).first();
    await toConfirm.getByText(TITLE).click();
    await h.page.waitForURL('**/cases/mine');
    const row = h.page.locator('.lingyan-case-row', { hasText: TITLE });
    await row.getByText('已办结待确认').waitFor();
    await row.locator('.ant-rate-star').nth(3).click();
    await row.getByRole('button', { name: '确认办结' }).click();
    await row.getByText('评价：4 星').waitFor();
    await row.getByText('群众已确认').waitFor();
    await h.shot('cases-phone-confirmed');
    const c = await apiGet<CaseView>(h, `/api/v1/cases/${caseId}`);
    expect(c).toMatchObject({ state: 'confirmed', rating: 4 });
    await h.logOut();
  });

  it('shows the county admin statistics, the catalog editor and the wish wall', async () => {
    await h.page.setViewportSize(DESKTOP);
    await logInAs(h, 'county', '/cases/stats');
    await h.page.getByText('矛盾纠纷排查化解').waitFor();
    const stats = await apiGet<{ overall: { total: number; rated: number } }>(
      h,
      '/api/v1/case-stats',
    );
    expect(stats.overall.rated).toBeGreaterThanOrEqual(1);
    await h.page.getByText('办结率').first().waitFor();
    await h.shot('cases-stats-zh-CN');
    await h.page.goto(`${h.baseUrl}/cases/catalog`);
    await h.page.getByText('最低生活保障申请').waitFor();
    await h.page
      .getByRole('row', { name: /道路设施报修/ })
      .getByRole('button', { name: '修改' })
      .click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByLabel('时限（小时）').fill('48');
    await clickForToast(h, dialog.getByRole('button', { name: '确定' }), '已保存');
    const types = await apiGet<{ items: { code: string; slaHours: number }[] }>(
      h,
      '/api/v1/case-types',
    );
    expect(types.items.find((ct) => ct.code === 'road')?.slaHours).toBe(48);
    await h.shot('cases-catalog-zh-CN');
    await h.logOut();
    await logInAs(h, 'member', '/cases/wishes');
    await h.page.locator('.lingyan-wish').first().waitFor();
    const wall = (await h.page.locator('.lingyan-wish').allTextContents()).join(' ');
    expect(wall).toMatch(/[\u4e00-\u9fa5]\*+ 的心愿/);
    await h.shot('cases-wish-wall-zh-CN');
    expect(h.pageErrors).toEqual([]);
  });
});
