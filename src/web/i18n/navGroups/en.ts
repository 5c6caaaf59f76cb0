import type { navGroupsZhCN } from './zhCN.ts';

export const navGroupsEn: Record<keyof typeof navGroupsZhCN, string> = {
  'nav.group.directory': 'Directory',
  'nav.group.responsibility': 'Responsibility',
  'nav.group.evaluation': 'Star ratings',
  'nav.group.cases': 'Service to residents',
  'nav.group.joint': 'Joint work',
  'nav.group.development': 'Development',
  'nav.group.insights': 'Insights',
  'nav.group.system': 'System',
};
