import type { z } from 'zod';
import { evaluateUnions } from '../../../domain/planning/unions/evaluateUnions.ts';
import { planUnions } from '../../../domain/planning/unions/planUnions.ts';
import { checkUnionPlan } from '../../../domain/planning/unions/checkUnionPlan.ts';
import type { UnionInput } from '../../../domain/planning/unions/types.ts';
import { validateUnionInput } from '../../../domain/planning/unions/validateUnionInput.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { startJob } from '../../platform/jobs/runJob.ts';
import { planningSearcher, planningSolver } from '../../platform/solverPool.ts';
import type { UnionRulesPatch } from './schema.ts';
import { loadRegionVillages, parsePlanningInput, type PlanningVillage } from './villages.ts';
import type { unionCheckView, unionPlanResultView } from './views.ts';

/** What a union plan job stores as its result (the page draws it; adopt takes the unions back). */
export type UnionPlanResult = z.infer<typeof unionPlanResultView>;

/** The region's villages and the rules as planner input; bad rules are a 400. */
export async function unionInputFor(
  ctx: Ctx,
  region: string,
  rules: UnionRulesPatch | undefined,
): Promise<{
  input: UnionInput;
  villages: PlanningVillage[];
  skipped: UnionPlanResult['skipped'];
}> {
  const { villages, skipped } = await loadRegionVillages(ctx, region);
  const input = parsePlanningInput(() => validateUnionInput({ rules: rules ?? {}, villages }));
  return { input, villages, skipped };
}

/** Checks the request, then plans the region's unions in a background job (202 with its id). */
export async function startUnionPlan(
  ctx: Ctx,
  body: { region: string; rules?: UnionRulesPatch | undefined; timeLimitSeconds: number },
): Promise<{ jobId: string }> {
  const { input, villages, skipped } = await unionInputFor(ctx, body.region, body.rules);
  const jobId = await startJob(ctx, 'planning.unions', body.region, async (progress) => {
    progress(0.01, '规划中 / planning');
    const { plan } = await planUnions(input, {
      solver: planningSolver().solve,
      solverParallelism: 2,
      searcher: planningSearcher().search,
      searchParallelism: planningSearcher().size,
      now: () => performance.now(),
      timeLimitSeconds: body.timeLimitSeconds,
      onProgress: (done, blocks) =>
        progress(done / Math.max(1, blocks), `${done}/${blocks} 片区 / blocks`),
    });
    const problems = checkUnionPlan(input, plan);
    if (problems.length > 0)
      throw new Error(`the plan breaks its rules: ${problems.slice(0, 3).join('; ')}`);
    const result: UnionPlanResult = { plan, villages, skipped, rules: input.rules };
    return { result, message: `${plan.unions.length} 个联建 / unions` };
  });
  return { jobId };
}

/** Every code named must be a plannable village of the region (else 400). */
function requireKnown(input: UnionInput, groups: { lead: string; members: string[] }[]): void {
  const known = new Set(input.villages.map((v) => v.code));
  const unknown = [...new Set(groups.flatMap((g) => [g.lead, ...g.members]))].filter(
    (c) => !known.has(c),
  );
  if (unknown.length > 0) {
    throw new AppError(
      'VALIDATION',
      {
        zh: `不是本区域可规划的村：${unknown.join('、')}`,
        en: `Not a plannable village of this region: ${unknown.join(', ')}`,
      },
      {
        issues: [{ path: 'body.unions', message: `unknown villages ${unknown.join(', ')}` }],
        villages: unknown,
      },
    );
  }
}

type UnionCheck = z.infer<typeof unionCheckView>;

/** The live recheck after a manual move: every broken rule, with populations and costs. */
export async function checkUnions(
  ctx: Ctx,
  body: {
    region: string;
    rules?: UnionRulesPatch | undefined;
    unions: { lead: string; members: string[] }[];
  },
): Promise<UnionCheck> {
  const { input } = await unionInputFor(ctx, body.region, body.rules);
  requireKnown(input, body.unions);
  const { plan, violations } = evaluateUnions(input, body.unions);
  return { violations, unions: plan.unions, cost: plan.cost };
}
