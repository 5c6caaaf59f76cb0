import type { Role } from '../../domain/access/roles.ts';

/** Demo-only password, printed by `npm start` and listed in the README. Never used outside a demo. */
export const DEMO_PASSWORD = 'Lingyan@2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  scope: string;
  phone: string;
}

export const DEMO_COUNTY = '410599000000';
export const DEMO_TOWNSHIP = '410599101000';
export const DEMO_VILLAGE_1 = '410599101201';
export const DEMO_VILLAGE_2 = '410599101202';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'county', displayName: '县委组织部 王明', role: 'county_admin', scope: DEMO_COUNTY, phone: '13800000001' },
  { username: 'township', displayName: '红旗镇党委 李华', role: 'township_admin', scope: DEMO_TOWNSHIP, phone: '13800000002' },
  { username: 'village1', displayName: '振兴村书记 张建国', role: 'village_cadre', scope: DEMO_VILLAGE_1, phone: '13800000003' },
  { username: 'village2', displayName: '李家庄村书记 曾红梅', role: 'village_cadre', scope: DEMO_VILLAGE_2, phone: '13800000004' },
  { username: 'member', displayName: '党员 单志强', role: 'party_member', scope: DEMO_VILLAGE_1, phone: '13800000005' },
  { username: 'villager', displayName: '村民 赵秀英', role: 'villager', scope: DEMO_VILLAGE_1, phone: '13800000006' },
];
