import { memberCost } from '../unions/blockModel.ts';
import type { UnionInput } from '../unions/types.ts';

/**
 * Reference optimum for tiny inputs (≤ ~10 villages): every rule-abiding (lead, members) group,
 * then a DP over subsets of covered villages. Independent of the planner's search and MIP.
 */
export function bruteForceUnions(input: UnionInput): { coverage: number; cost: number } {
  const { villages, rules } = input;
  const n = villages.length;
  const groups: { mask: number; value: number; cost: number }[] = [];
  for (let lead = 0; lead < n; lead++) {
    const l = villages[lead]!;
    if (!l.eligible) continue;
    for (let mask = 0; mask < 1 << n; mask++) {
      if (!(mask & (1 << lead))) continue;
      let size = 0;
      let population = 0;
      let cost = 0;
      let value = 0;
      let strong = false;
      let ok = true;
      for (let i = 0; i < n && ok; i++) {
        if (!(mask & (1 << i))) continue;
        const v = villages[i]!;
        if (!v.eligible) ok = false;
        size += 1;
        population += v.population;
        value += v.priority;
        strong ||= v.strength >= rules.strongThreshold;
        if (i !== lead) {
          const link = memberCost(l, v, rules);
          if (link === Infinity) ok = false;
          cost += link;
        }
      }
      if (!ok || size < rules.minSize || size > rules.maxSize) continue;
      if (population < rules.minPopulation || population > rules.maxPopulation) continue;
      groups.push({ mask, value, cost: cost + (strong ? 0 : rules.weakOnlyPenalty) });
    }
  }
  // best[mask]: best (value, cost) using groups whose union is exactly within mask, built up
  const bestValue = new Float64Array(1 << n).fill(-1);
  const bestCost = new Float64Array(1 << n).fill(Infinity);
  bestValue[0] = 0;
  bestCost[0] = 0;
  let answer = { coverage: 0, cost: 0 };
  for (let used = 0; used < 1 << n; used++) {
    const value = bestValue[used]!;
    if (value < 0) continue;
    const cost = bestCost[used]!;
    if (
      value > answer.coverage + 1e-9 ||
      (Math.abs(value - answer.coverage) <= 1e-9 && cost < answer.cost - 1e-9)
    ) {
      answer = { coverage: value, cost };
    }
    for (const g of groups) {
      if (g.mask & used) continue;
      const next = used | g.mask;
      const v = value + g.value;
      const c = cost + g.cost;
      if (
        v > bestValue[next]! + 1e-9 ||
        (Math.abs(v - bestValue[next]!) <= 1e-9 && c < bestCost[next]! - 1e-9)
      ) {
        bestValue[next] = v;
        bestCost[next] = c;
      }
    }
  }
  return answer;
}
