import type { ClusterModel } from '../clustering/clusterModel.ts';
import { haversineKm } from './haversine.ts';
import type { UnionRules, Village } from './types.ts';

/** Cost of `member` joining a union led by `lead`, or Infinity when the rules forbid it. */
export function memberCost(lead: Village, member: Village, rules: UnionRules): number {
  if (rules.sameTownship && lead.township !== member.township) return Infinity;
  const km = haversineKm(lead.lat, lead.lng, member.lat, member.lng);
  if (km > rules.maxDistanceKm) return Infinity;
  return km + (member.industry === lead.industry ? 0 : rules.industryPenalty);
}

/** The union rules for one independent block of villages as a clustering model. */
export function blockModel(villages: Village[], block: number[], rules: UnionRules): ClusterModel {
  const n = block.length;
  const list = block.map((i) => villages[i]!);
  const cost = new Float64Array(n * n);
  const near = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const lead = list[j]!;
    for (let i = 0; i < n; i++) {
      const member = list[i]!;
      near[j * n + i] = haversineKm(lead.lat, lead.lng, member.lat, member.lng);
      cost[j * n + i] = i === j ? 0 : memberCost(lead, member, rules);
    }
  }
  return {
    n,
    weight: Float64Array.from(list, (v) => v.population),
    value: Float64Array.from(list, (v) => v.priority),
    // a village too populous on its own can never lead (nor join) a union
    canLead: Uint8Array.from(list, (v) => (v.population <= rules.maxPopulation ? 1 : 0)),
    strong: Uint8Array.from(list, (v) => (v.strength >= rules.strongThreshold ? 1 : 0)),
    cost,
    near,
    minSize: rules.minSize,
    maxSize: rules.maxSize,
    minWeight: rules.minPopulation,
    maxWeight: rules.maxPopulation,
    weakPenalty: rules.weakOnlyPenalty,
    clusterCount: null,
  };
}
