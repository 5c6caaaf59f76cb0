import type { SubjectType } from './scheme.ts';

/**
 * The metric catalog criteria name. `backedBy` names the module whose records yield the value
 * (the server's metric registry holds its provider); `entered` metrics have no module yet and
 * are entered by the subject with evidence when claiming (认星), then checked by the reviewers.
 */
/** Where a metric's value comes from: entered with evidence, or the module whose records yield it. */
export const METRIC_SOURCES = [
  'entered',
  'directory',
  'evaluation',
  'obligations',
  'tasks',
  'projects',
  'economy',
  'cases',
  'zero',
] as const;
export type MetricSource = (typeof METRIC_SOURCES)[number];

export interface MetricDefinition {
  key: string;
  name: string;
  nameEn: string;
  unit: string;
  subjects: readonly SubjectType[];
  backedBy: MetricSource;
}

export const METRICS: readonly MetricDefinition[] = [
  {
    key: 'collectiveIncome',
    name: '村集体经济收入',
    nameEn: 'Collective income',
    unit: '万元',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
  {
    key: 'collectiveIncomeGrowth',
    name: '村集体经济收入增幅',
    nameEn: 'Collective income growth',
    unit: '%',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
  {
    key: 'disputeResolutionRate',
    name: '矛盾纠纷化解率',
    nameEn: 'Dispute resolution rate',
    unit: '%',
    subjects: ['party_org', 'village', 'station'],
    backedBy: 'cases',
  },
  {
    key: 'criminalCasesYear',
    name: '本年刑事案件数',
    nameEn: 'Criminal cases this year',
    unit: '件',
    subjects: ['party_org', 'village', 'station'],
    backedBy: 'zero',
  },
  {
    key: 'petitionsYear',
    name: '本年越级上访数',
    nameEn: 'Petitions beyond the level this year',
    unit: '件',
    subjects: ['party_org', 'village'],
    backedBy: 'zero',
  },
  {
    key: 'safetyAccidentsYear',
    name: '本年安全事故数',
    nameEn: 'Safety accidents this year',
    unit: '起',
    subjects: ['party_org', 'village'],
    backedBy: 'zero',
  },
  {
    key: 'obligationCompliance',
    name: '结对与联户义务完成率',
    nameEn: 'Obligation compliance',
    unit: '%',
    subjects: ['party_org', 'village'],
    backedBy: 'obligations',
  },
  {
    // 评单: the year's score of the union task list (订单/领单/评单) the org or village belongs to.
    key: 'taskScore',
    name: '联建任务年度考评得分',
    nameEn: 'Union task list annual score',
    unit: '分',
    subjects: ['party_org', 'village'],
    backedBy: 'tasks',
  },
  {
    key: 'redWhiteViolations',
    name: '红白事违规数',
    nameEn: 'Wedding and funeral rule violations',
    unit: '起',
    subjects: ['party_org', 'village', 'household', 'station'],
    backedBy: 'entered',
  },
  {
    key: 'householdStarShare',
    name: '八星以上文明户占比',
    nameEn: 'Share of households with ≥ 8 stars',
    unit: '%',
    subjects: ['party_org', 'village'],
    backedBy: 'evaluation',
  },
  {
    key: 'contactCoverage',
    name: '党员联户覆盖率',
    nameEn: 'Households with a contact party member',
    unit: '%',
    subjects: ['party_org', 'village'],
    backedBy: 'directory',
  },
  {
    key: 'partyMembers',
    name: '党员人数',
    nameEn: 'Party members',
    unit: '人',
    subjects: ['party_org'],
    backedBy: 'directory',
  },
  {
    key: 'projectProgress',
    name: '项目推进度',
    nameEn: 'Project progress',
    unit: '%',
    subjects: ['party_org', 'village'],
    backedBy: 'projects',
  },
  {
    key: 'projectIncomeAdded',
    name: '项目新增集体收入',
    nameEn: 'Collective income added by projects',
    unit: '万元',
    subjects: ['party_org', 'village'],
    backedBy: 'projects',
  },
  {
    key: 'contractsCleaned',
    name: '清化收清理合同数',
    nameEn: 'Contracts cleaned up (清化收)',
    unit: '份',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
  {
    key: 'cleanupIncomeAdded',
    name: '清化收新增集体收入',
    nameEn: 'Collective income added by the clean-up',
    unit: '万元',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
];

export function metricByKey(key: string): MetricDefinition | undefined {
  return METRICS.find((m) => m.key === key);
}
