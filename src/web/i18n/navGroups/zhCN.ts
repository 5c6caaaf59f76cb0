// Headings of the grouped navigation (issue 14); merged into zh-CN.
export const navGroupsZhCN = {
  'nav.group.directory': '基础名录',
  'nav.group.responsibility': '责任体系',
  'nav.group.evaluation': '星级评定',
  'nav.group.cases': '为民服务',
  'nav.group.joint': '共建履职',
  'nav.group.development': '产业发展',
  'nav.group.insights': '分析决策',
  'nav.group.system': '系统管理',
};
