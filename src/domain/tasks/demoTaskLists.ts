// The demo county's union task lists (订单/领单/评单), worded after 安丘's 跨村联建: the joint
// meeting in January sets the year's targets, each target one task owned by an officer of the
// union, a monthly entry for every month up to the demo day (月跟踪) and a score for every quarter
// already over (季考评). Deterministic: the same unions and day give the same records.
import { monthsDue, quarterOfMonth } from './taskList.ts';

interface DemoTaskText {
  target: string;
  title: string;
  measures: string;
}

const TEXTS: readonly DemoTaskText[] = [
  {
    target: '联建村集体经济收入每村增加5万元以上',
    title: '发展联建特色产业',
    measures: '由头雁村牵头成立联合合作社，统一品牌、统一销售',
  },
  {
    target: '联合党组织每月召开一次联席会议',
    title: '落实联席议事制度',
    measures: '每月联席会议调度任务清单，逐项通报进度',
  },
  {
    target: '建成联建共享的党群服务阵地一处',
    title: '共建党群服务阵地',
    measures: '整合成员村闲置场所，统一标识和服务事项',
  },
  {
    target: '组织联建村党员和群众技能培训4期',
    title: '开展党员群众技能培训',
    measures: '联合妇联、团委每季度举办一期实用技术培训',
  },
  {
    target: '完成联建区域人居环境整治提升',
    title: '联建区域环境整治',
    measures: '划分责任区，成员村轮流开展集中整治',
  },
];

export interface DemoUnionInput {
  id: string;
  /** The union's name (the planner's, the same on every run): the variation is drawn from it. */
  name: string;
  /** Officers and residents who may own tasks (the union's secretary and committee first). */
  owners: readonly string[];
}

export interface DemoTask {
  title: string;
  measures: string;
  ownerPersonId: string | null;
  deadline: string;
  closed: boolean;
  progress: { month: string; progress: number; note: string }[];
  scores: { quarter: number; score: number }[];
}

export interface DemoTaskList {
  unionId: string;
  year: number;
  title: string;
  meetingOn: string;
  targets: string[];
  tasks: DemoTask[];
}

/** A small deterministic hash of a string: the demo's variation without a random source. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * One list per union for the year of `today`, 3–5 tasks each. Progress rises month by month to
 * 100 by the task's deadline month (some tasks lag, so the board has both); each quarter whose
 * last month is over gets a score from 70 to 98. A task at 100 % is closed.
 */
export function demoTaskLists(unions: readonly DemoUnionInput[], today: string): DemoTaskList[] {
  const year = Number(today.slice(0, 4));
  const months = monthsDue(year, today);
  const current = today.slice(0, 7);
  return unions.map((union) => {
    const count = 3 + (hash(union.name) % 3);
    const texts = TEXTS.slice(0, count);
    const tasks = texts.map((text, i): DemoTask => {
      const seed = hash(`${union.name}:${i}`);
      const dueMonth = 9 + (seed % 4); // September … December
      const lagging = seed % 5 === 0;
      const progress = months.map((month) => {
        const m = Number(month.slice(5, 7));
        const share = Math.min(1, m / dueMonth) * (lagging ? 0.6 : 1);
        const value = Math.min(100, Math.round(share * 100));
        return {
          month,
          progress: value,
          note:
            value >= 100
              ? `${text.title}已完成`
              : `${text.title}推进至${value}%${lagging ? '，进度滞后，已提醒' : ''}`,
        };
      });
      const quarters = [...new Set(months.filter((m) => m < current).map(quarterOfMonth))].filter(
        (q) => months.filter((m) => m < current && quarterOfMonth(m) === q).length === 3,
      );
      const scores = quarters.map((quarter) => ({
        quarter,
        score: 70 + (hash(`${union.name}:${i}:${quarter}`) % 29) - (lagging ? 8 : 0),
      }));
      return {
        title: text.title,
        measures: text.measures,
        ownerPersonId:
          union.owners.length > 0 ? (union.owners[i % union.owners.length] ?? null) : null,
        deadline: `${year}-${String(dueMonth).padStart(2, '0')}-${dueMonth === 9 || dueMonth === 11 ? '30' : '31'}`,
        closed: (progress.at(-1)?.progress ?? 0) >= 100,
        progress,
        scores,
      };
    });
    return {
      unionId: union.id,
      year,
      title: `${union.name}${year}年度任务清单`,
      meetingOn:
        [`${year}-01-${String(8 + (hash(union.name) % 10)).padStart(2, '0')}`, today].sort()[0] ??
        today,
      targets: texts.map((t) => t.target),
      tasks,
    };
  });
}
