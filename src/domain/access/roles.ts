/** The roles of DESIGN.md §1. One account can hold several, each bound to a scope. */
export const ROLES = [
  'county_admin',
  'township_admin',
  'village_cadre',
  'union_cadre',
  'party_member',
  'group_leader',
  'unit_staff',
  'mediator',
  'deputy',
  'villager',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Actions a role may take inside its scope. A module adds its actions here; an action that no
 * role lists is denied to everyone (deny by default).
 */
export const PERMISSIONS = [
  'regions.read',
  'regions.write',
  'accounts.read',
  'accounts.write',
  'privacy.reveal',
  // Decide on reveals past the daily threshold (issue 16 finding 7): the county admin.
  'privacy.approve',
  'audit.read',
  'directory.read',
  'directory.write',
  // 跨村联建 / 结对共建 planners and adopting their proposals (DESIGN.md §3).
  'planning.run',
  // Star ratings (DESIGN.md §3 Evaluations): read rounds, manage schemes/rounds/targets, claim
  // (认星), review at a workflow step, object during a public notice (公示).
  'evaluation.read',
  'evaluation.manage',
  'evaluation.claim',
  'evaluation.review',
  'evaluation.object',
  // Cases (DESIGN.md §3): submit a case; handle cases one owns or that lie in one's scope; read every
  // case in scope (reviewers); configure the catalog and Open311 keys.
  'cases.submit',
  'cases.handle',
  'cases.read',
  'cases.configure',
  // Obligations (DESIGN.md §3): read compliance and activities in scope, record an activity, edit
  // the county's obligation rules. A unit's staff record for their own unit's pairings (the
  // obligations policy), wherever the paired village lies.
  'obligations.read',
  'obligations.record',
  'obligations.configure',
  // Unions (跨村联建, DESIGN.md §3): create one by hand, edit it, add or remove villages. Reading a
  // union is directory.read over any of its villages.
  'unions.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyone: Permission[] = ['regions.read'];
const submits: Permission[] = [...everyone, 'cases.submit'];
const handles: Permission[] = [...submits, 'cases.handle'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  county_admin: [
    'regions.read',
    'regions.write',
    'accounts.read',
    'accounts.write',
    'privacy.reveal',
    'privacy.approve',
    'audit.read',
    'directory.read',
    'directory.write',
    'planning.run',
    'evaluation.read',
    'evaluation.manage',
    'evaluation.review',
    'cases.submit',
    'cases.handle',
    'cases.read',
    'cases.configure',
    'obligations.read',
    'obligations.record',
    'obligations.configure',
    'unions.manage',
  ],
  township_admin: [
    'regions.read',
    'accounts.read',
    'accounts.write',
    'privacy.reveal',
    'directory.read',
    'directory.write',
    'evaluation.read',
    'evaluation.review',
    'cases.submit',
    'cases.handle',
    'cases.read',
    'obligations.read',
    'obligations.record',
    'unions.manage',
  ],
  // 村干部 keep the village's directory up to date (directory upkeep, DESIGN.md §1).
  village_cadre: [
    'regions.read',
    'accounts.read',
    'directory.read',
    'directory.write',
    'evaluation.read',
    'evaluation.claim',
    'evaluation.review',
    'cases.submit',
    'cases.handle',
    'cases.read',
    'obligations.read',
    'obligations.record',
  ],
  union_cadre: submits,
  // Party members, unit staff, mediators and deputies handle the cases they own or claim.
  // …and, living in the village, claim stars for their own household (认星) like any villager.
  party_member: [...handles, 'evaluation.claim', 'evaluation.object'],
  // 村民小组长 / 网格长 / 包街干部: 小组评星 — the group step of a scheme (十星级文明户), for the
  // households of the grid the leader holds a position on (the evaluation policy's group rule);
  // living in the village, they also claim for their own household.
  group_leader: [
    ...submits,
    'evaluation.read',
    'evaluation.review',
    'evaluation.claim',
    'evaluation.object',
  ],
  unit_staff: [...handles, 'obligations.record'],
  mediator: handles,
  deputy: handles,
  // 村民: submit cases, claim stars for their own household (认星) and object during a notice.
  villager: [...submits, 'evaluation.claim', 'evaluation.object'],
  // 纪检/审计: read anything in scope, including the audit log, and change nothing.
  auditor: [
    'regions.read',
    'accounts.read',
    'audit.read',
    'directory.read',
    'evaluation.read',
    'cases.read',
    'obligations.read',
  ],
};

/**
 * A union cadre granted on `union:<id>` reads the union's villages (directory, cases, obligations)
 * and so the union itself, and records the union's own activities; the session spreads that grant over the member villages. On a bare region
 * the role keeps only what `ROLE_PERMISSIONS` lists.
 */
export const UNION_CADRE_PERMISSIONS: readonly Permission[] = [
  ...submits,
  'directory.read',
  'cases.read',
  'obligations.read',
  // …and records the union's own activities (联席会议, 观摩, 书记论坛): the obligations policy lets
  // a union grant record only for its union, never for a pairing or a village of the union.
  'obligations.record',
];

/** Which roles an administrator may grant (always inside the administrator's own scope). */
export const GRANTABLE_ROLES: Partial<Record<Role, readonly Role[]>> = {
  county_admin: ROLES,
  township_admin: [
    'township_admin',
    'village_cadre',
    'party_member',
    'group_leader',
    'mediator',
    'deputy',
    'villager',
  ],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
