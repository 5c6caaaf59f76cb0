import { term, type VocabularyEntry } from './vocabulary.ts';

/** Where an organization works: in villages, in urban communities, or inside a unit (机关, enterprise). */
export type OrgKind = 'rural' | 'community' | 'unit';
export const ORG_KINDS: readonly VocabularyEntry<OrgKind>[] = [
  term('rural', '农村', '農村', 'Rural'),
  term('community', '社区', '社區', 'Community'),
  term('unit', '单位', '單位', 'Unit'),
];

export interface PartyOrgTypeEntry extends VocabularyEntry {
  readonly allowedKinds: readonly OrgKind[];
  /** A 党小组 is a subdivision of a branch, not an organization with its own committee. */
  readonly subdivision: boolean;
}

const ANY_KIND: readonly OrgKind[] = ['rural', 'community', 'unit'];
const RURAL_OR_COMMUNITY: readonly OrgKind[] = ['rural', 'community'];
const orgType = <E extends VocabularyEntry>(
  entry: E,
  allowedKinds: readonly OrgKind[],
  subdivision = false,
) => ({ ...entry, allowedKinds, subdivision });

export const PARTY_ORG_TYPES = [
  orgType(term('committee', '党委', '黨委', 'Party committee'), ANY_KIND),
  orgType(term('generalBranch', '党总支', '黨總支', 'General party branch'), ANY_KIND),
  orgType(term('branch', '党支部', '黨支部', 'Party branch'), ANY_KIND),
  orgType(
    term('unionCommittee', '联合党委', '聯合黨委', 'Joint party committee'),
    RURAL_OR_COMMUNITY,
  ),
  orgType(term('jointVillageBranch', '联村党支部', '聯村黨支部', 'Multi-village party branch'), [
    'rural',
  ]),
  orgType(
    term('functionalBranch', '功能型党支部', '功能型黨支部', 'Functional party branch'),
    RURAL_OR_COMMUNITY,
  ),
  orgType(
    term('residentialBranch', '小区党支部', '小區黨支部', 'Residential-compound party branch'),
    ['community'],
  ),
  orgType(term('agencyBranch', '机关党支部', '機關黨支部', 'Government agency party branch'), [
    'unit',
  ]),
  orgType(term('partyGroup', '党小组', '黨小組', 'Party group'), ANY_KIND, true),
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
