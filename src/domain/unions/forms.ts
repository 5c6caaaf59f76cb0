/**
 * 跨村联建 forms (DESIGN.md §3 "Unions and pairings"): 头雁领航 (a strong lead village's secretary
 * leads), 强村带弱 (strong villages lift weak ones), 产业拉动 (a shared industry), 项目牵引 (a shared
 * project). The stored default `leadVillage` is what adoption wrote before forms could be chosen.
 */
export const UNION_FORMS = [
  'leadVillage',
  'strongHelpsWeak',
  'industryDriven',
  'projectDriven',
] as const;
export type UnionForm = (typeof UNION_FORMS)[number];

/** The party org a union gets: 联合党委 or 联村党支部 (party_orgs types of the same codes). */
export const UNION_ORG_TYPES = ['unionCommittee', 'jointVillageBranch'] as const;
export type UnionOrgType = (typeof UNION_ORG_TYPES)[number];

/** What a union's history lists (the audit log holds the same changes with before/after). */
const MEMBERSHIP = ['villageAdded', 'villageRemoved'] as const;
const OFFICERS = ['secretaryChanged', 'membersChanged'] as const;
export const UNION_EVENT_KINDS = ['created', 'updated', ...MEMBERSHIP, ...OFFICERS] as const;
export type UnionEventKind = (typeof UNION_EVENT_KINDS)[number];
