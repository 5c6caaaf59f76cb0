import type { SchemeDefinition, StarDefinition, VetoDefinition, WorkflowStep } from '../scheme.ts';
import { item, rule } from './build.ts';

// 安阳 "五星"支部创建 (seed 001, DESIGN.md §4): five stars, level = stars held, 支部过硬星 required
// from three stars; village self-claim → township review → county review → city decision for five
// stars → notice → award; annual re-evaluation; vetoes (负面清单) remove stars.
const stars = (kind: 'rural' | 'community'): StarDefinition[] => [
  {
    key: 'strongBranch',
    name: '支部过硬星',
    criteria: [
      item('teamComplete', '班子健全、“三会一课”等组织生活规范开展', 'optional'),
      rule('contactCoverage', '党员联户覆盖率 ≥ 90%', 'contactCoverage', '>=', 90),
    ],
  },
  kind === 'rural'
    ? {
        key: 'prosperousIndustry',
        name: '产业兴旺星',
        criteria: [
          rule('income', '村集体经济收入 ≥ 10 万元', 'collectiveIncome', '>=', 10),
          item('leadingIndustry', '有一项以上主导产业或联农带农项目'),
        ],
      }
    : {
        key: 'prosperousIndustry',
        name: '产业兴旺星',
        criteria: [
          item('serviceEconomy', '发展社区服务业、带动居民就业'),
          rule('income', '社区集体经济收入 ≥ 5 万元', 'collectiveIncome', '>=', 5),
        ],
      },
  {
    key: 'livableEcology',
    name: '生态宜居星',
    criteria: [item('environment', '人居环境整治达标、村容整洁', 'optional')],
  },
  {
    key: 'safeLawful',
    name: '平安法治星',
    criteria: [
      rule('noCrime', '本年无刑事案件', 'criminalCasesYear', '<=', 0),
      rule('disputes', '矛盾纠纷化解率 ≥ 95%', 'disputeResolutionRate', '>=', 95),
      rule('noPetitions', '无越级上访', 'petitionsYear', '<=', 0),
    ],
  },
  {
    key: 'civilizedHappy',
    name: '文明幸福星',
    criteria: [
      rule('starHouseholds', '八星以上文明户占比 ≥ 60%', 'householdStarShare', '>=', 60),
      rule('customs', '红白事无违规', 'redWhiteViolations', '<=', 0),
    ],
  },
];

const vetoes: VetoDefinition[] = [
  { key: 'criminalCase', label: '发生刑事案件', removes: ['safeLawful'] },
  { key: 'safetyAccident', label: '发生重大安全事故', removes: ['safeLawful', 'livableEcology'] },
  { key: 'redWhiteViolation', label: '红白事大操大办违规', removes: ['civilizedHappy'] },
  { key: 'weakBranch', label: '被列为软弱涣散党组织', removes: 'all' },
];

export const FIVE_STAR_STEPS: WorkflowStep[] = [
  { key: 'townshipReview', name: '乡镇审核', role: 'township_admin', level: 'township' },
  { key: 'countyReview', name: '县级复核', role: 'county_admin', level: 'county' },
  {
    key: 'cityDecision',
    name: '市级认定（五星）',
    role: 'county_admin',
    level: 'city',
    fromLevel: 5,
  },
];

export const fiveStarBranchRural: SchemeDefinition = {
  key: 'five-star-branch-rural',
  name: '农村“五星”支部创建',
  subjectType: 'party_org',
  orgKind: 'rural',
  period: 'year',
  claimRole: 'village_cadre',
  stars: stars('rural'),
  levelRule: { requiredStar: 'strongBranch', requiredFromLevel: 3 },
  steps: FIVE_STAR_STEPS,
  noticeDays: 5,
  vetoes,
  // 安阳: a first secretary's village reaches three stars within the term.
  firstSecretaryTarget: 3,
  // 安阳 2023 plan: ≥3 stars 79 %, 127 five-star, 517 four-star; the 市委's goal ≥3 stars 60 %.
  // The counts are the city's plan (setFor 'city'); a county or township inherits the shares.
  defaultTargets: [
    { label: '三星以上占比（年度计划）', measure: 'shareAtLeast', level: 3, value: 79 },
    { label: '三星以上占比（市委目标）', measure: 'shareAtLeast', level: 3, value: 60 },
    { label: '五星支部数', measure: 'countAtLeast', level: 5, value: 127, setFor: 'city' },
    { label: '四星支部数', measure: 'countAtLeast', level: 4, value: 517, setFor: 'city' },
  ],
};

export const fiveStarBranchCommunity: SchemeDefinition = {
  ...fiveStarBranchRural,
  key: 'five-star-branch-community',
  name: '社区“五星”支部创建',
  orgKind: 'community',
  stars: stars('community'),
  // 社区: plan ≥3 stars 76 %, 8 five-star, 57 four-star (the city's counts); 市委's goal 75 %.
  defaultTargets: [
    { label: '三星以上占比（年度计划）', measure: 'shareAtLeast', level: 3, value: 76 },
    { label: '三星以上占比（市委目标）', measure: 'shareAtLeast', level: 3, value: 75 },
    { label: '五星支部数', measure: 'countAtLeast', level: 5, value: 8, setFor: 'city' },
    { label: '四星支部数', measure: 'countAtLeast', level: 4, value: 57, setFor: 'city' },
  ],
};
