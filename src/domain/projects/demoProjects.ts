import { fromEpochDay, toEpochDay } from '../directory/plainDate.ts';
import { periodOf, periodsBetween } from '../obligations/periods.ts';
import type { FundSource, ProjectStatus, ProjectType } from './kinds.ts';

/** What the demo's projects hang on: the demo township's unions and pairings. */
export interface DemoAnchor {
  kind: 'union' | 'pairing';
  id: string;
  /** The villages it acts in (a union's lead first). */
  villages: string[];
  name: string;
}

export interface DemoProject {
  ref: string;
  /** The ref of its parent, for a child project. */
  parentRef: string | null;
  name: string;
  type: ProjectType;
  status: ProjectStatus;
  key: boolean;
  anchor: DemoAnchor;
  villages: string[];
  weight: number;
  startsOn: string;
  endsOn: string;
  funds: { source: FundSource; budget: number }[];
  milestones: { name: string; weight: number; progress: number; dueOn: string }[];
  spends: { source: FundSource; amount: number; spentOn: string; note: string }[];
  outcome: { year: number; incomeAdded: number; householdsBenefiting: number } | null;
  /** Days of the 人大 inspections (key projects, one per quarter so far; one quarter planted missing). */
  inspections: string[];
}

const STAGES = [
  { name: '立项审批', weight: 1 },
  { name: '招标采购', weight: 2 },
  { name: '施工建设', weight: 5 },
  { name: '验收投用', weight: 2 },
];
const UNION_WORKS = ['特色种植基地', '农产品加工车间', '乡村旅游接待中心'];
const PAIRING_WORKS: [string, ProjectType][] = [
  ['村道亮化', 'infrastructure'],
  ['饮水管网改造', 'infrastructure'],
  ['农产品电商服务站', 'industry'],
  ['老年幸福食堂', 'livelihood'],
  ['文化广场修缮', 'livelihood'],
];

const clampDay = (day: string, from: string, to: string) =>
  day < from ? from : day > to ? to : day;
const dayAt = (from: string, to: string, share: number) =>
  fromEpochDay(Math.round(toEpochDay(from) + share * (toEpochDay(to) - toEpochDay(from))));

/**
 * The demo county's projects, the same for the same anchors and day: one key industry project per
 * union (项目牵引; the first with a child project, its second phase), one project per pairing
 * (利民项目) of the first five, each with budget lines, milestones whose progress follows the
 * share of the year gone, spend from each source (one source planted over budget), this year's
 * outcomes for industry projects, and a 人大 inspection each quarter for key projects — except
 * this quarter of the second key project, planted missing.
 */
export function demoProjects(anchors: readonly DemoAnchor[], today: string): DemoProject[] {
  const year = Number(today.slice(0, 4));
  const startsOn = `${year}-01-15`;
  const endsOn = `${year}-12-20`;
  const gone = Math.min(
    1,
    Math.max(
      0,
      (toEpochDay(today) - toEpochDay(startsOn)) / (toEpochDay(endsOn) - toEpochDay(startsOn)),
    ),
  );
  const out: DemoProject[] = [];
  let keys = 0;
  const build = (
    ref: string,
    parentRef: string | null,
    anchor: DemoAnchor,
    name: string,
    type: ProjectType,
    key: boolean,
    n: number,
    pace: number,
  ): DemoProject => {
    const funds: DemoProject['funds'] = [
      { source: 'fiscal', budget: 300_000 + 50_000 * (n % 4) },
      { source: 'partyFees', budget: 20_000 },
      ...(type === 'industry' ? [{ source: 'social' as const, budget: 200_000 }] : []),
    ];
    const done = Math.min(1, gone * pace);
    let before = 0;
    const total = STAGES.reduce((s, m) => s + m.weight, 0);
    const milestones = STAGES.map((stage) => {
      const from = before / total;
      before += stage.weight;
      const to = before / total;
      const share = Math.min(1, Math.max(0, (done - from) / (to - from)));
      return {
        ...stage,
        progress: Math.round(share * 10) * 10,
        dueOn: dayAt(startsOn, endsOn, to),
      };
    });
    const spent = Math.min(1, done * 1.05);
    const spends = funds.flatMap((f, i) => {
      // The second project's social capital is planted over budget (110 %).
      const share = out.length === 1 && f.source === 'social' ? 1.1 : spent;
      const amount = Math.round((f.budget * share) / 2 / 100) * 100;
      if (amount <= 0) return [];
      return [0.3, 0.8].map((at, k) => ({
        source: f.source,
        amount,
        spentOn: clampDay(dayAt(startsOn, today, at - 0.05 * i), startsOn, today),
        note: k === 0 ? '首笔拨付' : '进度款',
      }));
    });
    const inspections = key
      ? periodsBetween(startsOn, today, 'quarter')
          .map((q) => clampDay(dayAt(q.start, q.end, 0.5), startsOn, today))
          .filter(
            (d) => !(keys === 1 && periodOf(d, 'quarter').key === periodOf(today, 'quarter').key),
          )
      : [];
    if (key) keys += 1;
    return {
      ref,
      parentRef,
      name,
      type,
      status: done >= 1 ? 'done' : done > 0 ? 'ongoing' : 'planned',
      key,
      anchor,
      villages: anchor.villages,
      weight: parentRef ? 5 : 1,
      startsOn,
      endsOn,
      funds,
      milestones,
      spends,
      outcome:
        type === 'industry' && done > 0.5
          ? {
              year,
              incomeAdded: 80_000 + 20_000 * (n % 5),
              householdsBenefiting: 30 + 10 * (n % 7),
            }
          : null,
      inspections,
    };
  };
  anchors
    .filter((a) => a.kind === 'union')
    .forEach((anchor, n) => {
      const ref = `union-${n}`;
      out.push(
        build(
          ref,
          null,
          anchor,
          `${anchor.name}${UNION_WORKS[n % 3] ?? ''}`,
          'industry',
          true,
          n,
          1.1,
        ),
      );
      if (n === 0)
        out.push(
          build(
            `${ref}-phase2`,
            ref,
            anchor,
            `${anchor.name}冷链仓储（二期）`,
            'industry',
            false,
            n + 1,
            0.6,
          ),
        );
    });
  anchors
    .filter((a) => a.kind === 'pairing')
    .slice(0, 5)
    .forEach((anchor, n) => {
      const [work, type] = PAIRING_WORKS[n % PAIRING_WORKS.length] ?? ['利民项目', 'livelihood'];
      out.push(
        build(
          `pairing-${n}`,
          null,
          anchor,
          `${anchor.name.split(' ↔ ')[1] ?? ''}${work}`,
          type,
          n === 0,
          n,
          0.8 + 0.1 * n,
        ),
      );
    });
  // A parent is not done while a child project is still under way.
  return out.map((p) =>
    p.status === 'done' && out.some((c) => c.parentRef === p.ref && c.status !== 'done')
      ? { ...p, status: 'ongoing' }
      : p,
  );
}
