import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { ageOn } from '../../../domain/directory/plainDate.ts';
import { roundText, schemeText, type SchemeText } from '../../../domain/evaluation/schemeText.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import {
  evaluationObjections,
  evaluationRounds,
  evaluations,
  evaluationSchemes,
  persons,
  regions,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { NOTICE_LANGS } from './schema.ts';
import { fromEvaluations } from './fromEvaluations.ts';

const DAY_MS = 86_400_000;
/** Stands for a minor's name; the page shows it in the reader's language. */
const MINOR_UNNAMED = '（未成年人，不公示姓名）';
const ADULT_AGE = 18;
/** How long a closed notice stays readable with its result. */
const SHOWN_AFTER_CLOSE_DAYS = 30;

export interface NoticeEntry {
  evaluationId: string;
  subjectName: string;
  villageCode: string;
  villageName: string | null;
  stars: string[];
  level: number;
  noticeStartsAt: Date;
  noticeEndsAt: Date;
  open: boolean;
  objections: number;
}
export interface NoticeRound {
  roundId: string;
  roundName: string;
  schemeName: string;
  regionName: string | null;
  entries: NoticeEntry[];
}

/**
 * 公示: only allow-listed fields leave the server here — the subject's public name, its village,
 * the stars and level, the window and the number of objections. Never an ID number, a phone, a
 * filer, or a minor's name.
 */
export async function publicNotices(ctx: Ctx, roundId?: string): Promise<{ items: NoticeRound[] }> {
  const now = ctx.clock();
  const since = new Date(now.getTime() - SHOWN_AFTER_CLOSE_DAYS * DAY_MS);
  const rows = await fromEvaluations(
    ctx.db.select({
      e: {
        id: evaluations.id,
        subjectName: evaluations.subjectName,
        subjectType: evaluations.subjectType,
        subjectId: evaluations.subjectId,
        stage: evaluations.stage,
        regionCode: evaluations.regionCode,
        grantedStars: evaluations.grantedStars,
        level: evaluations.level,
        noticeStartsAt: evaluations.noticeStartsAt,
        noticeEndsAt: evaluations.noticeEndsAt,
      },
      roundId: evaluationRounds.id,
      roundName: evaluationRounds.name,
      roundRegion: evaluationRounds.regionCode,
      schemeName: evaluationSchemes.name,
      stars: evaluationSchemes.definition,
      villageName: regions.name,
      objections: sql<number>`(SELECT count(*)::int FROM ${evaluationObjections} o WHERE o.evaluation_id = "evaluations"."id")`,
    }),
  )
    .leftJoin(regions, eq(regions.code, evaluations.regionCode))
    .where(
      and(
        inArray(evaluations.stage, ['notice', 'awarded']),
        gt(evaluations.noticeEndsAt, since),
        roundId ? eq(evaluationRounds.id, roundId) : undefined,
      ),
    )
    .orderBy(
      asc(evaluationRounds.createdAt),
      asc(evaluations.regionCode),
      asc(evaluations.subjectName),
    )
    .limit(5000);
  // Minors among person subjects are not named in public (PIPL, DESIGN.md §2.6). A public notice
  // is the widest audience there is: every 未成年人 (under 18, 未成年人保护法 art. 2) stays unnamed,
  // not only the under-14s whose data the platform treats as sensitive everywhere else.
  const personIds = rows.filter((r) => r.e.subjectType === 'person').map((r) => r.e.subjectId);
  const births =
    personIds.length === 0
      ? []
      : await ctx.db
          .select({ id: persons.id, birthDate: persons.birthDate })
          .from(persons)
          .where(inArray(persons.id, personIds));
  const today = shanghaiDate(now);
  const minors = new Set(
    births.filter((b) => ageOn(b.birthDate, today) < ADULT_AGE).map((b) => b.id),
  );
  const regionNames = new Map<string, string | null>();
  const rounds = new Map<string, NoticeRound>();
  for (const r of rows) {
    const { e } = r;
    if (!e.noticeStartsAt || !e.noticeEndsAt) continue;
    let round = rounds.get(r.roundId);
    if (!round) {
      if (!regionNames.has(r.roundRegion)) {
        const [reg] = await ctx.db
          .select({ name: regions.name })
          .from(regions)
          .where(eq(regions.code, r.roundRegion));
        regionNames.set(r.roundRegion, reg?.name ?? null);
      }
      round = {
        roundId: r.roundId,
        roundName: r.roundName,
        schemeName: r.schemeName,
        regionName: regionNames.get(r.roundRegion) ?? null,
        entries: [],
      };
      rounds.set(r.roundId, round);
    }
    const starNames = new Map(r.stars.stars.map((s) => [s.key, s.name]));
    round.entries.push({
      evaluationId: e.id,
      subjectName: minors.has(e.subjectId) ? MINOR_UNNAMED : e.subjectName,
      villageCode: e.regionCode,
      villageName: r.villageName,
      stars: e.grantedStars.map((k) => starNames.get(k) ?? k),
      level: e.level,
      noticeStartsAt: e.noticeStartsAt,
      noticeEndsAt: e.noticeEndsAt,
      open: e.stage === 'notice' && e.noticeEndsAt > now,
      objections: Number(r.objections),
    });
  }
  return { items: [...rounds.values()] };
}

const escape = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
const day = (d: Date): string => shanghaiDate(d);

export type NoticeLang = (typeof NOTICE_LANGS)[number];

/**
 * The page's own words in the three languages. Scheme, star and round names are the presets' in
 * the reader's language; a county's own (schemeText) and the records' names stay as entered.
 */
const WORDS: Record<NoticeLang, Record<string, string>> = {
  'zh-CN': {
    title: '评星公示',
    subject: '对象',
    village: '所在村（社区）',
    level: '拟评星级',
    stars: '星',
    window: '公示期',
    status: '状态',
    open: '公示中',
    closed: '公示结束',
    objections: '异议 {n} 件',
    to: '至',
    levelN: '{n} 星',
    alone: '单独查看',
    villages: '按村（社区）查看：共 {n} 个村（社区）、{m} 个公示对象',
    count: '公示对象',
    all: '返回全部村（社区）',
    none: '当前没有公示。',
    search: '按姓名查找',
    find: '查找',
    found: '姓名含“{q}”：{n} 个公示对象',
    clear: '清除查找',
    minor: '（未成年人，不公示姓名）',
    untranslated: '本县自定的名称',
    footer:
      '对公示对象有异议的村民，请在公示期内登录领雁，在“评星公示”中实名提出异议（仅评审人员可见提出人）。',
  },
  'zh-TW': {
    title: '評星公示',
    subject: '對象',
    village: '所在村（社區）',
    level: '擬評星級',
    stars: '星',
    window: '公示期',
    status: '狀態',
    open: '公示中',
    closed: '公示結束',
    objections: '異議 {n} 件',
    to: '至',
    levelN: '{n} 星',
    alone: '單獨查看',
    villages: '按村（社區）查看：共 {n} 個村（社區）、{m} 個公示對象',
    count: '公示對象',
    all: '返回全部村（社區）',
    none: '目前沒有公示。',
    search: '按姓名查找',
    find: '查找',
    found: '姓名含「{q}」：{n} 個公示對象',
    clear: '清除查找',
    minor: '（未成年人，不公示姓名）',
    untranslated: '本縣自訂的名稱，沒有繁體譯名',
    footer:
      '對公示對象有異議的村民，請在公示期內登入領雁，在「評星公示」中實名提出異議（僅評審人員可見提出人）。',
  },
  en: {
    title: 'Star rating notice',
    subject: 'Subject',
    village: 'Village (community)',
    level: 'Proposed level',
    stars: 'Stars',
    window: 'Notice period',
    status: 'Status',
    open: 'Open for objections',
    closed: 'Closed',
    objections: '{n} objection(s)',
    to: 'to',
    levelN: '{n} stars',
    alone: 'View alone',
    villages: 'By village: {n} villages (communities), {m} subjects',
    count: 'Subjects',
    all: 'All villages',
    none: 'No notice at present.',
    search: 'Find by name',
    find: 'Find',
    found: 'Names containing "{q}": {n} subject(s)',
    clear: 'Clear the search',
    minor: '(a minor, not named)',
    untranslated: "The county's own name: it has no English form",
    footer:
      'Residents who object to a subject may sign in to Lingyan during the notice period and object under their own name in the notice (only the reviewers see who objected).',
  },
};

/** A round with more subjects than this lists its villages first, each opening its own page. */
const VILLAGE_INDEX_OVER = 100;

export interface NoticePageOptions {
  lang: NoticeLang;
  /** One village's subjects only (`?village=`). */
  village?: string | undefined;
  /**
   * Subjects whose shown name contains this (`?q=`). Only the public name is searched: a minor,
   * shown unnamed, is never found by their own name.
   */
  q?: string | undefined;
  /** The round's own page (`/notice/:id`), which the village links stay on. */
  roundPage?: boolean;
}

/** The public notice page, server-rendered (no login, no script): readable on any phone. */
export function noticeHtml(items: NoticeRound[], options: NoticePageOptions): string {
  const w = WORDS[options.lang];
  const say = (key: string, n?: number, m?: number) =>
    (w[key] ?? key).replace('{n}', String(n ?? '')).replace('{m}', String(m ?? ''));
  // a county's own name shows as entered, dotted-underlined, the tooltip saying why
  const named = (shown: SchemeText) =>
    shown.translated
      ? escape(shown.text)
      : `<span class="own" lang="zh-CN" title="${escape(w.untranslated ?? '')}">${escape(shown.text)}</span>`;
  const name = (stored: string) => named(schemeText(stored, options.lang));
  const langQuery = options.lang === 'zh-CN' ? '' : `lang=${options.lang}`;
  const link = (path: string, query: string[] = []) => {
    const all = [...query, langQuery].filter(Boolean);
    return all.length > 0 ? `${path}?${all.join('&')}` : path;
  };
  const row = (e: NoticeEntry) =>
    `<tr><td data-label="${escape(w.subject ?? '')}">${escape(e.subjectName === MINOR_UNNAMED ? (w.minor ?? e.subjectName) : e.subjectName)}</td><td data-label="${escape(w.level ?? '')}">${escape(say('levelN', e.level))}</td><td data-label="${escape(w.stars ?? '')}">${e.stars.map(name).join('、')}</td><td data-label="${escape(w.window ?? '')}">${day(e.noticeStartsAt)} ${escape(w.to ?? '')} ${day(e.noticeEndsAt)}</td><td data-label="${escape(w.status ?? '')}">${escape(e.open ? (w.open ?? '') : (w.closed ?? ''))}${e.objections > 0 ? `（${escape(say('objections', e.objections))}）` : ''}</td></tr>`;
  const head = `<thead><tr><th>${escape(w.subject ?? '')}</th><th>${escape(w.level ?? '')}</th><th>${escape(w.stars ?? '')}</th><th>${escape(w.window ?? '')}</th><th>${escape(w.status ?? '')}</th></tr></thead>`;
  const byVillage = (entries: NoticeEntry[]) => {
    const groups = new Map<string, NoticeEntry[]>();
    for (const e of entries) groups.set(e.villageCode, [...(groups.get(e.villageCode) ?? []), e]);
    return [...groups.values()];
  };
  const q = options.q?.trim() ?? '';
  let found = 0;
  const sections = items
    .map((round) => {
      const entries = round.entries.filter(
        (e) =>
          (!options.village || e.villageCode === options.village) &&
          (q === '' || (e.subjectName !== MINOR_UNNAMED && e.subjectName.includes(q))),
      );
      found += entries.length;
      const roundPath = `/notice/${round.roundId}`;
      const meta = `<p class="meta">${name(round.schemeName)}${round.regionName ? ` · ${escape(round.regionName)}` : ''}${options.roundPage ? '' : ` · <a href="${link(roundPath)}">${escape(w.alone ?? '')}</a>`}${options.village ? ` · <a href="${link(roundPath)}">${escape(w.all ?? '')}</a>` : ''}</p>`;
      const villages = byVillage(entries);
      const body =
        !options.village && q === '' && entries.length > VILLAGE_INDEX_OVER
          ? `<p>${escape(say('villages', villages.length, entries.length))}</p><table class="index"><thead><tr><th>${escape(w.village ?? '')}</th><th>${escape(w.count ?? '')}</th></tr></thead><tbody>${villages
              .map((g) => {
                const first = g[0];
                const objections = g.reduce((n, e) => n + e.objections, 0);
                return `<tr><td><a href="${link(roundPath, [`village=${first?.villageCode ?? ''}`])}">${escape(first?.villageName ?? first?.villageCode ?? '')}</a></td><td>${g.length}${objections > 0 ? `（${escape(say('objections', objections))}）` : ''}</td></tr>`;
              })
              .join('')}</tbody></table>`
          : villages
              .map(
                (g) =>
                  `<h3>${escape(g[0]?.villageName ?? g[0]?.villageCode ?? '')}</h3><table>${head}<tbody>\n${g.map(row).join('\n')}\n</tbody></table>`,
              )
              .join('\n');
      return entries.length === 0
        ? ''
        : `<section><h2>${named(roundText(round.roundName, round.schemeName, options.lang))}</h2>${meta}\n${body}</section>`;
    })
    .filter(Boolean)
    .join('\n');
  const title =
    items.length === 1 && options.roundPage
      ? `${roundText(items[0]?.roundName ?? '', items[0]?.schemeName ?? '', options.lang).text} · ${w.title ?? ''}`
      : (w.title ?? '');
  const pagePath = options.roundPage && items[0] ? `/notice/${items[0].roundId}` : '/notice';
  const keep = (name: string, value: string | undefined) =>
    value ? `<input type="hidden" name="${name}" value="${escape(value)}">` : '';
  const search = `<form class="find" method="get" role="search"><label>${escape(w.search ?? '')} <input name="q" value="${escape(q)}" maxlength="40"></label>${keep('village', options.village)}${keep('lang', options.lang === 'zh-CN' ? undefined : options.lang)} <button type="submit">${escape(w.find ?? '')}</button>${q ? ` <a href="${link(pagePath, options.village ? [`village=${options.village}`] : [])}">${escape(w.clear ?? '')}</a><p>${escape((w.found ?? '').replace('{q}', q).replace('{n}', String(found)))}</p>` : ''}</form>`;
  const switcher = NOTICE_LANGS.map((l) =>
    l === options.lang
      ? `<strong>${l === 'en' ? 'English' : l === 'zh-TW' ? '繁體' : '简体'}</strong>`
      : `<a href="?${[options.village ? `village=${options.village}` : '', l === 'zh-CN' ? '' : `lang=${l}`].filter(Boolean).join('&')}">${l === 'en' ? 'English' : l === 'zh-TW' ? '繁體' : '简体'}</a>`,
  ).join(' · ');
  return `<!doctype html><html lang="${options.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:960px;padding:16px;color:#222}h1{color:#b71c1c;font-size:22px}h2{font-size:18px;margin-bottom:4px}h3{font-size:16px;margin:16px 0 6px}.meta{color:#666;margin-top:0}.lang{float:right;font-size:13px}table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #ddd;padding:6px;text-align:left}td:first-child{white-space:nowrap}th{background:#fbe9e7}footer{margin-top:24px;color:#666;font-size:13px}.find{margin:8px 0 12px}.find input[name=q]{width:10em;padding:4px}.find p{color:#666;margin:6px 0 0}.own{text-decoration:underline dotted}
@media (max-width:600px){table:not(.index) thead{display:none}table:not(.index),table:not(.index) tbody,table:not(.index) tr,table:not(.index) td{display:block;width:auto}table:not(.index) tr{border:1px solid #ddd;border-radius:6px;margin-bottom:8px;padding:4px 8px}table:not(.index) td{border:none;padding:2px 0}table:not(.index) td::before{content:attr(data-label) "：";color:#888}}</style></head>
<body><nav class="lang">${switcher}</nav><h1>${escape(title)}</h1>${items.length > 0 ? search : ''}${sections || `<p>${escape(w.none ?? '')}</p>`}
<footer>${escape(w.footer ?? '')}</footer></body></html>`;
}
