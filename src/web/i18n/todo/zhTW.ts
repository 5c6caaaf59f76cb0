import type { todoZhCN } from './zhCN.ts';

export const todoZhTW: Record<keyof typeof todoZhCN, string> = {
  'todo.title': '待辦',
  'todo.bell': '待辦事項（{count}）',
  'todo.empty': '暫無待辦，所有事項都已處理',
  'todo.all': '全部 {count} 項',
  'todo.overdue': '已逾期',
  'todo.due': '{date} 前',
  'todo.kind.casesWaiting': '等我辦理的事項',
  'todo.kind.casesToConfirm': '待我確認的辦理結果',
  'todo.kind.evaluations': '評星環節等我處理',
  'todo.kind.dividends': '分紅方案待審批或公開',
  'todo.kind.warnings': '未處理的預警',
  'todo.kind.inbox': '未讀訊息',
  'todo.action.claim': '認星',
  'todo.action.decide': '審核',
  'todo.action.answerObjection': '答覆異議',
  'todo.action.award': '授星',
  'todo.action.decideVeto': '摘星決定',
  'todo.action.approve': '審批',
  'todo.action.publish': '公開並記帳',
};
