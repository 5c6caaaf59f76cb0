// Plain rows of the directory, as the generator emits them and the Excel exchange reads them.
// Regions are referred to by their 12-digit code (scope checks are prefix checks on it); other
// rows by UUID.
import type { RegionLevel } from '../region/regionCode.ts';
import type { GridKind } from './gridKinds.ts';
import type { Gender } from './idNumber.ts';
import type { Industry } from './industries.ts';
import type { MembershipKind } from './membershipKinds.ts';
import type { OrgKind, PartyOrgType } from './orgTypes.ts';
import type { EducationLevel, HouseholdRelation } from './personAttributes.ts';
import type { PositionCode, PositionDetails } from './positions.ts';
import type { HouseholdTag, PersonTag } from './tags.ts';
import type { CapabilityTag, UnitKind } from './unitKinds.ts';

/** 城乡分类代码: 111 主城区 … 220 村庄. */
export type UrbanRuralClass = '111' | '112' | '121' | '122' | '123' | '210' | '220';

export interface RegionRecord {
  code: string;
  level: RegionLevel;
  name: string;
  parentCode: string | null;
  urbanRuralClass: UrbanRuralClass | null;
  lat: number;
  lng: number;
  population: number;
  households: number;
}

/** What planners and dashboards know about a village beyond its region row. */
export interface VillageProfileRecord {
  regionCode: string;
  industries: Industry[];
  /** 0 (weak, 软弱涣散 risk) … 1 (strong): drives 强村带弱 in the union planner. */
  strength: number;
  /** The 振兴村-like model village with street service stations. */
  isModel: boolean;
}

export interface GridRecord {
  id: string;
  regionCode: string;
  kind: GridKind;
  name: string;
  /** 1-based order within the village, for display ("第3村民小组"). */
  seq: number;
}

export interface PartyOrgRecord {
  id: string;
  name: string;
  type: PartyOrgType;
  kind: OrgKind;
  parentId: string | null;
  regionCode: string;
  /** Set for 机关党支部 and enterprise orgs. */
  unitId: string | null;
}

export interface UnitRecord {
  id: string;
  name: string;
  kind: UnitKind;
  /** The county (or village, for a village enterprise) the unit sits in. */
  regionCode: string;
  capabilities: CapabilityTag[];
  partyOrgId: string | null;
}

export interface PersonRecord {
  id: string;
  name: string;
  gender: Gender;
  birthDate: string;
  idNumber: string;
  phone: string | null;
  education: EducationLevel;
  tags: PersonTag[];
  /** Village/community of residence, or the township/county for officials and unit staff. */
  regionCode: string;
  householdId: string | null;
  relationToHead: HouseholdRelation | null;
  /** Staff of a county unit (their employer), else null. */
  unitId: string | null;
}

export interface HouseholdRecord {
  id: string;
  regionCode: string;
  gridId: string | null;
  headId: string;
  memberCount: number;
  tags: HouseholdTag[];
}

export interface MembershipRecord {
  personId: string;
  orgId: string;
  /** The 党小组 the member belongs to, if the branch has groups. */
  groupId: string | null;
  kind: MembershipKind;
  joinDate: string;
}

export interface PositionRecord extends PositionDetails {
  id: string;
  personId: string;
  code: PositionCode;
  regionCode: string;
  orgId: string | null;
  gridId: string | null;
  unitId: string | null;
  startDate: string;
  /** Null while held; history is kept by ending a row, not deleting it. */
  endDate: string | null;
}
