import type { UnionPlan, UnionViolation } from '../../api/planningTypes.ts';
import type { MessageKey } from '../../i18n/types.ts';
import type { Translate } from '../../i18n/useI18n.ts';

/** The planner's English reasons (assemblePlan, villages.ts) in the user's language. */
export function reasonText(t: Translate, reason: string): string {
  if (reason === 'not eligible') return t('planning.reason.ineligible');
  const tooLarge = /^population (\d+(?:\.\d+)?) alone exceeds the maximum (\d+(?:\.\d+)?)/.exec(reason);
  if (tooLarge) return t('planning.reason.tooLarge', { population: tooLarge[1] ?? '', max: tooLarge[2] ?? '' });
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

const RULE_KEYS: Record<string, MessageKey> = {
  size: 'planning.rule.size',
  population: 'planning.rule.population',
  reach: 'planning.rule.reach',
  twoUnions: 'planning.rule.twoUnions',
  eligible: 'planning.rule.eligible',
  unknownVillage: 'planning.rule.unknownVillage',
  lead: 'planning.rule.lead',
};

export function ruleText(t: Translate, violation: UnionViolation): string {
  return t(RULE_KEYS[violation.rule] ?? 'planning.rule.other');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
