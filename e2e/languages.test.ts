import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './support/harness.ts';
import type { Harness } from './support/harness.ts';
import { apiGet, logInAs, pickOption, waitForDemo } from './support/steps.ts';

// Data in three languages (issue 15 part 6): the presets' scheme and star names follow the app
// language, and a date field shows its day the app language's way while the server still gets
// 'YYYY-MM-DD'. Screenshots go to /tmp (languages-*.png).
let h: Harness;
const shot = (name: string) => h.page.screenshot({ path: `/tmp/languages-${name}.png` });
const main = () => h.page.locator('main');

describe('data in three languages', () => {
  beforeAll(async () => {
    h = await openHarness('languages');
    await waitForDemo(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('names the preset schemes and stars in English and in traditional Chinese', async () => {
    await logInAs(h, 'county', '/evaluation/schemes');
    await main().getByText('支部过硬星').first().waitFor();
    await h.chooseLanguage('简体中文', 'English');
    await main().getByText('Rural "Five-Star" Branch Building').waitFor();
    await main().getByText('Strong Branch Star').first().waitFor();
    await main().getByText('Township review').first().waitFor();
    expect(await main().getByText('支部过硬星').count()).toBe(0);
    await shot('schemes-en');
    await h.chooseLanguage('English', '繁體中文');
    await main().getByText('農村「五星」支部創建').waitFor();
    await main().getByText('支部過硬星').first().waitFor();
    expect(await main().getByText('支部过硬星').count()).toBe(0);
    await shot('schemes-zh-TW');
    // case types: 繁體 from the presets, English from the catalog
    await h.page.goto(`${h.baseUrl}/cases/catalog`);
    await main().getByText('道路設施報修').waitFor();
    await main().getByText('證明開具').first().waitFor();
    expect(await main().getByText('道路设施报修').count()).toBe(0);
    await shot('catalog-zh-TW');
    await h.chooseLanguage('繁體中文', 'English');
    await main().getByText('Road and facility repair').waitFor();
    await main().getByText('Certificates').first().waitFor();
    await h.chooseLanguage('English', '简体中文');
  });

  it('shows a date field and the listed days in the app language, sending the same day', async () => {
    await logInAs(h, 'village1', '/cases/reception-days');
    const { schedule } = await apiGet<{ schedule: { date: string; announceOn: string }[] }>(
      h,
      '/api/v1/reception-days',
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    const day = schedule.find((s) => s.announceOn >= today);
    if (!day) throw new Error(`no announceable reception day after ${today}`);
    const [y, m, d] = day.date.split('-');
    const month = new Date(`${day.date}T00:00:00Z`).toLocaleString('en', {
      month: 'short',
      timeZone: 'UTC',
    });

    // an ISO day typed in is taken as in the native field, and shown the language's way
    await h.page.getByLabel('日期').fill(day.date);
    await h.page.getByLabel('时间').fill('09:00-11:30');
    expect(await h.page.getByLabel('日期').inputValue()).toBe(day.date);
    await h.chooseLanguage('简体中文', '繁體中文');
    expect(await h.page.getByLabel('日期').inputValue()).toBe(`${y}/${m}/${d}`);
    await main().getByText(`${y}/${m}/${d} ·`).first().waitFor();
    await shot('reception-zh-TW');
    await h.chooseLanguage('繁體中文', 'English');
    expect(await h.page.getByLabel('Date').inputValue()).toBe(`${month} ${Number(d)}, ${y}`);
    await shot('reception-form-en');

    await h.page.getByLabel('Place').fill('振兴村党群服务中心二楼');
    const { deputyChoices } = await apiGet<{ deputyChoices: { name: string }[] }>(
      h,
      '/api/v1/reception-days',
    );
    const deputy = deputyChoices[0];
    if (!deputy) throw new Error('the demo township has no 人大代表');
    await pickOption(h, h.page.getByLabel('Deputies'), deputy.name, `${deputy.name} · `);
    await h.page.keyboard.press('Escape');
    await main().getByRole('button', { name: 'Announce' }).last().click();
    await main()
      .locator('.ant-list-item', { hasText: `${month} ${Number(d)}, ${y} 09:00-11:30` })
      .waitFor();
    const listed = await apiGet<{ items: { date: string }[] }>(h, '/api/v1/reception-days');
    expect(listed.items.map((i) => i.date)).toEqual([day.date]);
    await shot('reception-listed-en');
    await h.chooseLanguage('English', '简体中文');
  });
});
