// The coverage report of the responsibility tree: the gaps a township must close.
import { isHeldOn } from './positions.ts';
import type { GridRecord, PositionRecord, RegionRecord } from './records.ts';
import type { ContactPair, ResponsibilityEdge } from './responsibility.ts';

export interface CoverageInput {
  /** The day positions are checked on (a secretary whose term ended yesterday is a gap today). */
  asOf: string;
  /** Village and community region codes. */
  villageCodes: readonly string[];
  households: readonly { id: string }[];
  /** Grids of kind `street` (街道服务站). */
  streets: readonly { id: string }[];
  positions: readonly Pick<
    PositionRecord,
    'code' | 'regionCode' | 'gridId' | 'startDate' | 'endDate'
  >[];
  edges: readonly ResponsibilityEdge[];
  pairs?: readonly ContactPair[];
}

export interface CoverageOptions {
  /** Households one member can contact in person; above it the member is reported. */
  maxHouseholdsPerMember?: number;
}

export interface OverloadedMember {
  personId: string;
  households: number;
}

/** Every list is sorted so two reports compare equal when they name the same gaps. */
export interface CoverageReport {
  householdsWithoutContact: string[];
  overloadedMembers: OverloadedMember[];
  villagesWithoutSecretary: string[];
  streetsWithoutStationCadre: string[];
}

export const DEFAULT_MAX_HOUSEHOLDS_PER_MEMBER = 15;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Gaps in the tree. A household counts as contacted when an L4 edge or a 1+1+N pair names it;
 * a member's load counts distinct L4 households only (pair work is shared with the unit member).
 */
export function coverageReport(
  input: CoverageInput,
  options: CoverageOptions = {},
): CoverageReport {
  const max = options.maxHouseholdsPerMember ?? DEFAULT_MAX_HOUSEHOLDS_PER_MEMBER;
  const contacted = new Set<string>();
  const load = new Map<string, Set<string>>();
  for (const e of input.edges) {
    if (e.level !== 4) continue;
    contacted.add(e.targetId);
    const set = load.get(e.responsibleId) ?? new Set<string>();
    set.add(e.targetId);
    load.set(e.responsibleId, set);
  }
  for (const pair of input.pairs ?? []) for (const h of pair.householdIds) contacted.add(h);

  const withSecretary = new Set<string>();
  const staffedStreets = new Set<string>();
  for (const p of input.positions) {
    if (!isHeldOn(p, input.asOf)) continue;
    if (p.code === 'secretary') withSecretary.add(p.regionCode);
    if (p.code === 'stationCadre' && p.gridId !== null) staffedStreets.add(p.gridId);
  }

  return {
    householdsWithoutContact: input.households
      .map((h) => h.id)
      .filter((id) => !contacted.has(id))
      .sort(byString),
    overloadedMembers: [...load]
      .filter(([, households]) => households.size > max)
      .map(([personId, households]) => ({ personId, households: households.size }))
      .sort((a, b) => byString(a.personId, b.personId)),
    villagesWithoutSecretary: input.villageCodes
      .filter((c) => !withSecretary.has(c))
      .sort(byString),
    streetsWithoutStationCadre: input.streets
      .map((s) => s.id)
      .filter((id) => !staffedStreets.has(id))
      .sort(byString),
  };
}

/** The report's input from directory rows (as the generator or an import produces them). */
export function coverageInputFromRows(
  rows: {
    regions: readonly Pick<RegionRecord, 'code' | 'level'>[];
    households: readonly { id: string }[];
    grids: readonly Pick<GridRecord, 'id' | 'kind'>[];
    positions: CoverageInput['positions'];
    responsibilityEdges: readonly ResponsibilityEdge[];
    contactPairs: readonly ContactPair[];
  },
  asOf: string,
): CoverageInput {
  return {
    asOf,
    villageCodes: rows.regions.filter((r) => r.level === 'village').map((r) => r.code),
    households: rows.households,
    streets: rows.grids.filter((g) => g.kind === 'street'),
    positions: rows.positions,
    edges: rows.responsibilityEdges,
    pairs: rows.contactPairs,
  };
}
