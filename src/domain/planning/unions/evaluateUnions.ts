import { memberCost } from './blockModel.ts';
import { findUnionViolations, type UnionViolation } from './checkUnionPlan.ts';
import type { ProposedUnion, UnionInput, UnionPlan } from './types.ts';

export type { UnionViolation } from './checkUnionPlan.ts';

/**
 * A hand-edited grouping as a plan (population and cost computed, the rest unassigned) with every
 * rule it breaks as structured violations (findUnionViolations). Members are put lead first.
 */
export function evaluateUnions(
  input: UnionInput,
  groups: { lead: string; members: string[] }[],
): { plan: UnionPlan; violations: UnionViolation[] } {
  const byCode = new Map(input.villages.map((v) => [v.code, v]));
  const unions: ProposedUnion[] = groups.map(({ lead, members }) => {
    const ordered = [lead, ...members.filter((c) => c !== lead)];
    const head = byCode.get(lead);
    let population = 0;
    let cost = 0;
    let strong = false;
    for (const code of ordered) {
      const village = byCode.get(code);
      if (!village) continue;
      population += village.population;
      strong ||= village.strength >= input.rules.strongThreshold;
      const link = head && code !== lead ? memberCost(head, village, input.rules) : 0;
      if (Number.isFinite(link)) cost += link;
    }
    if (!strong) cost += input.rules.weakOnlyPenalty;
    return { lead, members: ordered, population, cost };
  });
  const placed = new Set(unions.flatMap((u) => u.members));
  const unassigned = input.villages
    .filter((v) => !placed.has(v.code))
    .map((v) => ({ code: v.code, reason: 'not in a union' }));
  // counted per membership, as the checker does (a village in two unions is reported, not hidden)
  const coverage = unions
    .flatMap((u) => u.members)
    .reduce((sum, code) => sum + (byCode.get(code)?.priority ?? 0), 0);
  const cost = unions.reduce((sum, u) => sum + u.cost, 0);
  const plan: UnionPlan = { unions, unassigned, coverage, cost, bound: { kind: 'lower', cost: 0 } };
  return { plan, violations: findUnionViolations(input, plan) };
}
