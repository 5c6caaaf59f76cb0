// Shapes of the directory API (src/server/modules/{persons,households,orgs,units,responsibility}/schema.ts
// are the source of truth). ID numbers and phones arrive masked unless revealed.

export interface PersonItem {
  id: string;
  name: string;
  gender: string;
  age: number;
  minor: boolean;
  regionCode: string;
  regionName: string | null;
  idNumber: string;
  phone: string | null;
  tags: string[];
  householdId: string | null;
  relationToHead: string | null;
  partyMember: boolean;
}

export interface PersonPosition {
  id: string;
  code: string;
  regionCode: string;
  orgId: string | null;
  startDate: string;
  endDate: string | null;
}

export interface PersonDetail extends PersonItem {
  /** A minor's birth date is masked (`2015-**-**`). */
  birthDate: string;
  education: string | null;
  idLegacy: boolean;
  membership: { orgId: string; orgName: string | null; kind: string; joinDate: string } | null;
  positions: PersonPosition[];
}

export interface NewPerson {
  name: string;
  idNumber: string;
  phone?: string;
  regionCode: string;
  education?: string;
  tags: string[];
}

export interface PersonPatch {
  name?: string;
  phone?: string | null;
  education?: string | null;
  tags?: string[];
}

export interface HouseholdItem {
  id: string;
  regionCode: string;
  regionName: string | null;
  gridId: string | null;
  gridName: string | null;
  head: { id: string; name: string };
  memberCount: number;
  tags: string[];
}

export interface ChainLink {
  level: number;
  personId: string;
  name: string | null;
  targetKind: string;
  targetId: string;
}

export interface HouseholdDetail extends HouseholdItem {
  members: PersonItem[];
  /** 谁为我们负责: from the contact member (L4) up to L1. */
  responsibleChain: { complete: boolean; links: ChainLink[] };
  contactPairs: { id: string; unitMemberName: string | null; ruralMemberName: string | null }[];
}

export interface OrgItem {
  id: string;
  name: string;
  type: string;
  kind: string;
  regionCode: string;
  regionName: string | null;
  parentId: string | null;
  childCount: number;
  memberCount: number;
}

export interface UnitItem {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  capabilities: string[];
  staffCount: number;
}

export interface CoverageReport {
  asOf: string;
  region: string;
  maxHouseholdsPerMember: number;
  totals: { households: number; villages: number; streets: number };
  householdsWithoutContact: { id: string; headName: string | null; regionCode: string }[];
  overloadedMembers: { personId: string; name: string | null; households: number }[];
  villagesWithoutSecretary: { code: string; name: string }[];
  streetsWithoutStationCadre: { id: string; name: string; regionCode: string }[];
}

export interface MyHouseholds {
  person: { id: string; name: string } | null;
  /** 我联系的户 */
  contactHouseholds: HouseholdItem[];
  /** 我家 */
  ownHousehold: HouseholdDetail | null;
}

export interface ImportProblem {
  row: number;
  zh: string;
  en: string;
}

export interface ImportResult {
  rows: number;
  failedRows: number;
  counts: { created: number; updated: number; unchanged: number } | null;
  problems: ImportProblem[];
}

export interface Job {
  id: string;
  status: 'running' | 'succeeded' | 'failed';
  progress: number;
  message: string | null;
  result: unknown;
  artifact: { name: string; url: string } | null;
}
