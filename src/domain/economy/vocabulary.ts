// The economy's vocabularies with their labels, for what the server writes in Chinese: the 三资
// import sheet (a label or a code is read), the .xlsx exports and the village finance statement.
// The web page keeps its own texts in src/web/i18n/economy/.
import { term } from '../directory/vocabulary.ts';
import {
  ASSET_CLASSES,
  ASSET_KINDS,
  ASSET_STATUSES,
  CLEANUP_OUTCOMES,
  CONTRACT_STATUSES,
  INCOME_SOURCES,
  PAYMENT_SCHEDULES,
} from './kinds.ts';
import { FINDING_CODES } from './findings.ts';

type Labels = readonly [zhCN: string, zhTW: string, en: string];

/**
 * The terms of a vocabulary whose codes `kinds.ts` holds, in its order: the compiler asks for a
 * label for every code there, so a code added to the economy cannot reach a sheet unlabelled.
 */
const termsOf = <const Code extends string>(codes: readonly Code[], labels: Record<Code, Labels>) =>
  codes.map((code) => {
    const [zhCN, zhTW, en] = labels[code];
    return term(code, zhCN, zhTW, en);
  });

export const ASSET_KIND_TERMS = termsOf(ASSET_KINDS, {
  resource: ['资源', '資源', 'Resource'],
  fixed: ['资产', '資產', 'Fixed asset'],
  fund: ['资金', '資金', 'Fund'],
});

export const ASSET_CLASS_TERMS = termsOf(ASSET_CLASSES, {
  farmland: ['耕地', '耕地', 'Farmland'],
  tidalFlat: ['滩涂', '灘塗', 'Tidal flat'],
  forest: ['林地', '林地', 'Forest'],
  water: ['水面', '水面', 'Water'],
  construction: ['建设用地', '建設用地', 'Construction land'],
  building: ['房屋', '房屋', 'Building'],
  equipment: ['设备', '設備', 'Equipment'],
  fund: ['资金', '資金', 'Fund'],
});

export const ASSET_STATUS_TERMS = termsOf(ASSET_STATUSES, {
  idle: ['闲置', '閒置', 'Idle'],
  contracted: ['已发包', '已發包', 'Contracted'],
  selfRun: ['自营', '自營', 'Self-run'],
  disposed: ['已处置', '已處置', 'Disposed'],
});

export const INCOME_SOURCE_TERMS = termsOf(INCOME_SOURCES, {
  contract: ['发包收入', '發包收入', 'Contract fees'],
  cooperative: ['合作社收益', '合作社收益', 'Cooperative income'],
  service: ['服务收入', '服務收入', 'Service fees'],
  dividend: ['分红收入', '分紅收入', 'Dividends'],
  other: ['其他收入', '其他收入', 'Other income'],
});

export const FINDING_TERMS = termsOf(FINDING_CODES, {
  expiredInUse: ['到期未收回', '到期未收回', 'Expired, still in use'],
  underpriced: ['价格明显偏低', '價格明顯偏低', 'Far below the reference price'],
  arrears: ['欠缴', '欠繳', 'Arrears'],
  latePayments: ['缴费不规范', '繳費不規範', 'Irregular payments'],
  termTooLong: ['期限超限', '期限超限', 'Term beyond the limit'],
  cadreHousehold: ['两委亲属未回避', '兩委親屬未迴避', 'Cadre household without recusal'],
});

export const OUTCOME_TERMS = termsOf(CLEANUP_OUTCOMES, {
  regularized: ['规范', '規範', 'Regularized'],
  recovered: ['收回', '收回', 'Recovered'],
  resigned: ['重签', '重簽', 'Re-signed'],
});

export const SCHEDULE_TERMS = termsOf(PAYMENT_SCHEDULES, {
  annual: ['按年', '按年', 'Yearly'],
  semiannual: ['半年', '半年', 'Half-yearly'],
});

export const CONTRACT_STATUS_TERMS = termsOf(CONTRACT_STATUSES, {
  active: ['履行中', '履行中', 'Active'],
  terminated: ['已终止', '已終止', 'Terminated'],
});
