import type { navGroupsZhCN } from './zhCN.ts';

export const navGroupsZhTW: Record<keyof typeof navGroupsZhCN, string> = {
  'nav.group.directory': '基礎名錄',
  'nav.group.responsibility': '責任體系',
  'nav.group.evaluation': '星級評定',
  'nav.group.cases': '為民服務',
  'nav.group.joint': '共建履職',
  'nav.group.development': '產業發展',
  'nav.group.insights': '分析決策',
  'nav.group.system': '系統管理',
};
