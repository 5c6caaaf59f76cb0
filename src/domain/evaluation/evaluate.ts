import type { Comparison, Criterion, SchemeDefinition } from './scheme.ts';

/** Why a criterion holds or not: shown to reviewers and frozen with the decision. */
export type Reason =
  | {
      criterion: string;
      kind: 'metric';
      metric: string;
      value: number | null;
      comparison: Comparison;
      threshold: number;
      met: boolean;
    }
  | {
      criterion: string;
      kind: 'checklist';
      answered: boolean;
      evidenceMissing: boolean;
      met: boolean;
    }
  | { kind: 'veto'; veto: string; met: false };

export interface StarOutcome {
  key: string;
  met: boolean;
  reasons: Reason[];
}

export interface EvaluationInput {
  /** Metric values by key; a missing or null value never satisfies a rule. */
  metrics: Readonly<Record<string, number | null | undefined>>;
  /** Checklist answers by criterion id, with whether evidence is attached. */
  answers: Readonly<Record<string, { done: boolean; evidence?: boolean } | undefined>>;
  /** Keys of the scheme's vetoes hit in the period. */
  vetoes: readonly string[];
}

export interface EvaluationResult {
  stars: StarOutcome[];
  starsMet: string[];
  level: number;
}

export function compare(value: number, comparison: Comparison, threshold: number): boolean {
  switch (comparison) {
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
    case '==':
      return value === threshold;
  }
}

function criterionReason(c: Criterion, input: EvaluationInput): Reason {
  if (c.kind === 'metric') {
    const raw = input.metrics[c.metric];
    const value = raw === undefined || raw === null || !Number.isFinite(raw) ? null : raw;
    return {
      criterion: c.id,
      kind: 'metric',
      metric: c.metric,
      value,
      comparison: c.comparison,
      threshold: c.threshold,
      met: value !== null && compare(value, c.comparison, c.threshold),
    };
  }
  const answer = input.answers[c.id];
  const answered = answer?.done === true;
  const evidenceMissing = c.evidence === 'required' && answer?.evidence !== true;
  return {
    criterion: c.id,
    kind: 'checklist',
    answered,
    evidenceMissing,
    met: answered && !evidenceMissing,
  };
}

/** The stars a veto key removes in this scheme. */
export function starsRemovedBy(
  scheme: Pick<SchemeDefinition, 'stars' | 'vetoes'>,
  vetoKey: string,
): string[] {
  const veto = scheme.vetoes.find((v) => v.key === vetoKey);
  if (!veto) return [];
  return veto.removes === 'all' ? scheme.stars.map((s) => s.key) : [...veto.removes];
}

/**
 * Level for a set of held stars: the count, capped below `requiredFromLevel` when the required
 * star is missing. Never more than the stars held.
 */
export function levelOf(
  scheme: Pick<SchemeDefinition, 'levelRule' | 'stars'>,
  held: readonly string[],
): number {
  const known = new Set(scheme.stars.map((s) => s.key));
  const count = new Set(held.filter((k) => known.has(k))).size;
  const { requiredStar, requiredFromLevel } = scheme.levelRule;
  if (requiredStar !== undefined && requiredFromLevel !== undefined && !held.includes(requiredStar))
    return Math.min(count, requiredFromLevel - 1);
  return count;
}

/**
 * The pure evaluator: which stars a subject meets given metric values, checklist answers and veto
 * events, the resulting level, and the reasons per criterion.
 */
export function evaluateSubject(
  scheme: Pick<SchemeDefinition, 'stars' | 'vetoes' | 'levelRule'>,
  input: EvaluationInput,
): EvaluationResult {
  const vetoed = new Map<string, string[]>();
  for (const key of input.vetoes)
    for (const star of starsRemovedBy(scheme, key))
      vetoed.set(star, [...(vetoed.get(star) ?? []), key]);
  const stars = scheme.stars.map((star): StarOutcome => {
    const reasons = star.criteria.map((c) => criterionReason(c, input));
    const hits = vetoed.get(star.key) ?? [];
    for (const veto of hits) reasons.push({ kind: 'veto', veto, met: false });
    return { key: star.key, met: hits.length === 0 && reasons.every((r) => r.met), reasons };
  });
  const starsMet = stars.filter((s) => s.met).map((s) => s.key);
  return { stars, starsMet, level: levelOf(scheme, starsMet) };
}
