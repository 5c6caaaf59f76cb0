import type { Role } from '../../domain/access/roles.ts';

/** Demo-only password, printed by `npm start` and listed in the README. Never used outside a demo. */
export const DEMO_PASSWORD = 'Lingyan@2026';

/** Where the demo accounts sit: a county, a township holding both demo villages, two villages. */
export type DemoPlace = 'county' | 'township' | 'village1' | 'village2';
export type DemoPlaces = Record<DemoPlace, string>;

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  place: DemoPlace;
  phone: string;
  /** Bound to a directory person: the party member answers for households, the villager heads one. */
  person?: 'contactMember' | 'householdHead' | 'groupLeader' | 'deputy';
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'county',
    displayName: '县委组织部 王明',
    role: 'county_admin',
    place: 'county',
    phone: '13800000001',
  },
  {
    username: 'township',
    displayName: '镇党委 李华',
    role: 'township_admin',
    place: 'township',
    phone: '13800000002',
  },
  {
    username: 'village1',
    displayName: '村党支部书记 张建国',
    role: 'village_cadre',
    place: 'village1',
    phone: '13800000003',
  },
  {
    username: 'village2',
    displayName: '村党支部书记 曾红梅',
    role: 'village_cadre',
    place: 'village2',
    phone: '13800000004',
  },
  {
    username: 'member',
    displayName: '党员',
    role: 'party_member',
    place: 'village1',
    phone: '13800000005',
    person: 'contactMember',
  },
  {
    username: 'leader',
    displayName: '村民小组长',
    role: 'group_leader',
    place: 'village1',
    phone: '13800000009',
    person: 'groupLeader',
  },
  {
    username: 'deputy',
    displayName: '人大代表',
    role: 'deputy',
    place: 'township',
    phone: '13800000010',
    person: 'deputy',
  },
  {
    username: 'villager',
    displayName: '村民',
    role: 'villager',
    place: 'village1',
    phone: '13800000006',
    person: 'householdHead',
  },
];
