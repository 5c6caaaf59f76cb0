// The full demo county's year of 随手办 history: what residents brought to their villages month by
// month and how each case went, so the county dashboard's trends, rates and warnings have records
// behind them. Pure and seeded: the same seed and day give the same cases on every machine. The
// server (seed/seedCaseHistory.ts) routes each case through the real ladder and applies the steps
// with the lifecycle's own state machine.

import { createRandom, type Random } from '../directory/demoCounty/random.ts';
import type { CaseField, CaseType } from './catalog.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_MS = 8 * HOUR_MS;

/** A village (or community) and the households its residents speak for. */
export interface HistoryPlace {
  regionCode: string;
  /** Households whose heads bring the cases, with the head's person id. */
  households: readonly { id: string; headId: string }[];
}

/** One step after intake (submit and assign come first, from the ladder), at an instant. */
export type HistoryStep =
  | { type: 'start'; at: Date; note: string }
  | { type: 'resolve'; at: Date; note: string }
  | { type: 'escalate'; at: Date; note: string }
  | { type: 'confirm'; at: Date; rating: number }
  | { type: 'reject'; at: Date; rating: number; note: string }
  | { type: 'auto_confirm'; at: Date };

export interface HistoryCase {
  regionCode: string;
  householdId: string;
  requesterPersonId: string;
  typeCode: string;
  channel: 'walk_in' | 'phone' | 'visit';
  title: string;
  description: string;
  fields: Record<string, unknown>;
  createdAt: Date;
  /** In order, every one before `today`; a case whose next step lies ahead stays where it is. */
  steps: HistoryStep[];
}

export interface HistoryOptions {
  seed: string;
  /** The instant the history ends at (the demo's today). */
  today: Date;
  /** Whole months before today's month, plus today's month up to today. */
  months: number;
  /** Mean cases per place and month. */
  perPlaceMonth: number;
}

/** What residents bring, by catalog code, with how often (weights) and a few ways they say it. */
const TOPICS: { code: string; weight: number; items: readonly [string, string][] }[] = [
  {
    code: 'request',
    weight: 30,
    items: [
      ['自来水压力不足', '早晚用水高峰时楼上水龙头出不来水。'],
      ['想了解高龄补贴怎么申请', '家中老人今年满八十岁，想问问高龄津贴的办理条件。'],
      ['村里广场健身器材损坏', '广场上的扭腰器轴承坏了，老人锻炼不方便。'],
      ['希望增加村里快递代收点', '快递只能送到镇上，取件要跑十几里路。'],
      ['秸秆离田需要帮忙联系机械', '家里劳力不足，想请村里统一联系打捆机。'],
    ],
  },
  {
    code: 'road',
    weight: 16,
    items: [
      ['村道路面塌陷', '村东头下雨后路面塌了一个坑，电动车经过很危险。'],
      ['路灯不亮', '主街上有几盏路灯晚上不亮，老人出门看不清路。'],
      ['桥头护栏松动', '小桥护栏有一段松了，孩子上学要经过。'],
      ['排水沟堵塞', '雨后排水沟不通，积水漫到路上。'],
    ],
  },
  {
    code: 'environment',
    weight: 16,
    items: [
      ['垃圾清运不及时', '垃圾桶满了好几天没人清运，味道很大。'],
      ['坑塘水面有漂浮物', '村南坑塘漂着塑料袋和杂物。'],
      ['有人在路边焚烧秸秆', '路边有人焚烧秸秆，烟很大。'],
      ['残垣断壁需要清理', '闲置宅院的院墙倒了一半，占着路口。'],
    ],
  },
  {
    code: 'dispute',
    weight: 10,
    items: [
      ['邻里宅基地边界争议', '两户因院墙位置发生争执，请村里调解。'],
      ['土地流转租金纠纷', '承包户迟交租金，双方各执一词。'],
      ['赡养老人问题', '兄弟几个对老人赡养费用分摊有分歧。'],
      ['排水引起邻里矛盾', '一户的排水管通向邻居家门口，两家吵了起来。'],
    ],
  },
  { code: 'service', weight: 28, items: [] },
];

const DISPUTE_TYPES: Record<string, string> = {
  邻里宅基地边界争议: '宅基地',
  土地流转租金纠纷: '土地',
  赡养老人问题: '婚姻家庭',
  排水引起邻里矛盾: '邻里',
};

/** More cases in the busy months: after the Spring Festival, the summer rains, the autumn harvest. */
const MONTH_WEIGHT = [0.8, 1.1, 1.0, 0.9, 1.0, 1.2, 1.3, 1.3, 1.0, 1.1, 0.9, 0.8] as const;

const RESOLVE_NOTES = ['已上门处理完毕', '已协调相关部门解决', '已办结，群众满意', '已现场处置'];
const ESCALATE_NOTES = ['本级难以解决，请上级协调', '涉及多方，需镇里统筹'];

/** A required field's value a resident would give (the first option of a list, no to a yes/no). */
function fieldValue(field: CaseField): unknown {
  if (field.type === 'select') return field.options?.[0] ?? '';
  if (field.type === 'boolean') return false;
  if (field.type === 'number') return 0;
  return '';
}

function fieldsOf(type: CaseType, title: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const f of type.fields) if (f.required) fields[f.code] = fieldValue(f);
  if (type.kind === 'dispute' && DISPUTE_TYPES[title]) fields.disputeType = DISPUTE_TYPES[title];
  return fields;
}

/** The month `back` months before `today`'s month (Asia/Shanghai), as year and month index. */
function monthBefore(today: Date, back: number): { year: number; month: number } {
  const local = new Date(today.getTime() + SHANGHAI_MS);
  const index = local.getUTCFullYear() * 12 + local.getUTCMonth() - back;
  return { year: Math.floor(index / 12), month: index % 12 };
}

/** A moment in working hours (8:00–19:00 Asia/Shanghai) of a random day of the month. */
function instantIn(random: Random, year: number, month: number): Date {
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = random.int(1, days);
  const minutes = random.int(8 * 60, 19 * 60);
  return new Date(Date.UTC(year, month, day) - SHANGHAI_MS + minutes * 60_000);
}

/** Poisson-ish count with the given mean (sum of a few uniform draws, never negative). */
function countAround(random: Random, mean: number): number {
  return Math.max(0, Math.round(mean * (random.next() + random.next() + random.next()) * (2 / 3)));
}

/** How a case goes after intake: mostly resolved in time and confirmed; some late, escalated or reopened. */
function stepsFor(random: Random, type: CaseType, createdAt: Date): HistoryStep[] {
  const slaMs = type.slaHours * HOUR_MS;
  const steps: HistoryStep[] = [];
  let at = createdAt.getTime();
  const later = (ms: number) => new Date((at += Math.max(ms, 10 * 60_000)));
  steps.push({ type: 'start', at: later(random.next() * 0.1 * slaMs), note: '已受理，正在处理' });
  const late = random.chance(0.12);
  if (random.chance(0.07)) {
    steps.push({
      type: 'escalate',
      at: later(random.next() * 0.5 * slaMs),
      note: random.pick(ESCALATE_NOTES),
    });
  }
  const work = late ? slaMs * (1.1 + random.next()) : slaMs * (0.1 + random.next() * 0.75);
  steps.push({ type: 'resolve', at: later(work), note: random.pick(RESOLVE_NOTES) });
  if (random.chance(0.03)) {
    steps.push({
      type: 'reject',
      at: later(random.next() * 3 * DAY_MS),
      rating: random.int(1, 2),
      note: '问题没有彻底解决',
    });
    steps.push({ type: 'resolve', at: later(slaMs * 0.5), note: '返工后已解决' });
  }
  if (random.chance(0.85)) {
    const rating = random.chance(0.9) ? random.int(4, 5) : random.int(2, 3);
    steps.push({ type: 'confirm', at: later(random.next() * 5 * DAY_MS), rating });
  } else {
    steps.push({ type: 'auto_confirm', at: later((type.autoConfirmDays + 1) * DAY_MS) });
  }
  return steps;
}

/**
 * The history of every place: per month a few cases (the month's weight times the mean), topics
 * by weight (services from the county's catalog), each with its steps cut at `today`.
 */
export function planCaseHistory(
  places: readonly HistoryPlace[],
  catalog: readonly CaseType[],
  options: HistoryOptions,
): HistoryCase[] {
  const byCode = new Map(catalog.filter((t) => t.active).map((t) => [t.code, t]));
  const services = catalog.filter((t) => t.active && t.kind === 'service');
  const topics = TOPICS.filter((t) =>
    t.code === 'service' ? services.length > 0 : byCode.has(t.code),
  );
  const cumulative: number[] = [];
  for (const t of topics) cumulative.push((cumulative.at(-1) ?? 0) + t.weight);
  const today = options.today.getTime();
  const out: HistoryCase[] = [];
  for (const place of places) {
    if (place.households.length === 0 || topics.length === 0) continue;
    const random = createRandom(`${options.seed}/case-history/${place.regionCode}`);
    for (let back = options.months; back >= 0; back--) {
      const { year, month } = monthBefore(options.today, back);
      const n = countAround(random, options.perPlaceMonth * (MONTH_WEIGHT[month] ?? 1));
      for (let i = 0; i < n; i++) {
        const createdAt = instantIn(random, year, month);
        if (createdAt.getTime() >= today) continue;
        const topic = topics[random.pickCumulative(cumulative)];
        if (!topic) continue;
        const type = topic.code === 'service' ? random.pick(services) : byCode.get(topic.code);
        if (!type) continue;
        const [title, description] =
          topic.items.length > 0
            ? random.pick(topic.items)
            : [`代办：${type.name.zh}`, `请村里帮忙代办${type.name.zh}。`];
        const household = random.pick(place.households);
        out.push({
          regionCode: place.regionCode,
          householdId: household.id,
          requesterPersonId: household.headId,
          typeCode: type.code,
          channel: random.pick(['walk_in', 'walk_in', 'phone', 'visit'] as const),
          title,
          description,
          fields: fieldsOf(type, title),
          createdAt,
          // steps run in time order, so this keeps a prefix: what lies ahead of today has not happened
          steps: stepsFor(random, type, createdAt).filter((s) => s.at.getTime() < today),
        });
      }
    }
  }
  return out;
}
