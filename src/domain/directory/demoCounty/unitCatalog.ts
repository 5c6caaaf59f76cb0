// The 50 county units of 示范县 with what each can bring to a paired village.
import type { CapabilityTag, UnitKind } from '../unitKinds.ts';

export interface UnitTemplate {
  name: string;
  kind: UnitKind;
  capabilities: CapabilityTag[];
}

const agency = (name: string, ...capabilities: CapabilityTag[]): UnitTemplate => ({
  name,
  kind: 'agency',
  capabilities,
});
const institution = (name: string, ...capabilities: CapabilityTag[]): UnitTemplate => ({
  name,
  kind: 'publicInstitution',
  capabilities,
});
const soe = (name: string, ...capabilities: CapabilityTag[]): UnitTemplate => ({
  name,
  kind: 'stateOwned',
  capabilities,
});

/** `{县}` is replaced with the county's name. */
export const COUNTY_UNITS: readonly UnitTemplate[] = [
  agency('{县}委组织部', 'employment'),
  agency('{县}委宣传部', 'cultureTourism'),
  agency('{县}委政法委员会', 'legal', 'publicSecurity'),
  agency('{县}纪律检查委员会', 'legal'),
  agency('{县}人民政府办公室', 'civilAffairs'),
  agency('{县}发展和改革局', 'energy', 'construction'),
  agency('{县}教育局', 'education'),
  agency('{县}科学技术局', 'science', 'agriculture'),
  agency('{县}公安局', 'publicSecurity'),
  agency('{县}民政局', 'civilAffairs'),
  agency('{县}司法局', 'legal'),
  agency('{县}财政局', 'finance'),
  agency('{县}人力资源和社会保障局', 'employment'),
  agency('{县}自然资源局', 'naturalResources', 'forestry'),
  agency('{县}住房和城乡建设局', 'construction'),
  agency('{县}交通运输局', 'transport'),
  agency('{县}水利局', 'water'),
  agency('{县}农业农村局', 'agriculture'),
  agency('{县}商务局', 'ecommerce'),
  agency('{县}文化广电和旅游局', 'cultureTourism'),
  agency('{县}卫生健康委员会', 'health'),
  agency('{县}退役军人事务局', 'veteranAffairs'),
  agency('{县}应急管理局', 'emergency'),
  agency('{县}审计局', 'finance'),
  agency('{县}市场监督管理局', 'marketRegulation'),
  agency('{县}统计局', 'science'),
  agency('{县}林业局', 'forestry'),
  agency('{县}乡村振兴局', 'agriculture', 'employment'),
  agency('{县}生态环境分局', 'environment'),
  agency('{县}税务局', 'finance', 'marketRegulation'),
  agency('{县}总工会', 'employment'),
  agency('{县}妇女联合会', 'civilAffairs', 'employment'),
  agency('共青团{县}委员会', 'education', 'employment'),
  agency('{县}供销合作社联合社', 'supplyMarketing', 'ecommerce'),
  agency('{县}人民法院', 'legal'),
  agency('{县}人民检察院', 'legal'),
  institution('{县}人民医院', 'health'),
  institution('{县}中医院', 'health'),
  institution('{县}疾病预防控制中心', 'health'),
  institution('{县}第一高级中学', 'education'),
  institution('{县}职业教育中心', 'education', 'employment'),
  institution('{县}农业技术推广中心', 'agriculture', 'science'),
  institution('{县}畜牧技术服务中心', 'agriculture'),
  institution('{县}融媒体中心', 'cultureTourism', 'ecommerce'),
  soe('国网{县}供电公司', 'energy'),
  soe('{县}农村商业银行', 'finance'),
  soe('中国农业银行{县}支行', 'finance'),
  soe('中国邮政{县}分公司', 'ecommerce', 'transport'),
  soe('{县}水务投资有限公司', 'water', 'construction'),
  soe('{县}文化旅游投资集团', 'cultureTourism', 'construction'),
];

/** Enterprises inside the model village (振兴村's 研学、培训、旅游、康养 businesses). */
export const MODEL_VILLAGE_ENTERPRISES: readonly UnitTemplate[] = [
  { name: '{村}文旅开发有限公司', kind: 'enterprise', capabilities: ['cultureTourism'] },
  { name: '{村}研学培训基地', kind: 'enterprise', capabilities: ['education', 'cultureTourism'] },
  { name: '{村}康养中心', kind: 'enterprise', capabilities: ['health'] },
];
