import type { unionsZhCN } from './zhCN.ts';

export const unionsZhTW: Record<keyof typeof unionsZhCN, string> = {
  'nav.unions': '跨村聯建',
  'home.module.unions': '已建立的聯建：聯合黨委、書記、委員、成員村和變更記錄',

  'union.form.leadVillage': '頭雁領航',
  'union.form.strongHelpsWeak': '強村帶弱',
  'union.form.industryDriven': '產業拉動',
  'union.form.projectDriven': '項目牽引',

  'union.event.created': '建立聯建',
  'union.event.updated': '修改資訊',
  'union.event.villageAdded': '加入村',
  'union.event.villageRemoved': '移出村',
  'union.event.secretaryChanged': '更換書記',
  'union.event.membersChanged': '調整委員',

  'union.list.title': '跨村聯建',
  'union.list.empty': '您的範圍內暫無聯建',
  'union.col.name': '聯建名稱',
  'union.col.form': '聯建模式',
  'union.col.villages': '成員村',
  'union.col.org': '聯建黨組織',
  'union.col.secretary': '書記',
  'union.back': '返回列表',
  'union.lead': '牽頭村',
  'union.committee': '委員',
  'union.none': '暫無',
  'union.history': '變更記錄',
  'union.villages': '成員村（各村邊界、資產不變）',
  'union.remove': '移出',
  'union.removeConfirm': '確定將該村移出聯建？',
  'union.addVillage': '加入村',
  'union.villageCode': '村代碼（12 位）',
};
