import { ROLE_PERMISSIONS, type Role } from '../access/roles.ts';
import type { RegionLevel } from '../region/regionCode.ts';
import { metricByKey } from './metrics.ts';
import type { SchemeDefinition, SchemePeriod, SubjectType, WorkflowStep } from './scheme.ts';

/** Subjects that sit in a village, so a first secretary's village can be judged by them. */
const VILLAGE_SUBJECTS: readonly SubjectType[] = ['party_org', 'village'];

function starProblems(scheme: SchemeDefinition, problems: string[]): Set<string> {
  const starKeys = new Set<string>();
  scheme.stars.forEach((star, i) => {
    if (starKeys.has(star.key)) problems.push(`stars: duplicate key ${star.key}`);
    starKeys.add(star.key);
    // A star without criteria would be met by anyone who claims it.
    if (star.criteria.length === 0) problems.push(`stars.${star.key}: at least one criterion`);
    const ids = new Set<string>();
    star.criteria.forEach((c, j) => {
      if (ids.has(c.id)) problems.push(`stars.${star.key}: duplicate criterion ${c.id}`);
      ids.add(c.id);
      if (c.kind === 'metric' && !metricByKey(c.metric))
        problems.push(`stars.${i}.criteria.${j}.metric: no metric ${c.metric} in the registry`);
    });
  });
  if (scheme.stars.length === 0) problems.push('stars: at least one star');
  return starKeys;
}

/** A step's role must be one that reviews (evaluation.review), else the round would stall there. */
function stepProblems(scheme: SchemeDefinition, problems: string[]): void {
  if (scheme.steps.length === 0) problems.push('steps: at least one step');
  const stepKeys = new Set(scheme.steps.map((s) => s.key));
  if (stepKeys.size !== scheme.steps.length) problems.push('steps: duplicate key');
  scheme.steps.forEach((step, i) => {
    if (!ROLE_PERMISSIONS[step.role].includes('evaluation.review'))
      problems.push(`steps.${i}.role: the role ${step.role} does not review evaluations`);
    if (
      step.fromLevel !== undefined &&
      (step.fromLevel < 1 || step.fromLevel > scheme.stars.length)
    )
      problems.push(`steps.${i}.fromLevel: 1…number of stars`);
  });
  // Every claim needs a step that decides it, whatever its level.
  if (scheme.steps.length > 0 && scheme.steps.every((s) => s.fromLevel !== undefined))
    problems.push('steps: at least one step for every level (without fromLevel)');
  if (!ROLE_PERMISSIONS[scheme.claimRole].includes('evaluation.claim'))
    problems.push(`claimRole: the role ${scheme.claimRole} does not claim stars`);
}

/** Structural problems of a scheme a county admin edits, each `field: message`; empty when it can be saved. */
export function schemeProblems(scheme: SchemeDefinition): string[] {
  const problems: string[] = [];
  const starKeys = starProblems(scheme, problems);
  stepProblems(scheme, problems);
  const { requiredStar, requiredFromLevel } = scheme.levelRule;
  if (requiredStar !== undefined && !starKeys.has(requiredStar))
    problems.push(`levelRule.requiredStar: no star ${requiredStar}`);
  if (
    requiredStar !== undefined &&
    (requiredFromLevel === undefined ||
      requiredFromLevel < 1 ||
      requiredFromLevel > scheme.stars.length)
  )
    problems.push('levelRule.requiredFromLevel: 1…number of stars');
  const vetoKeys = new Set<string>();
  for (const veto of scheme.vetoes) {
    if (vetoKeys.has(veto.key)) problems.push(`vetoes: duplicate key ${veto.key}`);
    vetoKeys.add(veto.key);
    if (veto.removes !== 'all')
      for (const k of veto.removes)
        if (!starKeys.has(k)) problems.push(`vetoes.${veto.key}: no star ${k}`);
  }
  const target = scheme.firstSecretaryTarget;
  if (target !== undefined && target !== null) {
    if (!VILLAGE_SUBJECTS.includes(scheme.subjectType))
      problems.push(
        'firstSecretaryTarget: only for schemes rating villages or their party organizations',
      );
    else if (target < 1 || target > scheme.stars.length)
      problems.push('firstSecretaryTarget: 1…number of stars');
  }
  return problems;
}

/** Who claims and who reviews first in a scheme started from scratch, by what it rates. */
const FIRST_STEP: Record<SubjectType, { claimRole: Role; role: Role; level: RegionLevel }> = {
  party_org: { claimRole: 'village_cadre', role: 'township_admin', level: 'township' },
  village: { claimRole: 'village_cadre', role: 'township_admin', level: 'township' },
  station: { claimRole: 'village_cadre', role: 'village_cadre', level: 'village' },
  household: { claimRole: 'villager', role: 'village_cadre', level: 'village' },
  person: { claimRole: 'village_cadre', role: 'village_cadre', level: 'village' },
  compound: { claimRole: 'village_cadre', role: 'township_admin', level: 'township' },
};

/**
 * A new scheme from scratch: one star with one checklist item and one review step (the smallest
 * scheme the server accepts); the county admin fills in the rest in the editor.
 */
export function blankScheme(
  input: { key: string; name: string; subjectType: SubjectType; period: SchemePeriod },
  labels: { star: string; item: string; step: string },
): SchemeDefinition {
  const first = FIRST_STEP[input.subjectType];
  const step: WorkflowStep = {
    key: 'step1',
    name: labels.step,
    role: first.role,
    level: first.level,
  };
  return {
    key: input.key,
    name: input.name,
    subjectType: input.subjectType,
    period: input.period,
    claimRole: first.claimRole,
    stars: [
      {
        key: 'star1',
        name: labels.star,
        criteria: [{ kind: 'checklist', id: 'item1', label: labels.item, evidence: 'optional' }],
      },
    ],
    levelRule: {},
    steps: [step],
    noticeDays: 5,
    vetoes: [],
    firstSecretaryTarget: null,
  };
}
