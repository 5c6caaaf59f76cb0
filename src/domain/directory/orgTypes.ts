import type { VocabularyEntry } from './vocabulary.ts';

/** Where an organization works: in villages, in urban communities, or inside a unit (机关, enterprise). */
export type OrgKind = 'rural' | 'community' | 'unit';
export const ORG_KINDS: readonly VocabularyEntry<OrgKind>[] = [
  { code: 'rural', label: { 'zh-CN': '农村', 'zh-TW': '農村', en: 'Rural' } },
  { code: 'community', label: { 'zh-CN': '社区', 'zh-TW': '社區', en: 'Community' } },
  { code: 'unit', label: { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Unit' } },
];

export interface PartyOrgTypeEntry extends VocabularyEntry {
  readonly allowedKinds: readonly OrgKind[];
  /** A 党小组 is a subdivision of a branch, not an organization with its own committee. */
  readonly subdivision: boolean;
}

export const PARTY_ORG_TYPES = [
  {
    code: 'committee',
    label: { 'zh-CN': '党委', 'zh-TW': '黨委', en: 'Party committee' },
    allowedKinds: ['rural', 'community', 'unit'],
    subdivision: false,
  },
  {
    code: 'generalBranch',
    label: { 'zh-CN': '党总支', 'zh-TW': '黨總支', en: 'General party branch' },
    allowedKinds: ['rural', 'community', 'unit'],
    subdivision: false,
  },
  {
    code: 'branch',
    label: { 'zh-CN': '党支部', 'zh-TW': '黨支部', en: 'Party branch' },
    allowedKinds: ['rural', 'community', 'unit'],
    subdivision: false,
  },
  {
    code: 'unionCommittee',
    label: { 'zh-CN': '联合党委', 'zh-TW': '聯合黨委', en: 'Joint party committee' },
    allowedKinds: ['rural', 'community'],
    subdivision: false,
  },
  {
    code: 'jointVillageBranch',
    label: { 'zh-CN': '联村党支部', 'zh-TW': '聯村黨支部', en: 'Multi-village party branch' },
    allowedKinds: ['rural'],
    subdivision: false,
  },
  {
    code: 'functionalBranch',
    label: { 'zh-CN': '功能型党支部', 'zh-TW': '功能型黨支部', en: 'Functional party branch' },
    allowedKinds: ['rural', 'community'],
    subdivision: false,
  },
  {
    code: 'residentialBranch',
    label: {
      'zh-CN': '小区党支部',
      'zh-TW': '小區黨支部',
      en: 'Residential-compound party branch',
    },
    allowedKinds: ['community'],
    subdivision: false,
  },
  {
    code: 'agencyBranch',
    label: { 'zh-CN': '机关党支部', 'zh-TW': '機關黨支部', en: 'Government agency party branch' },
    allowedKinds: ['unit'],
    subdivision: false,
  },
  {
    code: 'partyGroup',
    label: { 'zh-CN': '党小组', 'zh-TW': '黨小組', en: 'Party group' },
    allowedKinds: ['rural', 'community', 'unit'],
    subdivision: true,
  },
] as const satisfies readonly PartyOrgTypeEntry[];

export type PartyOrgType = (typeof PARTY_ORG_TYPES)[number]['code'];

/**
 * Which type a village or community organization takes by member count: the party constitution
 * allows a 党总支 from 50 members and a 党委 from 100.
 */
export function orgTypeForMemberCount(members: number): 'branch' | 'generalBranch' | 'committee' {
  if (members >= 100) return 'committee';
  if (members >= 50) return 'generalBranch';
  return 'branch';
}
