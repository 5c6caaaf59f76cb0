// The economy's vocabularies with their labels, for what the server writes in Chinese: the 三资
// import sheet (a label or a code is read), the .xlsx exports and the village finance statement.
// The web page keeps its own texts in src/web/i18n/economy/.
import { term } from '../directory/vocabulary.ts';

export const ASSET_KIND_TERMS = [
  term('resource', '资源', '資源', 'Resource'),
  term('fixed', '资产', '資產', 'Fixed asset'),
  term('fund', '资金', '資金', 'Fund'),
];

export const ASSET_CLASS_TERMS = [
  term('farmland', '耕地', '耕地', 'Farmland'),
  term('tidalFlat', '滩涂', '灘塗', 'Tidal flat'),
  term('forest', '林地', '林地', 'Forest'),
  term('water', '水面', '水面', 'Water'),
  term('construction', '建设用地', '建設用地', 'Construction land'),
  term('building', '房屋', '房屋', 'Building'),
  term('equipment', '设备', '設備', 'Equipment'),
  term('fund', '资金', '資金', 'Fund'),
];

export const ASSET_STATUS_TERMS = [
  term('idle', '闲置', '閒置', 'Idle'),
  term('contracted', '已发包', '已發包', 'Contracted'),
  term('selfRun', '自营', '自營', 'Self-run'),
  term('disposed', '已处置', '已處置', 'Disposed'),
];

export const INCOME_SOURCE_TERMS = [
  term('contract', '发包收入', '發包收入', 'Contract fees'),
  term('cooperative', '合作社收益', '合作社收益', 'Cooperative income'),
  term('service', '服务收入', '服務收入', 'Service fees'),
  term('dividend', '分红收入', '分紅收入', 'Dividends'),
  term('other', '其他收入', '其他收入', 'Other income'),
];

export const FINDING_TERMS = [
  term('expiredInUse', '到期未收回', '到期未收回', 'Expired, still in use'),
  term('underpriced', '价格明显偏低', '價格明顯偏低', 'Far below the reference price'),
  term('arrears', '欠缴', '欠繳', 'Arrears'),
  term('latePayments', '缴费不规范', '繳費不規範', 'Irregular payments'),
  term('termTooLong', '期限超限', '期限超限', 'Term beyond the limit'),
  term('cadreHousehold', '两委亲属未回避', '兩委親屬未迴避', 'Cadre household without recusal'),
];

export const OUTCOME_TERMS = [
  term('regularized', '规范', '規範', 'Regularized'),
  term('recovered', '收回', '收回', 'Recovered'),
  term('resigned', '重签', '重簽', 'Re-signed'),
];

export const SCHEDULE_TERMS = [
  term('annual', '按年', '按年', 'Yearly'),
  term('semiannual', '半年', '半年', 'Half-yearly'),
];

export const CONTRACT_STATUS_TERMS = [
  term('active', '履行中', '履行中', 'Active'),
  term('terminated', '已终止', '已終止', 'Terminated'),
];
