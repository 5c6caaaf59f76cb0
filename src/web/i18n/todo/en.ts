import type { todoZhCN } from './zhCN.ts';

export const todoEn: Record<keyof typeof todoZhCN, string> = {
  'todo.title': 'To do',
  'todo.bell': 'To do ({count})',
  'todo.empty': 'Nothing waits for you',
  'todo.all': 'All {count}',
  'todo.overdue': 'Overdue',
  'todo.due': 'by {date}',
  'todo.kind.casesWaiting': 'Cases waiting for me',
  'todo.kind.casesToConfirm': 'Answers for me to confirm',
  'todo.kind.evaluations': 'Star-rating steps for me',
  'todo.kind.dividends': 'Dividend runs to approve or publish',
  'todo.kind.warnings': 'Open warnings',
  'todo.kind.inbox': 'Unread messages',
  'todo.action.claim': 'Claim stars',
  'todo.action.decide': 'Review',
  'todo.action.answerObjection': 'Answer objections',
  'todo.action.award': 'Award',
  'todo.action.decideVeto': 'Decide removal',
  'todo.action.approve': 'Approve',
  'todo.action.publish': 'Publish and post',
};
