import type { VocabularyEntry } from './vocabulary.ts';

export const UNIT_KINDS = [
  { code: 'agency', label: { 'zh-CN': '机关单位', 'zh-TW': '機關單位', en: 'Government agency' } },
  {
    code: 'publicInstitution',
    label: { 'zh-CN': '事业单位', 'zh-TW': '事業單位', en: 'Public institution' },
  },
  {
    code: 'stateOwned',
    label: { 'zh-CN': '国有企业', 'zh-TW': '國有企業', en: 'State-owned enterprise' },
  },
  { code: 'enterprise', label: { 'zh-CN': '企业', 'zh-TW': '企業', en: 'Enterprise' } },
  { code: 'association', label: { 'zh-CN': '社会组织', 'zh-TW': '社會組織', en: 'Association' } },
] as const satisfies readonly VocabularyEntry[];

export type UnitKind = (typeof UNIT_KINDS)[number]['code'];

/** What a unit can bring to a paired village; the pairing planner matches these to village needs. */
export const CAPABILITY_TAGS = [
  { code: 'forestry', label: { 'zh-CN': '林业', 'zh-TW': '林業', en: 'Forestry' } },
  {
    code: 'marketRegulation',
    label: { 'zh-CN': '市场监管', 'zh-TW': '市場監管', en: 'Market regulation' },
  },
  { code: 'agriculture', label: { 'zh-CN': '农业技术', 'zh-TW': '農業技術', en: 'Agriculture' } },
  { code: 'finance', label: { 'zh-CN': '金融服务', 'zh-TW': '金融服務', en: 'Finance' } },
  { code: 'health', label: { 'zh-CN': '医疗卫生', 'zh-TW': '醫療衛生', en: 'Health' } },
  { code: 'transport', label: { 'zh-CN': '交通', 'zh-TW': '交通', en: 'Transport' } },
  { code: 'education', label: { 'zh-CN': '教育', 'zh-TW': '教育', en: 'Education' } },
  { code: 'water', label: { 'zh-CN': '水利', 'zh-TW': '水利', en: 'Water' } },
  {
    code: 'cultureTourism',
    label: { 'zh-CN': '文化旅游', 'zh-TW': '文化旅遊', en: 'Culture and tourism' },
  },
  {
    code: 'ecommerce',
    label: { 'zh-CN': '电商物流', 'zh-TW': '電商物流', en: 'E-commerce and logistics' },
  },
  {
    code: 'employment',
    label: { 'zh-CN': '就业培训', 'zh-TW': '就業培訓', en: 'Employment and training' },
  },
  { code: 'legal', label: { 'zh-CN': '法律服务', 'zh-TW': '法律服務', en: 'Legal services' } },
  {
    code: 'publicSecurity',
    label: { 'zh-CN': '社会治安', 'zh-TW': '社會治安', en: 'Public security' },
  },
  {
    code: 'civilAffairs',
    label: { 'zh-CN': '民政救助', 'zh-TW': '民政救助', en: 'Civil affairs and welfare' },
  },
  {
    code: 'naturalResources',
    label: { 'zh-CN': '自然资源', 'zh-TW': '自然資源', en: 'Land and natural resources' },
  },
  { code: 'environment', label: { 'zh-CN': '生态环境', 'zh-TW': '生態環境', en: 'Environment' } },
  {
    code: 'construction',
    label: { 'zh-CN': '住房建设', 'zh-TW': '住房建設', en: 'Housing and construction' },
  },
  { code: 'science', label: { 'zh-CN': '科技', 'zh-TW': '科技', en: 'Science and technology' } },
  { code: 'energy', label: { 'zh-CN': '电力能源', 'zh-TW': '電力能源', en: 'Power and energy' } },
  {
    code: 'supplyMarketing',
    label: { 'zh-CN': '供销流通', 'zh-TW': '供銷流通', en: 'Supply and marketing' },
  },
  {
    code: 'veteranAffairs',
    label: { 'zh-CN': '退役军人服务', 'zh-TW': '退役軍人服務', en: 'Veteran affairs' },
  },
  {
    code: 'emergency',
    label: { 'zh-CN': '应急管理', 'zh-TW': '應急管理', en: 'Emergency management' },
  },
] as const satisfies readonly VocabularyEntry[];

export type CapabilityTag = (typeof CAPABILITY_TAGS)[number]['code'];
