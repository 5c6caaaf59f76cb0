import type { Role } from '../access/roles.ts';
import type { RegionLevel } from '../region/regionCode.ts';

/**
 * What a scheme rates (DESIGN.md §3 Evaluations). A `compound` is a 小区 (a residential-compound
 * grid): it stands for the 小区党组织 its 小区书记 leads and for its 小区党群服务站 (五有, 八有).
 */
export const SUBJECT_TYPES = [
  'party_org',
  'household',
  'person',
  'station',
  'village',
  'compound',
] as const;
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
  /**
   * 安阳: a first secretary's village must reach this level within the term; in the last year of
   * the term a village below it is warned about. Null (or absent): no such warning for the scheme.
   */
  firstSecretaryTarget?: number | null;
}

/** A target for a region and period: share of ≥ `minLevel` subjects, or a count at a level. */
export interface TargetDefinition {
  label: string;
  measure: 'shareAtLeast' | 'countAtLeast';
  level: number;
  value: number;
  /**
   * The region level whose plan set this target (the city's absolute counts); absent: a share any
   * region inherits (targets.ts).
   */
  setFor?: RegionLevel;
}

/** The steps that apply to a claim of `level` stars. */
export function stepsFor(
  scheme: Pick<SchemeDefinition, 'steps'>,
  claimedLevel: number,
): WorkflowStep[] {
  return scheme.steps.filter((s) => s.fromLevel === undefined || claimedLevel >= s.fromLevel);
}

/** A key not yet used among `taken`: `prefix1`, `prefix2`, … */
export function freshKey(prefix: string, taken: readonly string[]): string {
  for (let i = 1; ; i++) if (!taken.includes(`${prefix}${i}`)) return `${prefix}${i}`;
}

/**
 * The scheme without a star: its vetoes and level rule stop naming it (a veto left naming nothing
 * goes), a step for more stars than remain goes (no claim could reach it), and the first-secretary
 * target is at most the stars left.
 */
export function withoutStar<
  S extends Pick<
    SchemeDefinition,
    'stars' | 'vetoes' | 'levelRule' | 'steps' | 'firstSecretaryTarget'
  >,
>(scheme: S, key: string): S {
  const vetoes = scheme.vetoes.flatMap((v) => {
    if (v.removes === 'all') return [v];
    const removes = v.removes.filter((k) => k !== key);
    return removes.length > 0 ? [{ ...v, removes }] : [];
  });
  const levelRule = scheme.levelRule.requiredStar === key ? {} : scheme.levelRule;
  const stars = scheme.stars.filter((s) => s.key !== key);
  const steps = scheme.steps.filter(
    (s) => s.fromLevel === undefined || s.fromLevel <= stars.length,
  );
  const target = scheme.firstSecretaryTarget;
  const firstSecretaryTarget =
    target === undefined || target === null ? target : Math.min(target, stars.length);
  return {
    ...scheme,
    stars,
    vetoes,
    levelRule,
    steps,
    ...(firstSecretaryTarget === undefined ? {} : { firstSecretaryTarget }),
  };
}
