import type { ClusterModel } from '../clustering/clusterModel.ts';
import { searchClusters, type SearchOptions } from '../clustering/searchClusters.ts';
import { pmedianDistance, type PmedianInstance } from './pmedianInstance.ts';

export interface PmedianPlan {
  medians: string[];
  assignment: Record<string, string>;
  cost: number;
  optimal: boolean;
}

export function pmedianModel(instance: PmedianInstance): ClusterModel {
  const n = instance.ids.length;
  const cost = new Float64Array(n * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) cost[j * n + i] = pmedianDistance(instance, i, j);
  return {
    n,
    weight: Float64Array.from(instance.demand),
    value: new Float64Array(n).fill(1),
    canLead: new Uint8Array(n).fill(1),
    // every point counts as strong: p-median has no "weak cluster" penalty
    strong: new Uint8Array(n).fill(1),
    cost,
    near: cost,
    minSize: 1,
    maxSize: n,
    minWeight: 0,
    maxWeight: instance.capacity,
    weakPenalty: 0,
    clusterCount: instance.medians,
  };
}

/**
 * Capacitated p-median with the union planner's clustering core. `optimal` is true only when
 * `provenOptimum` (from an exact solve, if the caller ran one) matches the cost found.
 */
export function planPmedian(
  instance: PmedianInstance,
  options: Partial<SearchOptions> = {},
  provenOptimum: number | null = null,
): PmedianPlan {
  const n = instance.ids.length;
  const result = searchClusters(pmedianModel(instance), {
    seed: options.seed ?? 1,
    iterations: options.iterations ?? 40 * n,
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
  });
  if (result.objective.value < n)
    throw new Error('no capacity-feasible assignment found for every point');
  const medians: string[] = [];
  const assignment: Record<string, string> = {};
  for (const [lead, ...members] of result.clustering) {
    const id = instance.ids[lead!] ?? '';
    medians.push(id);
    assignment[id] = id;
    for (const i of members) assignment[instance.ids[i] ?? ''] = id;
  }
  const cost = result.objective.cost;
  return {
    medians,
    assignment,
    cost,
    optimal: provenOptimum !== null && Math.abs(provenOptimum - cost) < 1e-6,
  };
}
