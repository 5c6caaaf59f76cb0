// Obligation rules (DESIGN.md §3, §4 "五个一"): who owes what, where, how often and how many.
// Rules are data; the presets below are the seeds' mechanisms, loaded for every county.
import type { ActivityTypeCode } from './activityTypes.ts';
import type { PeriodUnit } from './periods.ts';

/**
 * Whose obligation: a unit–village pairing (结对共建), a village's own organization (its 党群服务中心),
 * a cross-village union (跨村联建), or a residential compound (小区, a grid of kind
 * `residentialCompound` in a community) and its party organization.
 */
export const SUBJECT_KINDS = ['pairing', 'village', 'union', 'compound'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
/** The grid kind (domain/directory/gridKinds.ts) whose grids are `compound` subjects. */
export const RESIDENTIAL_COMPOUND = 'residentialCompound';

/** A role inside the subject that must take part itself: the pairing's team leader (组长). */
export const RULE_ROLES = ['teamLeader'] as const;
export type RuleRole = (typeof RULE_ROLES)[number];

export interface ObligationRule {
  code: string;
  name: string;
  subjectKind: SubjectKind;
  activityType: ActivityTypeCode;
  /** Set when the rule binds one role of the subject, counted only when that person took part. */
  role: RuleRole | null;
  every: PeriodUnit;
  atLeast: number;
  /** In force from (included) … until (included, null: open-ended). */
  startsOn: string;
  endsOn: string | null;
}

export interface RulePreset {
  code: string;
  name: string;
  source: string;
  rules: Omit<ObligationRule, 'startsOn' | 'endsOn'>[];
}

const pairing = (
  code: string,
  name: string,
  activityType: ActivityTypeCode,
  every: PeriodUnit,
  role: RuleRole | null = null,
) => ({ code, name, subjectKind: 'pairing' as const, activityType, role, every, atLeast: 1 });

/** The seeds' obligations. Counties load them and edit counts, periods and dates as data. */
export const RULE_PRESETS: readonly RulePreset[] = [
  {
    code: 'fiveOnes',
    name: '结对共建“五个一”',
    source: '高州：市直单位党组织开展“五个一”系列活动的通知',
    rules: [
      pairing('fiveOnes.labourDay', '每月一次集中劳动', 'labourDay', 'month'),
      pairing('fiveOnes.benefitProject', '每季度一个利民项目', 'benefitProject', 'quarter'),
      pairing('fiveOnes.livelihoodMatter', '每月一件民生实事', 'livelihoodMatter', 'month'),
      pairing('fiveOnes.courtyard', '每月一户美丽庭院', 'courtyard', 'month'),
      pairing('fiveOnes.visit', '每周走访接待群众', 'visit', 'week'),
      pairing('fiveOnes.leaderVisit', '组长每月接待来访', 'visit', 'month', 'teamLeader'),
      pairing('fiveOnes.researchVisit', '每月一次调查研究', 'researchVisit', 'month'),
    ],
  },
  {
    code: 'serviceCenter',
    name: '党群服务中心“一月一主题”',
    source: '万荣：党群服务中心一月一主题',
    rules: [
      {
        code: 'serviceCenter.monthlyTheme',
        name: '每月一个主题活动',
        subjectKind: 'village',
        activityType: 'monthlyTheme',
        role: null,
        every: 'month',
        atLeast: 1,
      },
    ],
  },
  {
    code: 'union',
    name: '跨村联建 联席会议与书记论坛',
    source: '安丘：联合党组织每半年现场观摩；月跟踪、季考评；书记论坛',
    rules: [
      {
        code: 'union.jointMeeting',
        name: '每月一次联席会议',
        subjectKind: 'union',
        activityType: 'jointMeeting',
        role: null,
        every: 'month',
        atLeast: 1,
      },
      {
        code: 'union.observation',
        name: '每半年一次现场观摩',
        subjectKind: 'union',
        activityType: 'observation',
        role: null,
        every: 'halfYear',
        atLeast: 1,
      },
      {
        code: 'union.secretaryForum',
        name: '每季度一次书记论坛',
        subjectKind: 'union',
        activityType: 'secretaryForum',
        role: null,
        every: 'quarter',
        atLeast: 1,
      },
    ],
  },
  {
    code: 'compound',
    name: '小区党组织书记提能（观摩、培训、论坛）',
    source: '闻喜：小区党组织书记每年1次观摩学习、每半年1次专题培训、每季度1次书记论坛',
    rules: [
      {
        code: 'compound.observation',
        name: '每年一次观摩学习',
        subjectKind: 'compound',
        activityType: 'observation',
        role: null,
        every: 'year',
        atLeast: 1,
      },
      {
        code: 'compound.training',
        name: '每半年一次专题培训',
        subjectKind: 'compound',
        activityType: 'training',
        role: null,
        every: 'halfYear',
        atLeast: 1,
      },
      {
        code: 'compound.secretaryForum',
        name: '每季度一次书记论坛',
        subjectKind: 'compound',
        activityType: 'secretaryForum',
        role: null,
        every: 'quarter',
        atLeast: 1,
      },
    ],
  },
];

/** Whether a rule's numbers make sense; the API turns the reasons into a 400. */
export function ruleProblems(rule: ObligationRule): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(rule.atLeast) || rule.atLeast < 1)
    problems.push('atLeast must be a whole number of at least 1');
  if (rule.endsOn !== null && rule.endsOn < rule.startsOn)
    problems.push('endsOn must not be before startsOn');
  return problems;
}

/** Presets bind from this day until a county stores its own rules. */
export const PRESETS_FROM = '2000-01-01';

/** Every preset's rules, in force from `startsOn`, open-ended. */
export function presetRules(startsOn = PRESETS_FROM): (ObligationRule & { preset: string })[] {
  return RULE_PRESETS.flatMap((p) =>
    p.rules.map((r) => ({ ...r, preset: p.code, startsOn, endsOn: null })),
  );
}
