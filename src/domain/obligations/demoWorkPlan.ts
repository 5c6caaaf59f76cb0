// The demo county's pairing work plans: 2–3 items in each of the six parts, worded after 高州's
// 结对共建工作方案 (基层组织共建、党员队伍共管、产业发展共谋、优势资源共享、民生实事共办、亮点品牌共创,
// with its 五个一, 1+1+N 包户, 带创共富, 我为果农办实事, 农民夜校). Nothing here is a figure: progress
// is the demo's generated activities linked to the items.
import { PLAN_PARTS, type PlanItemStatus, type PlanOwnerSide, type PlanPart } from './workPlan.ts';

interface DemoItemText {
  title: string;
  /** The activity type whose generated activities name this item (五个一, 调查研究). */
  serves?: string;
  description: string;
  ownerSide: PlanOwnerSide;
}

const TEXTS: Record<PlanPart, readonly DemoItemText[]> = {
  organization: [
    {
      title: '每季度开展一次联合主题党日',
      description: '机关党组织与村党组织共同学习、共过组织生活',
      ownerSide: 'unit',
    },
    {
      title: '帮助村党组织规范“三会一课”',
      description: '对照标准逐项梳理会议记录，补齐短板',
      ownerSide: 'village',
    },
    {
      title: '共建党群服务中心阵地',
      description: '完善党群服务中心功能室和公开栏',
      ownerSide: 'unit',
    },
  ],
  team: [
    {
      title: '落实“1+1+N”包户工作机制',
      description: '单位党员与村党员结对联系农户，定期走访',
      ownerSide: 'unit',
    },
    {
      title: '办好“农民夜校”',
      description: '每季度组织一次村干部和党员培训',
      ownerSide: 'village',
    },
    {
      title: '实施高素质农民培育计划',
      description: '推荐致富带头人参加培训，培养后备力量',
      ownerSide: 'village',
    },
  ],
  industry: [
    {
      title: '开展“带创共富”主题活动',
      serves: 'researchVisit',
      description: '调研村集体经济和特色产业，谋划增收项目',
      ownerSide: 'unit',
    },
    {
      title: '每季度建设一个利民项目',
      serves: 'benefitProject',
      description: '围绕产业配套和基础设施确定项目清单',
      ownerSide: 'unit',
    },
    {
      title: '开展“我为果农办实事”活动',
      description: '对接技术、销路，帮助果农解决实际困难',
      ownerSide: 'village',
    },
  ],
  resources: [
    {
      title: '拉资金、谋项目，当好产业“红娘”',
      description: '发挥单位优势，为村对接资金、技术和人才',
      ownerSide: 'unit',
    },
    {
      title: '整合协会商会、人民团体资源',
      description: '推动更多要素向村汇聚',
      ownerSide: 'unit',
    },
  ],
  livelihood: [
    {
      title: '每月办理一件民生实事',
      serves: 'livelihoodMatter',
      description: '从走访收集的群众诉求中选定，办结后公示',
      ownerSide: 'unit',
    },
    {
      title: '每周接待群众来访不少于一次',
      serves: 'visit',
      description: '组长每月至少接待一次',
      ownerSide: 'unit',
    },
    {
      title: '每月一次集中劳动',
      serves: 'labourDay',
      description: '整治人居环境，清理村道沟渠',
      ownerSide: 'village',
    },
  ],
  brand: [
    {
      title: '每月新建一户美丽庭院',
      serves: 'courtyard',
      description: '示范带动绿美乡村建设',
      ownerSide: 'village',
    },
    {
      title: '打造结对共建党建品牌',
      description: '总结亮点做法，形成可推广的经验',
      ownerSide: 'unit',
    },
  ],
};

export interface DemoPlanItem {
  part: PlanPart;
  title: string;
  serves?: string;
  description: string;
  ownerSide: PlanOwnerSide;
  dueOn: string | null;
  status: PlanItemStatus;
}

/**
 * The work plan of the `n`th demo pairing for `year`: 2 or 3 items per part (the count and the
 * order vary by pairing). An item that serves an activity type is under way (now and then done);
 * the others are planned or done, due at mid-year or year end.
 */
export function demoWorkPlan(n: number, year: number): DemoPlanItem[] {
  return PLAN_PARTS.flatMap((part, p) => {
    const texts = TEXTS[part];
    const count = Math.min(texts.length, 2 + ((n + p) % 2));
    return Array.from({ length: count }, (_, i) => {
      const text = texts[(i + n) % texts.length] ?? texts[0];
      if (!text) throw new Error(`no demo texts for ${part}`);
      const status: PlanItemStatus = text.serves
        ? (n + i) % 4 === 0
          ? 'done'
          : 'doing'
        : (n + i) % 3 === 0
          ? 'done'
          : 'planned';
      return {
        part,
        ...text,
        dueOn: text.serves ? null : i % 2 === 0 ? `${year}-06-30` : `${year}-12-31`,
        status,
      };
    });
  });
}
