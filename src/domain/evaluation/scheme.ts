import type { Role } from '../access/roles.ts';
import type { RegionLevel } from '../region/regionCode.ts';

/** What a scheme rates (DESIGN.md §3 Evaluations). */
export const SUBJECT_TYPES = ['party_org', 'household', 'person', 'station', 'village'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const COMPARISONS = ['>=', '>', '<=', '<', '=='] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** A rule over a metric of the registry (metrics.ts): "collective income ≥ 10 万元". */
export interface MetricCriterion {
  kind: 'metric';
  id: string;
  label: string;
  metric: string;
  comparison: Comparison;
  threshold: number;
}

/** A checklist item the subject answers, with optional (or required) evidence. */
export interface ChecklistCriterion {
  kind: 'checklist';
  id: string;
  label: string;
  evidence: 'none' | 'optional' | 'required';
}

export type Criterion = MetricCriterion | ChecklistCriterion;

export interface StarDefinition {
  key: string;
  name: string;
  criteria: Criterion[];
}

/** 负面清单 / 一票否决: a veto event removes the stars it names (`all`: every star). */
export interface VetoDefinition {
  key: string;
  label: string;
  removes: string[] | 'all';
}

/**
 * Level = stars held; with `requiredStar`, a subject without that star stays below
 * `requiredFromLevel` (安阳: no 支部过硬星, no three stars).
 */
export interface LevelRule {
  requiredStar?: string;
  requiredFromLevel?: number;
}

/**
 * One workflow step: the role that acts and the region level its grant must sit at (the
 * township reviews its villages, the county its townships, the city decides five stars).
 * `fromLevel`: the step only applies when the claimed level reaches it.
 */
export interface WorkflowStep {
  key: string;
  name: string;
  role: Role;
  level: RegionLevel;
  fromLevel?: number;
}

export type SchemePeriod = 'year' | 'half' | 'quarter' | 'term';

export interface SchemeDefinition {
  key: string;
  name: string;
  subjectType: SubjectType;
  /** For party orgs: rural or community branches only. */
  orgKind?: 'rural' | 'community';
  period: SchemePeriod;
  /** Who claims (认星): the role acting for the subject. */
  claimRole: Role;
  stars: StarDefinition[];
  levelRule: LevelRule;
  steps: WorkflowStep[];
  noticeDays: number;
  /** At most this many subjects of a round go to the notice with each star (十大: ten each). */
  starQuota?: number;
  vetoes: VetoDefinition[];
  /** Targets shipped with the preset, per region kind (安阳 plan). */
  defaultTargets?: TargetDefinition[];
}

/** A target for a region and period: share of ≥ `minLevel` subjects, or a count at a level. */
export interface TargetDefinition {
  label: string;
  measure: 'shareAtLeast' | 'countAtLeast';
  level: number;
  value: number;
}

/** The steps that apply to a claim of `level` stars. */
export function stepsFor(scheme: Pick<SchemeDefinition, 'steps'>, claimedLevel: number): WorkflowStep[] {
  return scheme.steps.filter((s) => s.fromLevel === undefined || claimedLevel >= s.fromLevel);
}

/** Structural problems of a scheme a county admin edits; empty when it can be saved. */
export function schemeProblems(scheme: SchemeDefinition): string[] {
  const problems: string[] = [];
  const starKeys = new Set<string>();
  for (const star of scheme.stars) {
    if (starKeys.has(star.key)) problems.push(`stars: duplicate key ${star.key}`);
    starKeys.add(star.key);
    // A star without criteria would be met by anyone who claims it.
    if (star.criteria.length === 0) problems.push(`stars.${star.key}: at least one criterion`);
    const ids = new Set<string>();
    for (const c of star.criteria) {
      if (ids.has(c.id)) problems.push(`stars.${star.key}: duplicate criterion ${c.id}`);
      ids.add(c.id);
    }
  }
  if (scheme.stars.length === 0) problems.push('stars: at least one star');
  if (scheme.steps.length === 0) problems.push('steps: at least one step');
  const stepKeys = new Set(scheme.steps.map((s) => s.key));
  if (stepKeys.size !== scheme.steps.length) problems.push('steps: duplicate key');
  const { requiredStar, requiredFromLevel } = scheme.levelRule;
  if (requiredStar !== undefined && !starKeys.has(requiredStar)) problems.push(`levelRule.requiredStar: no star ${requiredStar}`);
  if (requiredStar !== undefined && (requiredFromLevel === undefined || requiredFromLevel < 1 || requiredFromLevel > scheme.stars.length)) problems.push('levelRule.requiredFromLevel: 1…number of stars');
  for (const veto of scheme.vetoes) {
    if (veto.removes !== 'all') for (const k of veto.removes) if (!starKeys.has(k)) problems.push(`vetoes.${veto.key}: no star ${k}`);
  }
  return problems;
}

/** A key not yet used among `taken`: `prefix1`, `prefix2`, … */
export function freshKey(prefix: string, taken: readonly string[]): string {
  for (let i = 1; ; i++) if (!taken.includes(`${prefix}${i}`)) return `${prefix}${i}`;
}

/** The scheme without a star: its vetoes and level rule stop naming it (a veto left naming nothing goes). */
export function withoutStar<S extends Pick<SchemeDefinition, 'stars' | 'vetoes' | 'levelRule'>>(scheme: S, key: string): S {
  const vetoes = scheme.vetoes.flatMap((v) => {
    if (v.removes === 'all') return [v];
    const removes = v.removes.filter((k) => k !== key);
    return removes.length > 0 ? [{ ...v, removes }] : [];
  });
  const levelRule = scheme.levelRule.requiredStar === key ? {} : scheme.levelRule;
  return { ...scheme, stars: scheme.stars.filter((s) => s.key !== key), vetoes, levelRule };
}
