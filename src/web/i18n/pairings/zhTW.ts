import type { pairingsZhCN } from './zhCN.ts';

// Texts of the pairing pages in zh-TW; every key of zh-CN, no more.
export const pairingsZhTW: { readonly [K in keyof typeof pairingsZhCN]: string } = {
  'nav.pairings': '結對共建',
  'home.module.pairings': '結對單位與村的工作方案（六個共）、1+1+N 聯戶和活動記錄',

  'pairing.list.title': '結對共建',
  'pairing.list.empty': '暫無可查看的結對',
  'pairing.leader': '組長',
  'pairing.period': '結對期限',
  'pairing.periodOpen': '至今',
  'pairing.items': '方案事項 {n} 項（已完成 {done}）',
  'pairing.activities': '活動 {n} 次',
  'pairing.lastActivity': '最近 {date}',
  'pairing.back': '返回結對列表',
  'pairing.open': '開啟結對詳情',

  'pairing.plan.title': '工作方案',
  'pairing.plan.empty': '本部分暫無事項',
  'pairing.plan.add': '新增事項',
  'pairing.plan.edit': '修改',
  'pairing.plan.delete': '刪除',
  'pairing.plan.deleteConfirm': '刪除這個事項？已有活動記錄的事項不能刪除，可改為「已取消」。',
  'pairing.plan.progress': '{n} 次活動',
  'pairing.plan.progressLast': '{n} 次活動 · 最近 {date}',
  'pairing.plan.due': '完成時限 {date}',
  'pairing.plan.saved': '已儲存',

  'pairing.part.organization': '組織共建',
  'pairing.part.team': '隊伍共管',
  'pairing.part.industry': '產業共謀',
  'pairing.part.resources': '資源共享',
  'pairing.part.livelihood': '實事共辦',
  'pairing.part.brand': '品牌共創',

  'pairing.status.planned': '計劃中',
  'pairing.status.doing': '推進中',
  'pairing.status.done': '已完成',
  'pairing.status.dropped': '已取消',

  'pairing.side.unit': '結對單位',
  'pairing.side.village': '村',

  'pairing.form.part': '所屬部分',
  'pairing.form.title': '事項',
  'pairing.form.description': '具體內容',
  'pairing.form.ownerSide': '牽頭方',
  'pairing.form.dueOn': '完成時限（可選）',
  'pairing.form.status': '狀態',

  'pairing.contacts.title': '1+1+N 聯戶',
  'pairing.contacts.empty': '該單位在本村暫無聯戶',
  'pairing.contacts.never': '尚未走訪',
  'pairing.recent.title': '近期活動',
  'pairing.record.planItem': '服務的方案事項（可選）',
};
