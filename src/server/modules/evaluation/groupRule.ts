import { eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/policy.ts';
import { POSITIONS } from '../../../domain/directory/positions.ts';
import type { WorkflowStep } from '../../../domain/evaluation/scheme.ts';
import { accounts, evaluations } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * 小组评星 (振兴村 十星级文明户): a step whose role is `group_leader` is taken by the leader of the
 * subject's own group — whoever holds a current grid position (村民小组长 or 网格员, 包街干部 of a
 * street station, 小区书记) on the household's grid, or on the station or 小区 that is the subject —
 * not by every group leader of the village. The role's grant says where; this rule says whose.
 */
const GRID_POSITIONS = POSITIONS.filter((p) => p.scope === 'grid').map((p) => p.code);

export const GROUP_ROLE = 'group_leader';

/** The directory person an account stands for (null: none). */
async function personOf(ctx: Ctx, actor: Actor): Promise<string | null> {
  if (actor.personId !== undefined) return actor.personId;
  const [row] = await ctx.db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(eq(accounts.id, actor.accountId));
  return row?.personId ?? null;
}

/** Whether the person leads the grid of the evaluation's subject, as SQL over `evaluations`. */
function leadsSubjectGrid(personId: string): SQL<boolean> {
  const codes = sql.join(
    GRID_POSITIONS.map((c) => sql`${c}`),
    sql`, `,
  );
  return sql<boolean>`EXISTS (SELECT 1 FROM positions p WHERE p.person_id = ${personId} AND p.end_date IS NULL AND p.code IN (${codes}) AND p.grid_id = CASE WHEN ${evaluations.subjectType} = 'household' THEN (SELECT h.grid_id FROM households h WHERE h.id = ${evaluations.subjectId}) ELSE ${evaluations.subjectId} END)`;
}

/**
 * For a list of evaluations: whether the caller leads each subject's group, as a selectable SQL
 * column. Callers who hold no group_leader grant are not asked (true: the rule does not apply).
 */
export async function inCallersGroup(ctx: Ctx, actor: Actor): Promise<SQL<boolean>> {
  if (!actor.grants.some((g) => g.role === GROUP_ROLE)) return sql<boolean>`true`;
  const personId = await personOf(ctx, actor);
  return personId ? leadsSubjectGrid(personId) : sql<boolean>`false`;
}

/** Whether the caller leads the group of one evaluation's subject (true when the rule does not apply). */
export async function inCallersGroupOf(
  ctx: Ctx,
  actor: Actor,
  evaluationId: string,
): Promise<boolean> {
  const [row] = await ctx.db
    .select({ ok: await inCallersGroup(ctx, actor) })
    .from(evaluations)
    .where(eq(evaluations.id, evaluationId));
  return row?.ok === true;
}

/** 403 when the step is a group step and the caller does not lead the subject's group. */
export async function authorizeGroupStep(
  ctx: Ctx,
  actor: Actor,
  step: Pick<WorkflowStep, 'role'>,
  evaluationId: string,
): Promise<void> {
  if (step.role !== GROUP_ROLE) return;
  const personId = await personOf(ctx, actor);
  const [row] = personId
    ? await ctx.db
        .select({ ok: leadsSubjectGrid(personId) })
        .from(evaluations)
        .where(eq(evaluations.id, evaluationId))
    : [];
  if (!row?.ok)
    throw new AppError('FORBIDDEN', {
      zh: '小组评星由该户所在村民小组（网格、街道服务站）的组长办理',
      en: 'The group step is taken by the leader of the household’s own group',
    });
}
