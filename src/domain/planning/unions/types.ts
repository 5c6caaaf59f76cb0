import type { PlanningVillage } from '../village.ts';

/**
 * A village as the union planner takes it: whether it may join a union, and its priority. Its
 * strength (0–1) counts against `strongThreshold`: at least one member at or above it avoids the
 * weak-only penalty.
 */
export interface Village extends PlanningVillage {
  eligible: boolean;
  priority: number;
}

export interface UnionRules {
  minSize: number;
  maxSize: number;
  minPopulation: number;
  maxPopulation: number;
  /** every member within this haversine distance of the lead */
  maxDistanceKm: number;
  sameTownship: boolean;
  strongThreshold: number;
  industryPenalty: number;
  weakOnlyPenalty: number;
}

/** 安丘's rules: 3–5 villages, 1000–2000 people, neighbours, same township. */
export const DEFAULT_UNION_RULES: UnionRules = {
  minSize: 3,
  maxSize: 5,
  minPopulation: 1000,
  maxPopulation: 2000,
  maxDistanceKm: 10,
  sameTownship: true,
  strongThreshold: 0.7,
  industryPenalty: 2,
  weakOnlyPenalty: 5,
};

export interface UnionInput {
  rules: UnionRules;
  villages: Village[];
}

export interface ProposedUnion {
  lead: string;
  /** codes, lead first */
  members: string[];
  population: number;
  cost: number;
}

export interface UnionBound {
  /** "optimal": the plan is a proven lexicographic optimum; "lower": cost can be at best `cost` */
  kind: 'optimal' | 'lower';
  cost: number;
}

export interface UnionPlan {
  unions: ProposedUnion[];
  unassigned: { code: string; reason: string }[];
  /** Σ priority of the villages placed in a union */
  coverage: number;
  cost: number;
  bound: UnionBound;
}
