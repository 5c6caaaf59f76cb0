import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { ageOn } from '../../../domain/directory/plainDate.ts';
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

const DAY_MS = 86_400_000;
const ADULT_AGE = 18;
/** How long a closed notice stays readable with its result. */
const SHOWN_AFTER_CLOSE_DAYS = 30;

export interface NoticeEntry {
  evaluationId: string;
  subjectName: string;
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
  const rows = await ctx.db
    .select({
      e: {
        id: evaluations.id,
        subjectName: evaluations.subjectName,
        subjectType: evaluations.subjectType,
        subjectId: evaluations.subjectId,
        stage: evaluations.stage,
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
    })
    .from(evaluations)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluations.roundId))
    .innerJoin(evaluationSchemes, eq(evaluationSchemes.id, evaluationRounds.schemeId))
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
      subjectName: minors.has(e.subjectId) ? '（未成年人，不公示姓名）' : e.subjectName,
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

/** The public notice page, server-rendered (no login, no script): readable on any phone. */
export function noticeHtml(items: NoticeRound[], title: string): string {
  const sections = items
    .map(
      (
        round,
      ) => `<section><h2>${escape(round.roundName)}</h2><p class="meta">${escape(round.schemeName)}${round.regionName ? ` · ${escape(round.regionName)}` : ''} · <a href="/notice/${round.roundId}">单独查看</a></p>
<table><thead><tr><th>对象</th><th>所在村（社区）</th><th>拟评星级</th><th>星</th><th>公示期</th><th>状态</th></tr></thead><tbody>
${round.entries
  .map(
    (e) =>
      `<tr><td>${escape(e.subjectName)}</td><td>${escape(e.villageName ?? '')}</td><td>${e.level} 星</td><td>${e.stars.map(escape).join('、')}</td><td>${day(e.noticeStartsAt)} 至 ${day(e.noticeEndsAt)}</td><td>${e.open ? '公示中' : '公示结束'}${e.objections > 0 ? `（异议 ${e.objections} 件）` : ''}</td></tr>`,
  )
  .join('\n')}
</tbody></table></section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:960px;padding:16px;color:#222}h1{color:#b71c1c;font-size:22px}h2{font-size:18px;margin-bottom:4px}.meta{color:#666;margin-top:0}table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #ddd;padding:6px;text-align:left}th{background:#fbe9e7}footer{margin-top:24px;color:#666;font-size:13px}</style></head>
<body><h1>${escape(title)}</h1>${sections || '<p>当前没有公示。</p>'}
<footer>对公示对象有异议的村民，请在公示期内登录领雁，在“评星公示”中实名提出异议（仅评审人员可见提出人）。</footer></body></html>`;
}
