import type { SchemeDefinition, WorkflowStep } from '../scheme.ts';
import { itemStar, rule } from './build.ts';

const townshipThenCounty: WorkflowStep[] = [
  { key: 'townshipReview', name: '乡镇审核', role: 'township_admin', level: 'township' },
  { key: 'countyDecision', name: '县级认定', role: 'county_admin', level: 'county' },
];

/**
 * 振兴村's 十大 selections: the village committee reviews, the township confirms, a week's notice,
 * ten places per title (starQuota), yearly.
 */
const topTen = (
  key: string,
  name: string,
  subjectType: SchemeDefinition['subjectType'],
  stars: SchemeDefinition['stars'],
  crime: string,
): SchemeDefinition => ({
  key,
  name,
  subjectType,
  period: 'year',
  claimRole: 'village_cadre',
  stars,
  levelRule: {},
  steps: [
    { key: 'committeeReview', name: '村两委审核', role: 'village_cadre', level: 'village' },
    townshipThenCounty[0] as WorkflowStep,
  ],
  noticeDays: 7,
  firstSecretaryTarget: null,
  starQuota: 10,
  vetoes: [{ key: 'crime', label: crime, removes: 'all' }],
});

// Persons: 孝星、模范老人、劳动模范、杰出青年. 十大文明家庭 rates households: its own selection.
export const topTenSelections = topTen(
  'top-ten-selections',
  '“十大”系列评选',
  'person',
  [
    itemStar('filialStar', '十大孝星'),
    itemStar('modelElder', '十大模范老人'),
    itemStar('modelWorker', '十大劳动模范'),
    itemStar('outstandingYouth', '十大杰出青年'),
  ],
  '违法犯罪',
);

// 十大文明家庭: the family is the subject, not one of its members.
export const topTenFamilies = topTen(
  'top-ten-families',
  '十大文明家庭评选',
  'household',
  [itemStar('civilizedFamily', '十大文明家庭')],
  '家庭成员违法犯罪',
);

// 振兴村 16 street service stations, evaluated on five items, one cadre per station.
export const stationFiveItems: SchemeDefinition = {
  key: 'station-five-items',
  name: '街道服务站五项考评',
  subjectType: 'station',
  period: 'year',
  claimRole: 'village_cadre',
  stars: [
    itemStar('sanitation', '环境卫生管理'),
    itemStar('starRating', '星级文明评星'),
    itemStar('villageRules', '村规民约监督'),
    itemStar('familyRules', '家风家训考评'),
    itemStar('customsService', '移风易俗服务'),
  ],
  levelRule: {},
  steps: [{ key: 'committeeReview', name: '村两委考评', role: 'village_cadre', level: 'village' }],
  noticeDays: 3,
  firstSecretaryTarget: null,
  vetoes: [{ key: 'redWhiteViolation', label: '站内红白事违规', removes: ['customsService'] }],
};

// 万荣 书记星级: the village secretary's star rating, adjusted every year (动态调整).
export const secretaryStars: SchemeDefinition = {
  key: 'secretary-stars',
  name: '村党组织书记星级评定',
  subjectType: 'person',
  period: 'year',
  claimRole: 'village_cadre',
  stars: [
    itemStar('politics', '政治素质星'),
    {
      key: 'prosperity',
      name: '带富能力星',
      criteria: [rule('income', '村集体经济收入增幅 ≥ 10%', 'collectiveIncomeGrowth', '>=', 10)],
    },
    {
      key: 'governance',
      name: '治理能力星',
      criteria: [rule('disputes', '矛盾纠纷化解率 ≥ 95%', 'disputeResolutionRate', '>=', 95)],
    },
    itemStar('service', '服务群众星'),
    itemStar('integrity', '廉洁自律星'),
  ],
  levelRule: {},
  steps: townshipThenCounty,
  noticeDays: 5,
  firstSecretaryTarget: null,
  vetoes: [{ key: 'discipline', label: '受到党纪政务处分', removes: 'all' }],
};

/**
 * A 小区 standard of 有 items (五有, 八有): each compound claimed by its community's cadre, reviewed
 * once by the township or 街道 (the step's name says which), three days' notice, no veto; yearly.
 */
const compoundStandard = (
  key: string,
  name: string,
  reviewName: string,
  stars: SchemeDefinition['stars'],
): SchemeDefinition => ({
  key,
  name,
  subjectType: 'compound',
  period: 'year',
  claimRole: 'village_cadre',
  stars,
  levelRule: {},
  steps: [{ key: 'townshipReview', name: reviewName, role: 'township_admin', level: 'township' }],
  noticeDays: 3,
  firstSecretaryTarget: null,
  vetoes: [],
});

// 小区党组织 五有 (seed 000): each 小区's party organization, reviewed by the 街道.
export const fiveHaves = compoundStandard('five-haves', '小区党组织“五有”标准', '街道审核', [
  itemStar('organization', '有党的组织'),
  itemStar('venue', '有活动阵地', 'required'),
  itemStar('ledger', '有党员信息台账'),
  itemStar('serviceMechanism', '有联系服务群众机制'),
  itemStar('emergencyPlan', '有应急动员预案'),
]);

// 小区党群服务站 八有 standard (seed 000: "全县已建立小区党群服务站164个"): each 小区's station.
export const eightHaves = compoundStandard('eight-haves', '小区党群服务站“八有”标准', '乡镇审核', [
  itemStar('code', '有编码'),
  itemStar('sign', '有标识', 'required'),
  itemStar('facilities', '有设施'),
  itemStar('mechanism', '有机制'),
  itemStar('team', '有队伍'),
  itemStar('activities', '有活动'),
  itemStar('services', '有服务'),
  itemStar('support', '有保障'),
]);

// 安阳 "三零"平安创建: zero petitions, zero accidents, zero cases per village; 评定验收 by the county.
export const threeZeros: SchemeDefinition = {
  key: 'three-zeros',
  name: '“三零”平安创建',
  subjectType: 'village',
  period: 'year',
  claimRole: 'village_cadre',
  stars: [
    {
      key: 'zeroPetitions',
      name: '零上访',
      criteria: [rule('petitions', '本年越级上访 0 件', 'petitionsYear', '<=', 0)],
    },
    {
      key: 'zeroAccidents',
      name: '零事故',
      criteria: [rule('accidents', '本年安全事故 0 起', 'safetyAccidentsYear', '<=', 0)],
    },
    {
      key: 'zeroCases',
      name: '零案件',
      criteria: [rule('cases', '本年刑事案件 0 件', 'criminalCasesYear', '<=', 0)],
    },
  ],
  levelRule: {},
  steps: townshipThenCounty,
  noticeDays: 5,
  firstSecretaryTarget: null,
  vetoes: [
    { key: 'petition', label: '发生越级上访', removes: ['zeroPetitions'] },
    { key: 'accident', label: '发生安全事故', removes: ['zeroAccidents'] },
    { key: 'case', label: '发生刑事案件', removes: ['zeroCases'] },
  ],
};
