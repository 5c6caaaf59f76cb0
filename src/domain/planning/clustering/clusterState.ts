import type { ClusterModel, Clustering, Objective } from './clusterModel.ts';

export interface Cluster {
  lead: number;
  members: number[];
  weight: number;
  strongCount: number;
  /** Σ cost[lead, member] over members other than the lead */
  linkCost: number;
}

/** Mutable clustering with running totals, so moves can be tried and applied in O(size). */
export class ClusterState implements Objective {
  readonly model: ClusterModel;
  readonly clusterOf: Int32Array;
  clusters: Cluster[] = [];
  value = 0;
  cost = 0;

  constructor(model: ClusterModel) {
    this.model = model;
    this.clusterOf = new Int32Array(model.n).fill(-1);
  }

  penalty(strongCount: number): number {
    return strongCount > 0 ? 0 : this.model.weakPenalty;
  }

  open(lead: number): number {
    const m = this.model;
    const strongCount = m.strong[lead]!;
    this.clusters.push({
      lead,
      members: [lead],
      weight: m.weight[lead]!,
      strongCount,
      linkCost: 0,
    });
    const c = this.clusters.length - 1;
    this.clusterOf[lead] = c;
    this.value += m.value[lead]!;
    this.cost += this.penalty(strongCount);
    return c;
  }

  add(c: number, i: number): void {
    const m = this.model;
    const cluster = this.clusters[c]!;
    const before = this.penalty(cluster.strongCount);
    cluster.members.push(i);
    cluster.weight += m.weight[i]!;
    cluster.strongCount += m.strong[i]!;
    const link = m.cost[cluster.lead * m.n + i]!;
    cluster.linkCost += link;
    this.clusterOf[i] = c;
    this.value += m.value[i]!;
    this.cost += link + this.penalty(cluster.strongCount) - before;
  }

  /** Removes a non-lead member. */
  remove(c: number, i: number): void {
    const m = this.model;
    const cluster = this.clusters[c]!;
    const before = this.penalty(cluster.strongCount);
    const at = cluster.members.indexOf(i);
    cluster.members[at] = cluster.members[cluster.members.length - 1]!;
    cluster.members.pop();
    cluster.weight -= m.weight[i]!;
    cluster.strongCount -= m.strong[i]!;
    const link = m.cost[cluster.lead * m.n + i]!;
    cluster.linkCost -= link;
    this.clusterOf[i] = -1;
    this.value -= m.value[i]!;
    this.cost += this.penalty(cluster.strongCount) - before - link;
  }

  /** Dissolves a cluster; its members become unassigned. */
  close(c: number): void {
    const cluster = this.clusters[c]!;
    for (const i of cluster.members) {
      this.clusterOf[i] = -1;
      this.value -= this.model.value[i]!;
    }
    this.cost -= cluster.linkCost + this.penalty(cluster.strongCount);
    const last = this.clusters.pop()!;
    if (last !== cluster) {
      this.clusters[c] = last;
      for (const i of last.members) this.clusterOf[i] = c;
    }
  }

  /** Link cost of the cluster if `lead` led it (Infinity when some member may not join it). */
  linkCostUnder(c: number, lead: number): number {
    const m = this.model;
    if (!m.canLead[lead]) return Infinity;
    let total = 0;
    for (const i of this.clusters[c]!.members) total += m.cost[lead * m.n + i]!;
    return total;
  }

  setLead(c: number, lead: number): void {
    const cluster = this.clusters[c]!;
    const linkCost = this.linkCostUnder(c, lead);
    this.cost += linkCost - cluster.linkCost;
    cluster.linkCost = linkCost;
    cluster.lead = lead;
  }

  snapshot(): Clustering {
    return this.clusters.map((c) => [c.lead, ...c.members.filter((i) => i !== c.lead)]);
  }

  restore(clustering: Clustering): void {
    while (this.clusters.length > 0) this.close(this.clusters.length - 1);
    for (const [lead, ...members] of clustering) {
      const c = this.open(lead!);
      for (const i of members) this.add(c, i);
    }
  }
}
