import type { UnionPlan, UnionViolation, UnionViolationCode } from '../../api/planningTypes.ts';
import type { MessageKey } from '../../i18n/types.ts';
import type { Translate } from '../../i18n/useI18n.ts';

/** The planner's English reasons (assemblePlan, villages.ts) in the user's language. */
export function reasonText(t: Translate, reason: string): string {
  if (reason === 'not eligible') return t('planning.reason.ineligible');
  const tooLarge = /^population (\d+(?:\.\d+)?) alone exceeds the maximum (\d+(?:\.\d+)?)/.exec(
    reason,
  );
  if (tooLarge)
    return t('planning.reason.tooLarge', { population: tooLarge[1] ?? '', max: tooLarge[2] ?? '' });
  if (reason.startsWith('no feasible partner')) return t('planning.reason.noFeasible');
  if (reason.startsWith('its feasible partners')) return t('planning.reason.taken');
  if (reason === 'no position or population') return t('planning.reason.noPosition');
  return reason;
}

/** How good the plan is: proven optimal, or at most x% above the lower bound. */
export function boundText(t: Translate, plan: UnionPlan): string {
  if (plan.bound.kind === 'optimal') return t('planning.boundOptimal');
  const gap = plan.cost > 0 ? Math.max(0, ((plan.cost - plan.bound.cost) / plan.cost) * 100) : 0;
  return t('planning.boundGap', { gap: (Math.ceil(gap * 10) / 10).toString() });
}

const VIOLATION_KEYS: Record<UnionViolationCode, MessageKey> = {
  unknownLead: 'planning.violation.unknownLead',
  leadNotFirst: 'planning.violation.leadNotFirst',
  size: 'planning.violation.size',
  unknownVillage: 'planning.violation.unknownVillage',
  ineligible: 'planning.violation.ineligible',
  twoUnions: 'planning.violation.twoUnions',
  township: 'planning.violation.township',
  distance: 'planning.violation.distance',
  population: 'planning.violation.population',
  populationReported: 'planning.violation.populationReported',
  costReported: 'planning.violation.costReported',
  unplaced: 'planning.violation.unplaced',
  placedAndUnassigned: 'planning.violation.placedAndUnassigned',
  coverageReported: 'planning.violation.coverageReported',
  totalCostReported: 'planning.violation.totalCostReported',
  boundAboveCost: 'planning.violation.boundAboveCost',
  boundNotOptimal: 'planning.violation.boundNotOptimal',
};

/**
 * A broken rule as a sentence in the user's language, from the checker's structured fields (code,
 * villages, limits, value found); villages are named by `nameOf`.
 */
export function violationText(
  t: Translate,
  violation: UnionViolation,
  nameOf: (code: string) => string,
  locale: string,
): string {
  const number = (x: number | undefined) =>
    x === undefined ? '' : x.toLocaleString(locale, { maximumFractionDigits: 2 });
  return t(VIOLATION_KEYS[violation.code], {
    village: (violation.villages ?? []).map(nameOf).join('、'),
    min: number(violation.min),
    max: number(violation.max),
    actual: number(violation.actual),
    reported: number(violation.reported),
  });
}

/** A stable React key for a violation. */
export function violationKey(violation: UnionViolation): string {
  return [violation.code, violation.unionIndex ?? '', ...(violation.villages ?? [])].join('|');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
