import { eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/policy.ts';
import { twoInnerJoins } from '../../db/joinedSelect.ts';
import { evaluationRounds, evaluations, evaluationSchemes } from '../../db/schema/index.ts';
import { scoped } from '../../platform/scope.ts';

/** Evaluations with their round and scheme: the join most reads of results start from. */
export const fromEvaluations = twoInnerJoins(
  evaluations,
  evaluationRounds,
  eq(evaluationRounds.id, evaluations.roundId),
  evaluationSchemes,
  eq(evaluationSchemes.id, evaluationRounds.schemeId),
);

/** Evaluations of regions in the actor's `evaluation.read` scope that meet the conditions. */
export function readableEvaluations(actor: Actor, ...conditions: (SQL | undefined)[]): SQL {
  return scoped(actor, 'evaluation.read', evaluations.regionCode, ...conditions);
}
