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
  /** The name in traditional characters (zh-TW). */
  nameTw: string;
  unit: string;
  subjects: readonly SubjectType[];
  backedBy: MetricSource;
}

export const METRICS: readonly MetricDefinition[] = [
  {
    key: 'collectiveIncome',
    name: '村集体经济收入',
    nameEn: 'Collective income',
    nameTw: '村集體經濟收入',
    unit: '万元',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
  {
    key: 'collectiveIncomeGrowth',
    name: '村集体经济收入增幅',
    nameEn: 'Collective income growth',
    nameTw: '村集體經濟收入增幅',
    unit: '%',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
  {
    key: 'disputeResolutionRate',
    name: '矛盾纠纷化解率',
    nameEn: 'Dispute resolution rate',
    nameTw: '矛盾糾紛化解率',
    unit: '%',
    subjects: ['party_org', 'village', 'station'],
    backedBy: 'cases',
  },
  {
    key: 'criminalCasesYear',
    name: '本年刑事案件数',
    nameEn: 'Criminal cases this year',
    nameTw: '本年刑事案件數',
    unit: '件',
    subjects: ['party_org', 'village', 'station'],
    backedBy: 'zero',
  },
  {
    key: 'petitionsYear',
    name: '本年越级上访数',
    nameEn: 'Petitions beyond the level this year',
    nameTw: '本年越級上訪數',
    unit: '件',
    subjects: ['party_org', 'village'],
    backedBy: 'zero',
  },
  {
    key: 'safetyAccidentsYear',
    name: '本年安全事故数',
    nameEn: 'Safety accidents this year',
    nameTw: '本年安全事故數',
    unit: '起',
    subjects: ['party_org', 'village'],
    backedBy: 'zero',
  },
  {
    key: 'obligationCompliance',
    name: '结对与联户义务完成率',
    nameEn: 'Obligation compliance',
    nameTw: '結對與聯戶義務完成率',
    unit: '%',
    subjects: ['party_org', 'village'],
    backedBy: 'obligations',
  },
  {
    // 评单: the year's score of the union task list (订单/领单/评单) the org or village belongs to.
    key: 'taskScore',
    name: '联建任务年度考评得分',
    nameEn: 'Union task list annual score',
    nameTw: '聯建任務年度考評得分',
    unit: '分',
    subjects: ['party_org', 'village'],
    backedBy: 'tasks',
  },
  {
    key: 'redWhiteViolations',
    name: '红白事违规数',
    nameEn: 'Wedding and funeral rule violations',
    nameTw: '紅白事違規數',
    unit: '起',
    subjects: ['party_org', 'village', 'household', 'station'],
    backedBy: 'entered',
  },
  {
    key: 'householdStarShare',
    name: '八星以上文明户占比',
    nameEn: 'Share of households with ≥ 8 stars',
    nameTw: '八星以上文明戶佔比',
    unit: '%',
    subjects: ['party_org', 'village'],
    backedBy: 'evaluation',
  },
  {
    key: 'contactCoverage',
    name: '党员联户覆盖率',
    nameEn: 'Households with a contact party member',
    nameTw: '黨員聯戶覆蓋率',
    unit: '%',
    subjects: ['party_org', 'village'],
    backedBy: 'directory',
  },
  {
    key: 'partyMembers',
    name: '党员人数',
    nameEn: 'Party members',
    nameTw: '黨員人數',
    unit: '人',
    subjects: ['party_org'],
    backedBy: 'directory',
  },
  {
    key: 'projectProgress',
    name: '项目推进度',
    nameEn: 'Project progress',
    nameTw: '項目推進度',
    unit: '%',
    subjects: ['party_org', 'village'],
    backedBy: 'projects',
  },
  {
    key: 'projectIncomeAdded',
    name: '项目新增集体收入',
    nameEn: 'Collective income added by projects',
    nameTw: '項目新增集體收入',
    unit: '万元',
    subjects: ['party_org', 'village'],
    backedBy: 'projects',
  },
  {
    key: 'contractsCleaned',
    name: '清化收清理合同数',
    nameEn: 'Contracts cleaned up (清化收)',
    nameTw: '清化收清理合同數',
    unit: '份',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
  {
    key: 'cleanupIncomeAdded',
    name: '清化收新增集体收入',
    nameEn: 'Collective income added by the clean-up',
    nameTw: '清化收新增集體收入',
    unit: '万元',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
  {
    key: 'dividendsPaid',
    name: '分红到户金额',
    nameEn: 'Dividends paid to households',
    nameTw: '分紅到戶金額',
    unit: '元',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
  {
    key: 'trusteeshipArea',
    name: '农业托管面积',
    nameEn: 'Land under agricultural trusteeship (托管)',
    nameTw: '農業託管面積',
    unit: '亩',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
  {
    key: 'trusteeshipHouseholds',
    name: '农业托管签约户数',
    nameEn: 'Households signed up for trusteeship (托管)',
    nameTw: '農業託管簽約戶數',
    unit: '户',
    subjects: ['party_org', 'village'],
    backedBy: 'economy',
  },
];

export function metricByKey(key: string): MetricDefinition | undefined {
  return METRICS.find((m) => m.key === key);
}

/** A metric's name in the reader's language. */
export function metricName(
  metric: Pick<MetricDefinition, 'name' | 'nameEn' | 'nameTw'>,
  language: 'zh-CN' | 'zh-TW' | 'en',
): string {
  return language === 'en' ? metric.nameEn : language === 'zh-TW' ? metric.nameTw : metric.name;
}
