import { and, eq, type SQL } from 'drizzle-orm';
import type { Permission } from '../../../domain/access/roles.ts';
import type { SchemeDefinition } from '../../../domain/evaluation/scheme.ts';
import {
  accounts,
  evaluationEvents,
  evaluationRounds,
  evaluations,
  evaluationSchemes,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { scoped } from '../../platform/scope.ts';
import { newRow } from '../../platform/newRow.ts';
import { fromEvaluations } from './fromEvaluations.ts';

export type EvaluationRow = typeof evaluations.$inferSelect;
export interface Loaded {
  evaluation: EvaluationRow;
  round: typeof evaluationRounds.$inferSelect;
  scheme: SchemeDefinition;
  schemeName: string;
}

/** An evaluation inside the actor's scope for `permission`, with its round and scheme; else 404. */
export async function loadEvaluation(
  ctx: Ctx,
  id: string,
  permission: Permission,
  lock = false,
  extra?: SQL,
): Promise<Loaded> {
  const query = fromEvaluations(
    ctx.db.select({
      evaluation: evaluations,
      round: evaluationRounds,
      scheme: evaluationSchemes.definition,
      schemeName: evaluationSchemes.name,
    }),
  ).where(
    and(
      scoped(requireActor(ctx), permission, evaluations.regionCode, eq(evaluations.id, id)),
      extra,
    ),
  );
  // Concurrent decisions on one evaluation queue behind each other instead of both passing the checks.
  const [row] = lock ? await query.for('update', { of: evaluations }) : await query;
  if (!row) throw notFound();
  return row;
}

export async function actorName(ctx: Ctx): Promise<string> {
  const actor = requireActor(ctx);
  const [row] = await ctx.db
    .select({ name: accounts.displayName })
    .from(accounts)
    .where(eq(accounts.id, actor.accountId));
  return row?.name ?? actor.username;
}

/** One line of an evaluation's history (shown on the subject page). */
export async function recordEvent(
  ctx: Ctx,
  e: EvaluationRow,
  kind: string,
  actor: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  const now = ctx.clock();
  await ctx.db.insert(evaluationEvents).values({
    ...newRow(now, e.regionCode),
    evaluationId: e.id,
    kind,
    actorName: actor,
    detail,
    createdAt: now,
  });
}
