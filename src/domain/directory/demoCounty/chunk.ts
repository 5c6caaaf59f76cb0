import type {
  GridRecord,
  HouseholdRecord,
  MembershipRecord,
  PartyOrgRecord,
  PersonRecord,
  PositionRecord,
  RegionRecord,
  UnitRecord,
  VillageProfileRecord,
} from '../records.ts';
import type { ContactPair, ResponsibilityEdge } from '../responsibility.ts';
import type { CoverageReport } from '../responsibilityCoverage.ts';

/** Rows of the directory in insertion order: parents (regions, orgs, units) before children. */
export interface DirectoryRows {
  regions: RegionRecord[];
  villageProfiles: VillageProfileRecord[];
  grids: GridRecord[];
  orgs: PartyOrgRecord[];
  units: UnitRecord[];
  persons: PersonRecord[];
  households: HouseholdRecord[];
  memberships: MembershipRecord[];
  positions: PositionRecord[];
  responsibilityEdges: ResponsibilityEdge[];
  contactPairs: ContactPair[];
}

/** The gaps the generator planted on purpose; `coverageReport` must find exactly these. */
export type PlantedGaps = CoverageReport;

export interface DemoCountyChunk extends DirectoryRows {
  /** `regions`: province and cities; `county`: a county's frame; `village`: one village. */
  kind: 'regions' | 'county' | 'village';
  /** The region the chunk is about (province, county or village code). */
  regionCode: string;
  plantedGaps: PlantedGaps;
}

export interface DemoDirectory extends DirectoryRows {
  plantedGaps: PlantedGaps;
}

export function emptyRows(): DirectoryRows {
  return {
    regions: [],
    villageProfiles: [],
    grids: [],
    orgs: [],
    units: [],
    persons: [],
    households: [],
    memberships: [],
    positions: [],
    responsibilityEdges: [],
    contactPairs: [],
  };
}

export function emptyGaps(): PlantedGaps {
  return {
    householdsWithoutContact: [],
    overloadedMembers: [],
    villagesWithoutSecretary: [],
    streetsWithoutStationCadre: [],
  };
}
