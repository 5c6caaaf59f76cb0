import { memberCost } from './blockModel.ts';
import type { UnionInput, UnionPlan } from './types.ts';

const TOLERANCE = 1e-6;

/**
 * Re-verifies a union plan against the input and rules; returns every violation (empty when
 * valid): unknown or ineligible villages, a village in two unions, size, population, distance
 * and township rules, lead not first, costs and totals that do not follow from the data, an
 * unassigned list that does not match, a bound above the cost.
 */
export function checkUnionPlan(input: UnionInput, plan: UnionPlan): string[] {
  const { rules } = input;
  const byCode = new Map(input.villages.map((v) => [v.code, v]));
  const problems: string[] = [];
  const placed = new Set<string>();
  let totalCost = 0;
  let coverage = 0;
  for (const [k, union] of plan.unions.entries()) {
    const where = `unions[${k}] (lead ${union.lead})`;
    const lead = byCode.get(union.lead);
    if (!lead) {
      problems.push(`${where}: unknown lead`);
      continue;
    }
    if (union.members[0] !== union.lead) problems.push(`${where}: lead must be listed first among members`);
    if (union.members.length < rules.minSize || union.members.length > rules.maxSize) {
      problems.push(`${where}: ${union.members.length} villages, rules allow ${rules.minSize}–${rules.maxSize}`);
    }
    let population = 0;
    let cost = 0;
    let strong = false;
    for (const code of union.members) {
      const village = byCode.get(code);
      if (!village) {
        problems.push(`${where}: unknown village ${code}`);
        continue;
      }
      if (!village.eligible) problems.push(`${where}: village ${code} is not eligible`);
      if (placed.has(code)) problems.push(`${where}: village ${code} is in two unions`);
      placed.add(code);
      population += village.population;
      coverage += village.priority;
      strong ||= village.strength >= rules.strongThreshold;
      if (code === union.lead) continue;
      const link = memberCost(lead, village, rules);
      if (link === Infinity) problems.push(`${where}: village ${code} is out of reach of the lead (distance or township)`);
      else cost += link;
    }
    if (!strong) cost += rules.weakOnlyPenalty;
    if (population < rules.minPopulation || population > rules.maxPopulation) {
      problems.push(`${where}: population ${population}, rules allow ${rules.minPopulation}–${rules.maxPopulation}`);
    }
    if (population !== union.population) problems.push(`${where}: population reported ${union.population}, actual ${population}`);
    if (Math.abs(cost - union.cost) > TOLERANCE * Math.max(1, cost)) problems.push(`${where}: cost reported ${union.cost}, actual ${cost}`);
    totalCost += cost;
  }
  const listed = new Set(plan.unassigned.map((u) => u.code));
  for (const village of input.villages) {
    if (!placed.has(village.code) && !listed.has(village.code)) problems.push(`village ${village.code}: neither in a union nor unassigned`);
    if (placed.has(village.code) && listed.has(village.code)) problems.push(`village ${village.code}: both in a union and unassigned`);
  }
  if (Math.abs(coverage - plan.coverage) > TOLERANCE * Math.max(1, coverage)) problems.push(`coverage reported ${plan.coverage}, actual ${coverage}`);
  if (Math.abs(totalCost - plan.cost) > TOLERANCE * Math.max(1, totalCost)) problems.push(`cost reported ${plan.cost}, actual ${totalCost}`);
  if (plan.bound.cost > plan.cost + TOLERANCE * Math.max(1, plan.cost)) problems.push(`bound ${plan.bound.cost} above the cost ${plan.cost}`);
  if (plan.bound.kind === 'optimal' && Math.abs(plan.bound.cost - plan.cost) > TOLERANCE * Math.max(1, plan.cost)) {
    problems.push('bound claims optimal but differs from the cost');
  }
  return problems;
}
