import type { ClusterModel } from '../clustering/clusterModel.ts';
import type { Coverability } from './coverability.ts';
import type { BlockResult } from './solveBlock.ts';
import type { ProposedUnion, UnionInput, UnionPlan } from './types.ts';

function reasonFor(
  state: Coverability | 'ineligible',
  population: number,
  maxPopulation: number,
): string {
  switch (state) {
    case 'ineligible':
      return 'not eligible';
    case 'too-large':
      return `population ${population} alone exceeds the maximum ${maxPopulation}`;
    case 'no-feasible-group':
      return 'no feasible partner within the rules (size, population, distance, township)';
    default:
      return 'its feasible partners are all in other unions';
  }
}

/** Turns per-block clusterings (indices) back into codes, reasons and totals. */
export function assemblePlan(
  input: UnionInput,
  blocks: number[][],
  models: ClusterModel[],
  reach: Coverability[][],
  results: BlockResult[],
): UnionPlan {
  const { villages, rules } = input;
  const unions: ProposedUnion[] = [];
  const placed = new Set<number>();
  const status = new Map<number, Coverability>();
  let exact = true;
  let bound = 0;
  results.forEach((result, b) => {
    const block = blocks[b]!;
    const model = models[b]!;
    block.forEach((index, local) => status.set(index, reach[b]![local]!));
    exact &&= result.exact;
    bound += result.costLowerBound;
    for (const [lead, ...members] of result.clustering) {
      const leadIndex = block[lead!]!;
      let cost = 0;
      let population = villages[leadIndex]!.population;
      let strong = model.strong[lead!]!;
      placed.add(leadIndex);
      for (const member of members) {
        cost += model.cost[lead! * model.n + member]!;
        population += villages[block[member]!]!.population;
        strong += model.strong[member]!;
        placed.add(block[member]!);
      }
      if (strong === 0) cost += rules.weakOnlyPenalty;
      unions.push({
        lead: villages[leadIndex]!.code,
        members: [lead!, ...members].map((i) => villages[block[i]!]!.code),
        population,
        cost,
      });
    }
  });
  const unassigned = villages
    .map((v, i) => ({ v, i }))
    .filter(({ i }) => !placed.has(i))
    .map(({ v, i }) => ({
      code: v.code,
      reason: reasonFor(
        v.eligible ? (status.get(i) ?? 'coverable') : 'ineligible',
        v.population,
        rules.maxPopulation,
      ),
    }));
  const cost = unions.reduce((sum, u) => sum + u.cost, 0);
  const coverage = villages.reduce((sum, v, i) => sum + (placed.has(i) ? v.priority : 0), 0);
  return {
    unions,
    unassigned,
    coverage,
    cost,
    bound: { kind: exact ? 'optimal' : 'lower', cost: exact ? cost : Math.min(bound, cost) },
  };
}
