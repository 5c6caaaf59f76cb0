import { describe, expect, it } from 'vitest';
import { noticeHtml, type NoticeEntry, type NoticeRound } from './publicNotices.ts';

// The public notice page as a county reads it: a large household round lists its villages first,
// a village opens on its own, the page speaks the reader's language and is made of plain HTML.

const entry = (village: number, k: number, over: Partial<NoticeEntry> = {}): NoticeEntry => ({
  evaluationId: `e-${village}-${k}`,
  subjectName: `户主${village}-${k}`,
  villageCode: `4105991012${String(village).padStart(2, '0')}`,
  villageName: `第${village}村`,
  stars: ['遵纪守法星'],
  level: 1,
  noticeStartsAt: new Date('2026-11-20T00:00:00Z'),
  noticeEndsAt: new Date('2026-11-27T00:00:00Z'),
  open: true,
  objections: 0,
  ...over,
});

const round = (entries: NoticeEntry[]): NoticeRound => ({
  roundId: '01a00000-0000-7000-8000-000000000001',
  roundName: '2026年度十星级文明户评选',
  schemeName: '十星级文明户',
  regionName: '红旗镇',
  entries,
});

const many = round([1, 2, 3].flatMap((v) => Array.from({ length: 50 }, (_, k) => entry(v, k))));

describe('the public notice page', () => {
  it("lists a large round's villages with their counts, each linking to its own page", () => {
    const html = noticeHtml([many], { lang: 'zh-CN' });
    expect(html).toContain('按村（社区）查看：共 3 个村（社区）、150 个公示对象');
    for (const v of ['01', '02', '03'])
      expect(html).toContain(`/notice/${many.roundId}?village=4105991012${v}`);
    expect(html).not.toContain('户主1-0'); // names wait for the village's own page
  });

  it("shows one village's subjects only, grouped under its name", () => {
    const html = noticeHtml([many], {
      lang: 'zh-CN',
      village: '410599101202',
      roundPage: true,
    });
    expect(html).toContain('<h3>第2村</h3>');
    expect(html).toContain('户主2-49');
    expect(html).not.toContain('户主1-0');
    expect(html).not.toContain('户主3-0');
    expect(html).toContain('返回全部村（社区）');
  });

  it('finds subjects by their shown name across the villages of a large round, never a minor', () => {
    const withMinor = round([
      ...many.entries,
      entry(2, 99, { subjectName: '（未成年人，不公示姓名）' }),
    ]);
    const html = noticeHtml([withMinor], { lang: 'zh-CN', q: '主2-4', roundPage: true });
    expect(html).toContain('姓名含“主2-4”：11 个公示对象'); // 户主2-4 and 户主2-40 … 2-49
    expect(html).toContain('户主2-40');
    expect(html).not.toContain('户主2-5');
    expect(html).not.toContain('按村（社区）查看'); // results are listed, not the village index
    expect(html).toContain(`<a href="/notice/${many.roundId}">清除查找</a>`);
    const minors = noticeHtml([withMinor], { lang: 'zh-CN', q: '未成年' });
    expect(minors).toContain('：0 个公示对象');
    expect(minors).not.toContain('<h3>');
    const hostile = noticeHtml([withMinor], { lang: 'en', q: '<script>x' });
    expect(hostile).not.toContain('<script>x');
    expect(hostile).toContain('value="&lt;script&gt;x"');
    expect(hostile).toContain('<input type="hidden" name="lang" value="en">');
  });

  it('groups a small round by village and speaks English or traditional Chinese when asked', () => {
    const small = round([
      entry(1, 0),
      entry(2, 0, { subjectName: '（未成年人，不公示姓名）', open: false, objections: 2 }),
    ]);
    const en = noticeHtml([small], { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Open for objections');
    expect(en).toContain('(a minor, not named)');
    expect(en).toContain('2 objection(s)');
    expect(en).not.toContain('公示中');
    const tw = noticeHtml([small], { lang: 'zh-TW' });
    expect(tw).toContain('評星公示');
    expect(tw).toContain('公示結束');
    const cn = noticeHtml([small], { lang: 'zh-CN' });
    expect(cn.indexOf('<h3>第1村</h3>')).toBeLessThan(cn.indexOf('<h3>第2村</h3>'));
    expect(cn).toContain('data-label="对象"'); // a phone reads each row as a card
  });

  it("names a preset's scheme, stars and round in the reader's language, a county's own as entered", () => {
    const preset: NoticeRound = {
      ...round([entry(1, 0, { stars: ['遵纪守法', '爱党爱国（本县）'] })]),
      roundName: '红旗镇2026年度十星级文明户评选',
      schemeName: '十星级文明户评选',
    };
    const en = noticeHtml([preset], { lang: 'en', roundPage: true });
    expect(en).toContain('<h2>红旗镇 · 2026 · Ten-Star Civilized Household Selection</h2>');
    expect(en).toContain('<p class="meta">Ten-Star Civilized Household Selection');
    expect(en).toContain('Abides by the law、<span class="own" lang="zh-CN"');
    expect(en).toContain('>爱党爱国（本县）</span>');
    const tw = noticeHtml([preset], { lang: 'zh-TW', roundPage: true });
    expect(tw).toContain('<h2>红旗镇2026年度十星級文明戶評選</h2>');
    expect(tw).toContain('遵紀守法、');
    expect(noticeHtml([preset], { lang: 'zh-CN' })).toContain('遵纪守法、爱党爱国（本县）</td>');
  });

  it('escapes what the records hold', () => {
    const html = noticeHtml([round([entry(1, 0, { subjectName: '<script>x</script>' })])], {
      lang: 'zh-CN',
    });
    expect(html).not.toContain('<script>x');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('says so when nothing is on notice', () => {
    expect(noticeHtml([], { lang: 'zh-CN' })).toContain('当前没有公示。');
    expect(noticeHtml([], { lang: 'en' })).toContain('No notice at present.');
  });
});
