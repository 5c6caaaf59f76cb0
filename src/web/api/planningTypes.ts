// Shapes of the union-planning API (src/server/modules/planning/schema.ts and
// src/domain/planning/unions/types.ts are the source of truth).
import type { UnionViolation } from '../../domain/planning/unions/checkUnionPlan.ts';
import type { UnionPlan, UnionRules } from '../../domain/planning/unions/types.ts';
import type { PlanningVillage } from '../../domain/planning/village.ts';

export type { ProposedUnion, UnionPlan, UnionRules } from '../../domain/planning/unions/types.ts';
export { DEFAULT_UNION_RULES } from '../../domain/planning/unions/types.ts';
export type { PlanningVillage } from '../../domain/planning/village.ts';
export type {
  UnionViolation,
  UnionViolationCode,
} from '../../domain/planning/unions/checkUnionPlan.ts';

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
