import { eq, type SQL } from 'drizzle-orm';
import type { PgSelectBuilder, SelectedFields } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../domain/access/policy.ts';
import type { TwoInnerJoins } from '../../db/joinedSelect.ts';
import { evaluationRounds, evaluations, evaluationSchemes } from '../../db/schema/index.ts';
import { scoped } from '../../platform/scope.ts';

/**
 * Evaluations with their round and scheme: the join most reads of results start from. Pass the
 * select (`ctx.db.select({…})` or `selectDistinct`) and go on with `where`, `groupBy`, `orderBy`.
 */
export function fromEvaluations<T extends SelectedFields>(
  select: PgSelectBuilder<T>,
): TwoInnerJoins<'evaluations', T, typeof evaluationRounds, typeof evaluationSchemes> {
  return (select as unknown as PgSelectBuilder<SelectedFields>)
    .from(evaluations)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluations.roundId))
    .innerJoin(evaluationSchemes, eq(evaluationSchemes.id, evaluationRounds.schemeId)) as never;
}

/** Evaluations of regions in the actor's `evaluation.read` scope that meet the conditions. */
export function readableEvaluations(actor: Actor, ...conditions: (SQL | undefined)[]): SQL {
  return scoped(actor, 'evaluation.read', evaluations.regionCode, ...conditions);
}
