import type { Actor } from '../access/policy.ts';
import { isWithinScope, parseRegionCode } from '../region/regionCode.ts';
import { levelOf } from './evaluate.ts';
import { stepsFor, type SchemeDefinition, type WorkflowStep } from './scheme.ts';

export type Stage = 'claiming' | 'review' | 'notice' | 'awarded';

/**
 * May the actor act at this step for a subject in `subjectRegion`? They need the step's role on a
 * grant at the step's region level that covers the subject (the township of the village, the
 * county, the city).
 */
export function mayActAtStep(
  actor: Actor,
  step: Pick<WorkflowStep, 'role' | 'level'>,
  subjectRegion: string,
): boolean {
  return actor.grants.some((g) => {
    if (g.role !== step.role || !isWithinScope(subjectRegion, g.regionCode)) return false;
    const parsed = parseRegionCode(g.regionCode);
    return parsed.ok && parsed.info.level === step.level;
  });
}

/** The step the evaluation waits for, or null when none applies any more. */
export function currentStep(
  scheme: Pick<SchemeDefinition, 'steps' | 'levelRule' | 'stars'>,
  granted: readonly string[],
  stepIndex: number,
): WorkflowStep | null {
  return stepsFor(scheme, levelOf(scheme, granted))[stepIndex] ?? null;
}

export interface DecisionOutcome {
  stage: Stage;
  stepIndex: number;
  granted: string[];
  level: number;
}

/**
 * After a step approves `granted` (a subset of what stood before): on to the next applicable
 * step, or to the public notice when none is left. A lower level can drop a later step (a claim
 * cut from five to four stars no longer goes to the city).
 */
export function afterApproval(
  scheme: Pick<SchemeDefinition, 'steps' | 'levelRule' | 'stars'>,
  granted: string[],
  stepIndex: number,
): DecisionOutcome {
  const level = levelOf(scheme, granted);
  const next = stepIndex + 1;
  if (next < stepsFor(scheme, level).length)
    return { stage: 'review', stepIndex: next, granted, level };
  return { stage: 'notice', stepIndex: next, granted, level };
}

/** The role that decides removals (摘星) and awards: the scheme's last unconditional step. */
export function finalStep(scheme: Pick<SchemeDefinition, 'steps'>): WorkflowStep {
  const unconditional = scheme.steps.filter((s) => s.fromLevel === undefined);
  const step = unconditional.at(-1) ?? scheme.steps.at(-1);
  if (!step) throw new Error('a scheme has at least one step');
  return step;
}
