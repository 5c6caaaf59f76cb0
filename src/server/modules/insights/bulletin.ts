import { and, eq, inArray } from 'drizzle-orm';
import { can, grantsAllowing } from '../../../domain/access/policy.ts';
import { indicatorValue, isRate, type Indicator } from '../../../domain/insights/indicators.ts';
import { periodName, previousPeriod } from '../../../domain/insights/periods.ts';
import { WARNING_KINDS, type WarningKind } from '../../../domain/insights/warnings.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { buildDocx } from '../../documents/renderer.ts';
import type { DocxBlock } from '../../documents/spec.ts';
import { evaluationSettings, insightRollups, regions } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { withinRegion } from '../../platform/scope.ts';
import { rollupRows } from './rollupRows.ts';
import { listWarnings } from '../warnings/center.ts';
import { metricsOfRow } from './overview.ts';

const PERMISSION = 'evaluation.read' as const;
type Metrics = Record<string, number>;

const COLUMNS: [Indicator, string][] = [
  ['casesReceived', '受理诉求（件）'],
  ['resolutionRate', '办结率'],
  ['onTimeRate', '按时办结率'],
  ['satisfactionRate', '满意率'],
  ['disputeResolutionRate', '纠纷化解率'],
  ['threeStarShare', '三星以上占比'],
];

const KIND_NAMES: Record<WarningKind, string> = {
  overdueCase: '事项逾期',
  belowThreshold: '星级不达标',
  veto: '否决事项',
  firstSecretary: '第一书记未达标',
  zeroEvent: '“三零”事件',
  obligationLaggard: '履职滞后',
  noSecretary: '缺村党组织书记',
  revealVolume: '敏感信息查看异常',
};

const shown = (i: Indicator, m: Metrics) => {
  const v = indicatorValue(i, m);
  return v === null ? '—' : isRate(i) ? `${v}%` : String(v);
};

/** Roll-up rows of some regions in one period, as code → metrics. */
async function periodRollups(ctx: Ctx, codes: string[], period: string) {
  const out = new Map<string, Metrics>();
  if (codes.length === 0) return out;
  const rows = await rollupRows(ctx.db, inArray(insightRollups.regionCode, codes), [period]);
  for (const r of rows) out.set(r.regionCode, metricsOfRow(r));
  return out;
}

/** Who issues a region's 通报: the party committee's organization department above a township. */
function issuerOf(name: string, level: string): string {
  if (level === 'village') return `${name}党组织`;
  if (level === 'township') return `中共${name}委员会`;
  return `中共${name.replace(/(市|县|区|省)$/, '$1委')}组织部`;
}

/** 比上期: the change of an indicator against the period before, worded. */
function change(i: Indicator, now: Metrics, before: Metrics): string {
  const a = indicatorValue(i, now);
  const b = indicatorValue(i, before);
  if (a === null || b === null) return '';
  const d = Math.round((a - b) * 10) / 10;
  if (d === 0) return '，与上期持平';
  const unit = isRate(i) ? '个百分点' : '件';
  return `，比上期${d > 0 ? '增加' : '减少'}${Math.abs(d)}${unit}`;
}

/**
 * 通报 of a region for a month or a quarter, as .docx: the figures of the period and the change on
 * the period before, the regions below (ranked when the county has rankings on), what the warnings
 * center holds open, and the villages in an annexed table. Every figure is read from the roll-ups
 * (and the warnings from the records); nothing is typed in for it.
 */
export async function bulletin(
  ctx: Ctx,
  q: { region?: string | undefined; period: string },
): Promise<{ name: string; data: Buffer }> {
  const actor = requireActor(ctx);
  const code = q.region ?? grantsAllowing(actor, PERMISSION)[0]?.regionCode;
  if (!code || !can(actor, PERMISSION, code)) throw notFound();
  const [region] = await ctx.db.select().from(regions).where(eq(regions.code, code));
  if (!region) throw notFound();
  const place = { code: regions.code, name: regions.name };
  const [children, villages, settings, warnings] = await Promise.all([
    ctx.db.select(place).from(regions).where(eq(regions.parentCode, code)).orderBy(regions.code),
    region.level === 'county' || region.level === 'township'
      ? ctx.db
          .select(place)
          .from(regions)
          .where(and(withinRegion(regions.code, code), eq(regions.level, 'village')))
          .orderBy(regions.code)
      : Promise.resolve([]),
    ctx.db
      .select()
      .from(evaluationSettings)
      .where(eq(evaluationSettings.countyCode, code.slice(0, 6))),
    listWarnings(ctx, { region: code, status: 'open', page: 1, pageSize: 10 }),
  ]);
  const previous = previousPeriod(q.period);
  const [own, before, below] = await Promise.all([
    periodRollups(ctx, [code], q.period),
    periodRollups(ctx, [code], previous),
    periodRollups(ctx, [...new Set([...children, ...villages].map((p) => p.code))], q.period),
  ]);
  const now = own.get(code) ?? {};
  const then = before.get(code) ?? {};
  // inside a county its own switch decides; a city or province ranks its counties
  const ranked =
    region.level === 'province' || region.level === 'city'
      ? true
      : (settings[0]?.rankingsEnabled ?? true);
  const get = (k: string) => now[k] ?? 0;
  const name = periodName(q.period);
  const seq = q.period[5] === 'Q' ? q.period.slice(6) : String(Number(q.period.slice(5, 7)));

  const childRows = children.map((c) => ({ ...c, m: below.get(c.code) ?? {} }));
  if (ranked)
    childRows.sort(
      (a, b) =>
        (indicatorValue('resolutionRate', b.m) ?? -1) -
          (indicatorValue('resolutionRate', a.m) ?? -1) ||
        (indicatorValue('satisfactionRate', b.m) ?? -1) -
          (indicatorValue('satisfactionRate', a.m) ?? -1) ||
        a.code.localeCompare(b.code),
    );
  const openKinds = WARNING_KINDS.filter((k) => (warnings.open[k] ?? 0) > 0);

  const blocks: DocxBlock[] = [
    { kind: 'title', text: `关于${name}${region.name}党建引领乡村振兴工作情况的通报` },
    {
      kind: 'paragraph',
      text: `${issuerOf(region.name, region.level)}\u3000${q.period.slice(0, 4)}年第${seq}期（${q.period[5] === 'Q' ? '季度' : '月度'}）\u3000${shanghaiDate(ctx.clock())}`,
    },
    { kind: 'heading', text: '一、总体情况' },
    {
      kind: 'paragraph',
      text:
        `${name}，全${region.level === 'county' ? '县' : region.level === 'township' ? '乡（镇）' : '域'}受理群众诉求${get('cases_received')}件${change('casesReceived', now, then)}；` +
        `办结${get('cases_resolved')}件，办结率${shown('resolutionRate', now)}${change('resolutionRate', now, then)}；` +
        `按时办结率${shown('onTimeRate', now)}，群众满意率${shown('satisfactionRate', now)}。` +
        `受理矛盾纠纷${get('disputes_received')}起，化解${get('disputes_resolved')}起，化解率${shown('disputeResolutionRate', now)}。` +
        `评定星级${get('evaluations_awarded')}个，三星以上占${shown('threeStarShare', now)}。`,
    },
  ];
  if (childRows.length > 0)
    blocks.push(
      { kind: 'heading', text: ranked ? '二、各地情况（按办结率排序）' : '二、各地情况' },
      ...(ranked
        ? []
        : [
            {
              kind: 'paragraph' as const,
              text: '按本县设置，本期各地情况不排名，按区划代码顺序列出。',
            },
          ]),
      {
        kind: 'table',
        header: [...(ranked ? ['名次'] : []), '地区', ...COLUMNS.map(([, label]) => label)],
        rows: childRows.map((c, i) => [
          ...(ranked ? [String(i + 1)] : []),
          c.name,
          ...COLUMNS.map(([ind]) => shown(ind, c.m)),
        ]),
      },
    );
  blocks.push(
    { kind: 'heading', text: `${childRows.length > 0 ? '三' : '二'}、需要关注的问题` },
    {
      kind: 'paragraph',
      text:
        warnings.total === 0
          ? '截至发文之日，预警中心无待处理预警。'
          : `截至发文之日，预警中心待处理预警${warnings.total}条：${openKinds
              .map((k) => `${KIND_NAMES[k]}${warnings.open[k]}条`)
              .join('，')}。请各地对照预警逐条核实处理，并在预警中心记录处理情况。`,
    },
    ...warnings.items.map((w, i): DocxBlock => ({
      kind: 'paragraph',
      text: `${i + 1}. ${KIND_NAMES[w.kind]}：${w.regionName ?? w.regionCode} ${w.subject}`,
    })),
  );
  if (villages.length > 0)
    blocks.push(
      { kind: 'heading', text: '附件：各村（社区）情况表' },
      {
        kind: 'table',
        header: ['村（社区）', ...COLUMNS.map(([, label]) => label)],
        rows: villages.map((v) => [
          v.name,
          ...COLUMNS.map(([ind]) => shown(ind, below.get(v.code) ?? {})),
        ]),
      },
    );
  return {
    name: `${region.name}${name}工作通报.docx`,
    data: await buildDocx({ blocks }),
  };
}
