/**
 * The clustering problem shared by the union planner and the capacitated p-median mode: pick
 * leads, attach members to them, within size and weight windows, maximising the covered value
 * first and minimising cost second.
 */
export interface ClusterModel {
  n: number;
  /** population (unions) or demand (p-median); a cluster's weight includes its lead */
  weight: Float64Array;
  /** coverage value of placing the point in any cluster (priority; 1 in p-median) */
  value: Float64Array;
  canLead: Uint8Array;
  /** members counted for the "no strong member" penalty */
  strong: Uint8Array;
  /** cost[lead * n + member]; Infinity where the member may not join that lead; 0 on the diagonal */
  cost: Float64Array;
  /** plain distance, for proximity choices in the search (not part of the objective) */
  near: Float64Array;
  minSize: number;
  maxSize: number;
  minWeight: number;
  maxWeight: number;
  /** added to a cluster with no strong member */
  weakPenalty: number;
  /** exact number of clusters (p-median); null lets the search choose. Requires no lower bounds. */
  clusterCount: number | null;
}

export interface Objective {
  value: number;
  cost: number;
}

const EPS = 1e-9;

/** Lexicographic: more value wins, then lower cost. Positive when a is better. */
export function compareObjective(a: Objective, b: Objective): number {
  if (a.value > b.value + EPS) return 1;
  if (a.value < b.value - EPS) return -1;
  if (a.cost < b.cost - EPS) return 1;
  if (a.cost > b.cost + EPS) return -1;
  return 0;
}

/** A finished clustering: each entry is [lead, ...other members]. */
export type Clustering = number[][];
