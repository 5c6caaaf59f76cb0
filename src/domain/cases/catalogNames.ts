import type { CaseField, CaseType } from './catalog.ts';

export type CatalogLanguage = 'zh-CN' | 'zh-TW' | 'en';

/** A catalog word in the reader's language, or as stored when it has none. */
export interface CatalogText {
  text: string;
  /** False: the county's own wording, shown as stored because no translation exists. */
  translated: boolean;
}

// The presets' Chinese (catalog.ts: type names, 代办 groups, field labels and options) in
// traditional characters. English ships inside the catalog itself (`name.en`, `label.en`).
const TRADITIONAL: Readonly<Record<string, string>> = {
  群众诉求: '群眾訴求',
  道路设施报修: '道路設施報修',
  人居环境问题: '人居環境問題',
  是否有安全隐患: '是否有安全隱患',
  微心愿: '微心願',
  '预计花费（元）': '預計花費（元）',
  矛盾纠纷: '矛盾糾紛',
  纠纷类型: '糾紛類型',
  邻里: '鄰里',
  婚姻家庭: '婚姻家庭',
  土地: '土地',
  宅基地: '宅基地',
  劳务: '勞務',
  物业: '物業',
  其他: '其他',
  '意见建议（人大代表联络站）': '意見建議（人大代表聯絡站）',
  分类: '分類',
  民生: '民生',
  经济发展: '經濟發展',
  人居环境: '人居環境',
  社会治理: '社會治理',
  '民生实事（认领实事）': '民生實事（認領實事）',
  户籍证明: '戶籍證明',
  证明开具: '證明開具',
  居住证明: '居住證明',
  亲属关系证明: '親屬關係證明',
  婚育情况证明: '婚育情況證明',
  新生儿落户: '新生兒落戶',
  户籍证件: '戶籍證件',
  出生日期: '出生日期',
  居民身份证申领: '居民身份證申領',
  残疾人证办理: '殘疾人證辦理',
  退役军人优待证: '退役軍人優待證',
  城乡居民养老保险参保登记: '城鄉居民養老保險參保登記',
  养老保险: '養老保險',
  养老保险待遇资格认证: '養老保險待遇資格認證',
  城乡居民医疗保险参保缴费: '城鄉居民醫療保險參保繳費',
  医疗保险: '醫療保險',
  医疗费用报销: '醫療費用報銷',
  '金额（元）': '金額（元）',
  大病救助申请: '大病救助申請',
  最低生活保障申请: '最低生活保障申請',
  社会救助: '社會救助',
  特困人员供养申请: '特困人員供養申請',
  临时救助申请: '臨時救助申請',
  残疾人两项补贴: '殘疾人兩項補貼',
  补贴: '補貼',
  高龄津贴申请: '高齡津貼申請',
  耕地地力保护补贴: '耕地地力保護補貼',
  '面积（亩）': '面積（畝）',
  农机购置补贴: '農機購置補貼',
  计生奖励扶助: '計生獎勵扶助',
  殡葬补贴申请: '殯葬補貼申請',
  学生资助申请: '學生資助申請',
  土地承包经营权流转备案: '土地承包經營權流轉備案',
  宅基地申请: '宅基地申請',
  农村建房审批: '農村建房審批',
  住房: '住房',
  危房改造申请: '危房改造申請',
  林权登记: '林權登記',
  就业失业登记: '就業失業登記',
  就业经营: '就業經營',
  职业技能培训报名: '職業技能培訓報名',
  个体工商户营业执照代办: '個體工商戶營業執照代辦',
  农业托管服务预约: '農業託管服務預約',
  作物: '作物',
  小麦: '小麥',
  玉米: '玉米',
  果树: '果樹',
  蔬菜: '蔬菜',
  惠农一卡通补办: '惠農一卡通補辦',
  社会保障卡申领与补换: '社會保障卡申領與補換',
  社会保险: '社會保險',
  法律援助申请: '法律援助申請',
  法律服务: '法律服務',
  公证事项代办: '公證事項代辦',
};

// The words the catalog gives no English of: the 代办 groups and the select fields' options.
const ENGLISH: Readonly<Record<string, string>> = {
  证明开具: 'Certificates',
  户籍证件: 'Registration and ID',
  养老保险: 'Pension insurance',
  医疗保险: 'Medical insurance',
  社会救助: 'Social assistance',
  补贴: 'Subsidies',
  土地: 'Land',
  住房: 'Housing',
  就业经营: 'Jobs and business',
  社会保险: 'Social insurance',
  法律服务: 'Legal services',
  邻里: 'Neighbours',
  婚姻家庭: 'Marriage and family',
  宅基地: 'Homestead',
  劳务: 'Labour',
  物业: 'Property management',
  其他: 'Other',
  民生: 'Livelihood',
  经济发展: 'Economic development',
  人居环境: 'Living environment',
  社会治理: 'Social governance',
  小麦: 'Wheat',
  玉米: 'Maize',
  果树: 'Fruit trees',
  蔬菜: 'Vegetables',
};

/**
 * A catalog word in `language`: stored Chinese as it is; 繁體 from the presets' table when the
 * word is a preset's, word for word; English as the catalog gives it (`en`) or, for groups and options, from the table above.
 * A county's own word without a translation comes back `translated: false`, shown as stored.
 */
export function catalogText(
  words: { zh: string; en?: string | undefined },
  language: CatalogLanguage,
): CatalogText {
  if (language === 'zh-CN') return { text: words.zh, translated: true };
  if (language === 'en') {
    const english = words.en?.trim() ? words.en : ENGLISH[words.zh.trim()];
    return english ? { text: english, translated: true } : { text: words.zh, translated: false };
  }
  const traditional = TRADITIONAL[words.zh.trim()];
  return traditional === undefined
    ? { text: words.zh, translated: false }
    : { text: traditional, translated: true };
}

/** A case type's name in `language` (catalogText). */
export const caseTypeName = (type: Pick<CaseType, 'name'>, language: CatalogLanguage): string =>
  catalogText(type.name, language).text;

/** A field's label in `language` (catalogText). */
export const caseFieldLabel = (
  field: Pick<CaseField, 'label'>,
  language: CatalogLanguage,
): string => catalogText(field.label, language).text;

/** A 代办 group or a select field's option in `language` (catalogText). */
export const catalogWord = (zh: string, language: CatalogLanguage): string =>
  catalogText({ zh }, language).text;

/** The words catalogText turns into 繁體 (for the presets' completeness test). */
export const TRADITIONAL_CATALOG_WORDS: readonly string[] = Object.keys(TRADITIONAL);
/** The words catalogText takes English of from its own table. */
export const ENGLISH_CATALOG_WORDS: readonly string[] = Object.keys(ENGLISH);
