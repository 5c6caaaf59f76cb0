import { term, type VocabularyEntry } from './vocabulary.ts';

export const UNIT_KINDS = [
  term('agency', '机关单位', '機關單位', 'Government agency'),
  term('publicInstitution', '事业单位', '事業單位', 'Public institution'),
  term('stateOwned', '国有企业', '國有企業', 'State-owned enterprise'),
  term('enterprise', '企业', '企業', 'Enterprise'),
  term('association', '社会组织', '社會組織', 'Association'),
] as const satisfies readonly VocabularyEntry[];

export type UnitKind = (typeof UNIT_KINDS)[number]['code'];

/** What a unit can bring to a paired village; the pairing planner matches these to village needs. */
export const CAPABILITY_TAGS = [
  term('forestry', '林业', '林業', 'Forestry'),
  term('marketRegulation', '市场监管', '市場監管', 'Market regulation'),
  term('agriculture', '农业技术', '農業技術', 'Agriculture'),
  term('finance', '金融服务', '金融服務', 'Finance'),
  term('health', '医疗卫生', '醫療衛生', 'Health'),
  term('transport', '交通', '交通', 'Transport'),
  term('education', '教育', '教育', 'Education'),
  term('water', '水利', '水利', 'Water'),
  term('cultureTourism', '文化旅游', '文化旅遊', 'Culture and tourism'),
  term('ecommerce', '电商物流', '電商物流', 'E-commerce and logistics'),
  term('employment', '就业培训', '就業培訓', 'Employment and training'),
  term('legal', '法律服务', '法律服務', 'Legal services'),
  term('publicSecurity', '社会治安', '社會治安', 'Public security'),
  term('civilAffairs', '民政救助', '民政救助', 'Civil affairs and welfare'),
  term('naturalResources', '自然资源', '自然資源', 'Land and natural resources'),
  term('environment', '生态环境', '生態環境', 'Environment'),
  term('construction', '住房建设', '住房建設', 'Housing and construction'),
  term('science', '科技', '科技', 'Science and technology'),
  term('energy', '电力能源', '電力能源', 'Power and energy'),
  term('supplyMarketing', '供销流通', '供銷流通', 'Supply and marketing'),
  term('veteranAffairs', '退役军人服务', '退役軍人服務', 'Veteran affairs'),
  term('emergency', '应急管理', '應急管理', 'Emergency management'),
] as const satisfies readonly VocabularyEntry[];

export type CapabilityTag = (typeof CAPABILITY_TAGS)[number]['code'];
