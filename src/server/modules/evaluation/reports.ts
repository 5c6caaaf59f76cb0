import { inArray } from 'drizzle-orm';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import type { SchemeDefinition } from '../../../domain/evaluation/scheme.ts';
import { buildDocx, buildXlsx } from '../../documents/renderer.ts';
import type { DocxBlock, SheetSpec } from '../../documents/spec.ts';
import { regions } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { progress } from './progress.ts';
import { roundDocumentsBoard } from './rounds.ts';

export { DOCX_TYPE, XLSX_TYPE } from '../../platform/responses.ts';

const STAGE_NAMES: Record<string, string> = {
  claiming: '待认星',
  review: '评审中',
  notice: '公示中',
  awarded: '已授星',
};

const vetoLabel = (scheme: SchemeDefinition, key: string) =>
  scheme.vetoes.find((v) => v.key === key)?.label ?? key;
const vetoStatus = (status: string) =>
  status === 'removed' ? '已摘星' : status === 'proposed' ? '待认定' : '不予摘星';

/** The 通报 of a round: progress against targets, rankings when the county shows them, warnings. */
export async function roundReport(
  ctx: Ctx,
  roundId: string,
): Promise<{ name: string; data: Buffer }> {
  const board = await roundDocumentsBoard(ctx, roundId);
  const p = await progress(ctx, {
    region: board.round.regionCode,
    scheme: board.round.schemeKey,
    period: board.round.period,
  });
  const awarded = board.items.filter((i) => i.stage === 'awarded');
  const blocks: DocxBlock[] = [
    { kind: 'title', text: `关于${board.round.name}情况的通报` },
    {
      kind: 'paragraph',
      text: `截至${shanghaiDate(ctx.clock())}，本轮共有评星对象 ${board.items.length} 个，已授星 ${awarded.length} 个，三星以上占比 ${p.share3}%。`,
    },
    { kind: 'heading', text: '一、目标完成情况' },
    {
      kind: 'table',
      header: ['目标', '目标值', '完成', '是否达标'],
      rows: p.targets.map((t) => [
        t.label,
        t.measure === 'shareAtLeast' ? `${t.value}%` : String(t.value),
        t.measure === 'shareAtLeast' ? `${t.actual}%` : String(t.actual),
        t.met ? '达标' : '未达标',
      ]),
    },
    { kind: 'heading', text: '二、星级分布' },
    {
      kind: 'table',
      header: ['星级', '个数'],
      rows: p.byLevel.map((n, level) => [`${level} 星`, String(n)]).filter(([, n]) => n !== '0'),
    },
  ];
  if (p.rankings) {
    blocks.push({ kind: 'heading', text: '三、排名（按三星以上占比）' });
    blocks.push({
      kind: 'table',
      header: ['名次', '地区', '对象数', '三星以上', '占比', '五星', '四星'],
      rows: p.rankings.map((r, i) => [
        String(i + 1),
        r.name,
        String(r.subjects),
        String(r.atLeast3),
        `${r.share3}%`,
        String(r.five),
        String(r.four),
      ]),
    });
    if (p.unranked.length > 0)
      blocks.push({
        kind: 'paragraph',
        text: `不参加排名（该县已关闭排名）：${p.unranked.map((u) => u.name).join('、')}。`,
      });
  }
  blocks.push({ kind: 'heading', text: `${p.rankings ? '四' : '三'}、预警` });
  blocks.push({
    kind: 'paragraph',
    text: `低于三星 ${p.warnings.belowThreshold.length} 个；负面清单事项 ${p.warnings.vetoes.length} 件；任期最后一年所驻村未达目标星级的第一书记 ${p.warnings.firstSecretaries.length} 名。`,
  });
  for (const v of p.warnings.vetoes)
    blocks.push({
      kind: 'paragraph',
      text: `· ${v.name}：${vetoLabel(board.scheme, v.veto)}（${vetoStatus(v.status)}）`,
    });
  for (const s of p.warnings.firstSecretaries)
    blocks.push({
      kind: 'paragraph',
      text: `· 第一书记 ${s.name}（${s.regionName ?? s.regionCode}，任期至 ${s.termEndDate}）`,
    });
  return { name: `${board.round.name}通报.docx`, data: await buildDocx({ blocks }) };
}

async function regionNamesOf(ctx: Ctx, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
}

const sheet = (name: string, headers: string[], rows: (string | number)[][]): SheetSpec => ({
  name,
  columns: headers.map((header) => ({ header, width: 18 })),
  rows,
});

/**
 * The round's list as .xlsx (names and stars only: no sensitive fields are exported), with the
 * progress lists of the 通报: targets, rankings when the county shows them, warnings.
 */
export async function roundWorkbook(
  ctx: Ctx,
  roundId: string,
): Promise<{ name: string; data: Buffer }> {
  const board = await roundDocumentsBoard(ctx, roundId);
  const starName = new Map(board.scheme.stars.map((s) => [s.key, s.name]));
  const list: SheetSpec = {
    name: '评星名单',
    columns: ['对象', '所在地区', '区划代码', '阶段', '认星', '当前星', '星级', '公示截止'].map(
      (header) => ({ header, width: 18, text: true }),
    ),
    rows: board.items.map((i) => {
      const stars = i.stage === 'awarded' ? i.heldStars : i.grantedStars;
      return [
        i.subjectName,
        i.regionName ?? '',
        i.regionCode,
        STAGE_NAMES[i.stage] ?? i.stage,
        i.claimedStars.map((k) => starName.get(k) ?? k).join('、'),
        stars.map((k) => starName.get(k) ?? k).join('、'),
        i.level,
        i.noticeEndsAt ? shanghaiDate(i.noticeEndsAt) : '',
      ];
    }),
  };
  const name = `${board.round.name}名单.xlsx`;
  // A reader below the round's region (a village cadre in a county round) gets the list of the
  // subjects in scope; the region-wide progress sheets are for those who see the whole region.
  const p = await progress(ctx, {
    region: board.round.regionCode,
    scheme: board.round.schemeKey,
    period: board.round.period,
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (!p) return { name, data: await buildXlsx({ sheets: [list] }) };
  const pct = (measure: string, v: number) => (measure === 'shareAtLeast' ? `${v}%` : String(v));
  const sheets = [
    list,
    sheet(
      '目标进度',
      ['目标', '目标值', '完成', '是否达标'],
      p.targets.map((t) => [
        t.label,
        pct(t.measure, t.value),
        pct(t.measure, t.actual),
        t.met ? '达标' : '未达标',
      ]),
    ),
  ];
  // A county that switched rankings off is listed without a place and with the reason.
  if (p.rankings)
    sheets.push(
      sheet(
        '排名',
        ['名次', '地区', '对象数', '三星以上', '占比', '五星', '四星'],
        [
          ...p.rankings.map((r, i) => [
            i + 1,
            r.name,
            r.subjects,
            r.atLeast3,
            `${r.share3}%`,
            r.five,
            r.four,
          ]),
          ...p.unranked.map((u) => ['不排名', u.name, '该县已关闭排名', '', '', '', '']),
        ],
      ),
    );
  const w = p.warnings;
  // the place by name beside its code: a reader looks for 东关社区, not 410599001001
  const placeName = await regionNamesOf(ctx, [
    ...w.belowThreshold.map((b) => b.regionCode),
    ...w.vetoes.map((v) => v.regionCode),
  ]);
  sheets.push(
    sheet(
      '预警',
      ['类别', '对象', '所在地区', '区划代码', '情况'],
      [
        ...w.belowThreshold.map((b) => [
          '低于三星',
          b.name,
          placeName.get(b.regionCode) ?? '',
          b.regionCode,
          `${b.level} 星`,
        ]),
        ...w.vetoes.map((v) => [
          '负面清单',
          v.name,
          placeName.get(v.regionCode) ?? '',
          v.regionCode,
          `${vetoLabel(board.scheme, v.veto)}（${vetoStatus(v.status)}）`,
        ]),
        ...w.firstSecretaries.map((s) => [
          '第一书记任期',
          s.name,
          s.regionName ?? '',
          s.regionCode,
          `所驻村${s.level ?? 0} 星（目标 ${s.target} 星），任期至 ${s.termEndDate}`,
        ]),
      ],
    ),
  );
  return { name, data: await buildXlsx({ sheets }) };
}

const escape = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The plaque list's print button; constant, so the page's policy allows it by its hash. */
export const PRINT_SCRIPT =
  "document.getElementById('print').addEventListener('click',()=>print())";

/** 挂星: a printable plaque list, one card per awarded subject. */
export async function certificatesHtml(ctx: Ctx, roundId: string): Promise<string> {
  const board = await roundDocumentsBoard(ctx, roundId);
  const starName = new Map(board.scheme.stars.map((s) => [s.key, s.name]));
  const cards = board.items
    .filter((i) => i.stage === 'awarded' && i.level > 0)
    .map(
      (i) =>
        `<div class="card"><div class="stars">${'★'.repeat(i.level)}</div><h2>${escape(i.subjectName)}</h2><p>${escape(i.regionName ?? '')}</p><p>${i.heldStars.map((k) => escape(starName.get(k) ?? k)).join(' · ')}</p><p class="foot">${escape(board.round.name)}</p></div>`,
    )
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(board.round.name)} 挂星名单</title><style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:16px}.card{display:inline-block;width:300px;margin:8px;padding:16px;border:3px double #b71c1c;text-align:center;page-break-inside:avoid;vertical-align:top}.stars{color:#d32f2f;font-size:28px}h2{margin:8px 0}.foot{color:#666;font-size:12px}@media print{button{display:none}}</style></head><body><h1>${escape(board.round.name)} · 挂星名单</h1><button id="print">打印</button><div>${cards || '<p>尚无授星对象。</p>'}</div><script>${PRINT_SCRIPT}</script></body></html>`;
}
