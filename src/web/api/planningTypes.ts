// Shapes of the union-planning API (src/server/modules/planning/schema.ts and
// src/domain/planning/unions/types.ts are the source of truth).
import type { UnionPlan, UnionRules } from '../../domain/planning/unions/types.ts';

export type { ProposedUnion, UnionPlan, UnionRules } from '../../domain/planning/unions/types.ts';
export { DEFAULT_UNION_RULES } from '../../domain/planning/unions/types.ts';

export interface PlanningVillage {
  code: string;
  name: string;
  lat: number;
  lng: number;
  population: number;
  industry: string;
  strength: number;
  township: string;
}

export interface UnionPlanResult {
  plan: UnionPlan;
  villages: PlanningVillage[];
  skipped: { code: string; name: string; reason: string }[];
  rules: UnionRules;
}

export interface UnionDraft {
  lead: string;
  members: string[];
}

/** A broken union rule as the server's checker reports it (src/domain/planning/unions/checkUnionPlan.ts). */
export interface UnionViolation {
  code: UnionViolationCode;
  unionIndex?: number;
  /** the union's lead village */
  union?: string;
  villages?: string[];
  min?: number;
  max?: number;
  actual?: number;
  reported?: number;
}

export type UnionViolationCode =
  | 'unknownLead'
  | 'leadNotFirst'
  | 'size'
  | 'unknownVillage'
  | 'ineligible'
  | 'twoUnions'
  | 'township'
  | 'distance'
  | 'population'
  | 'populationReported'
  | 'costReported'
  | 'unplaced'
  | 'placedAndUnassigned'
  | 'coverageReported'
  | 'totalCostReported'
  | 'boundAboveCost'
  | 'boundNotOptimal';

export interface UnionCheck {
  violations: UnionViolation[];
  unions: { lead: string; members: string[]; population: number; cost: number }[];
  cost: number;
}

export interface AdoptedUnion {
  id: string;
  name: string;
  lead: string;
  members: string[];
}
