import { eq, type SQL } from 'drizzle-orm';
import type {
  PgSelectBase,
  PgSelectBuilder,
  PgSelectJoin,
  SelectedFields,
} from 'drizzle-orm/pg-core';
import type { Actor } from '../../../domain/access/policy.ts';
import { evaluationRounds, evaluations, evaluationSchemes } from '../../db/schema/index.ts';
import { scoped } from '../../platform/scope.ts';

// Dynamic, so that the second join can be stated on a selection still generic.
type EvaluationsJoined<T extends SelectedFields> = PgSelectJoin<
  PgSelectJoin<
    PgSelectBase<'evaluations', T, 'partial', Record<'evaluations', 'not-null'>, true>,
    true,
    'inner',
    typeof evaluationRounds
  >,
  true,
  'inner',
  typeof evaluationSchemes
>;

/**
 * Evaluations with their round and scheme: the join most reads of results start from. Pass the
 * select (`ctx.db.select({…})` or `selectDistinct`) and go on with `where`, `groupBy`, `orderBy`.
 */
export function fromEvaluations<T extends SelectedFields>(
  select: PgSelectBuilder<T>,
): EvaluationsJoined<T> {
  // Drizzle cannot follow a join on a selection still generic; the type is spelled out above
  // and resolves at each call.
  const builder = select as unknown as PgSelectBuilder<SelectedFields>;
  return builder
    .from(evaluations)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluations.roundId))
    .innerJoin(
      evaluationSchemes,
      eq(evaluationSchemes.id, evaluationRounds.schemeId),
    ) as unknown as EvaluationsJoined<T>;
}

/** Evaluations of regions in the actor's `evaluation.read` scope that meet the conditions. */
export function readableEvaluations(actor: Actor, ...conditions: (SQL | undefined)[]): SQL {
  return scoped(actor, 'evaluation.read', evaluations.regionCode, ...conditions);
}
