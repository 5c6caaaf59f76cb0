import type { ChecklistCriterion, Comparison, MetricCriterion, StarDefinition } from '../scheme.ts';

// Small builders so each preset reads like the seed text it comes from.
export const item = (
  id: string,
  label: string,
  evidence: ChecklistCriterion['evidence'] = 'optional',
): ChecklistCriterion => ({ kind: 'checklist', id, label, evidence });
export const rule = (
  id: string,
  label: string,
  metric: string,
  comparison: Comparison,
  threshold: number,
): MetricCriterion => ({ kind: 'metric', id, label, metric, comparison, threshold });
/** A star that is one checklist item of the same name (五有, 八有, the station's five items). */
export const itemStar = (
  key: string,
  name: string,
  evidence: ChecklistCriterion['evidence'] = 'optional',
): StarDefinition => ({ key, name, criteria: [item(key, name, evidence)] });
