const EPS = 1e-9;

/**
 * Min-cost max-flow by the primal-dual method: Dijkstra on reduced costs sets node potentials,
 * then a Dinic blocking flow saturates every shortest augmenting path at once. Negative edge
 * costs are allowed as long as the initial graph has no negative cycle (initial potentials come
 * from Bellman-Ford). The result is a maximum flow of minimum cost among maximum flows.
 */
export class MinCostFlow {
  private readonly nodeCount: number;
  private head: Int32Array;
  private to: number[] = [];
  private next: number[] = [];
  private cap: number[] = [];
  private cost: number[] = [];

  constructor(nodeCount: number) {
    this.nodeCount = nodeCount;
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds u→v and its residual twin; returns the edge id (its flow is read with flowOn). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const id = this.to.length;
    this.pushArc(from, to, capacity, cost);
    this.pushArc(to, from, 0, -cost);
    return id;
  }

  private pushArc(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from] ?? -1);
    this.head[from] = this.to.length - 1;
  }

  /** Flow currently on an edge returned by addEdge. */
  flowOn(edge: number): number {
    return this.cap[edge ^ 1] ?? 0;
  }

  /** Runs to maximum flow; returns its value and cost. */
  solve(source: number, sink: number): { flow: number; cost: number } {
    const potential = this.initialPotentials(source);
    let flow = 0;
    let total = 0;
    for (;;) {
      const dist = this.dijkstra(source, potential);
      const reach = dist[sink] ?? Infinity;
      if (reach === Infinity) break;
      for (let v = 0; v < this.nodeCount; v++) {
        potential[v] = (potential[v] ?? 0) + Math.min(dist[v] ?? Infinity, reach);
      }
      const pushed = this.blockingFlow(source, sink, potential);
      if (pushed === 0) break;
      flow += pushed.flow;
      total += pushed.cost;
    }
    return { flow, cost: total };
  }

  private reducedCost(edge: number, from: number, potential: Float64Array): number {
    return (this.cost[edge] ?? 0) + (potential[from] ?? 0) - (potential[this.to[edge] ?? 0] ?? 0);
  }

  private initialPotentials(source: number): Float64Array {
    const dist = new Float64Array(this.nodeCount).fill(Infinity);
    dist[source] = 0;
    // Bellman-Ford with a queue; planner graphs are layered DAGs, so this settles in a few passes
    const queue: number[] = [source];
    const queued = new Uint8Array(this.nodeCount);
    queued[source] = 1;
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi] ?? 0;
      queued[u] = 0;
      for (let e = this.head[u] ?? -1; e !== -1; e = this.next[e] ?? -1) {
        if ((this.cap[e] ?? 0) <= 0) continue;
        const v = this.to[e] ?? 0;
        const candidate = (dist[u] ?? 0) + (this.cost[e] ?? 0);
        if (candidate < (dist[v] ?? Infinity) - EPS) {
          dist[v] = candidate;
          if (!queued[v]) {
            queued[v] = 1;
            queue.push(v);
          }
        }
      }
    }
    // unreachable nodes never carry flow; any finite potential keeps the arithmetic finite
    for (let v = 0; v < this.nodeCount; v++) if (dist[v] === Infinity) dist[v] = 0;
    return dist;
  }

  private dijkstra(source: number, potential: Float64Array): Float64Array {
    const dist = new Float64Array(this.nodeCount).fill(Infinity);
    const heap = new BinaryHeap();
    dist[source] = 0;
    heap.push(source, 0);
    while (heap.size > 0) {
      const [u, d] = heap.pop();
      if (d > (dist[u] ?? Infinity)) continue;
      for (let e = this.head[u] ?? -1; e !== -1; e = this.next[e] ?? -1) {
        if ((this.cap[e] ?? 0) <= 0) continue;
        const v = this.to[e] ?? 0;
        // clamp: float round-off must not make a reduced cost negative
        const candidate = d + Math.max(0, this.reducedCost(e, u, potential));
        if (candidate < (dist[v] ?? Infinity) - EPS) {
          dist[v] = candidate;
          heap.push(v, candidate);
        }
      }
    }
    return dist;
  }

  private blockingFlow(
    source: number,
    sink: number,
    potential: Float64Array,
  ): { flow: number; cost: number } | 0 {
    let flow = 0;
    let cost = 0;
    for (;;) {
      const level = this.admissibleLevels(source, potential);
      if ((level[sink] ?? -1) < 0) break;
      const arc = Int32Array.from(this.head);
      for (;;) {
        const pushed = this.augment(source, sink, Infinity, level, arc, potential);
        if (pushed.flow <= 0) break;
        flow += pushed.flow;
        cost += pushed.cost;
      }
    }
    return flow === 0 ? 0 : { flow, cost };
  }

  private admissibleLevels(source: number, potential: Float64Array): Int32Array {
    const level = new Int32Array(this.nodeCount).fill(-1);
    level[source] = 0;
    const queue = [source];
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi] ?? 0;
      for (let e = this.head[u] ?? -1; e !== -1; e = this.next[e] ?? -1) {
        const v = this.to[e] ?? 0;
        if (
          (this.cap[e] ?? 0) > 0 &&
          (level[v] ?? 0) < 0 &&
          Math.abs(this.reducedCost(e, u, potential)) <= 1e-7
        ) {
          level[v] = (level[u] ?? 0) + 1;
          queue.push(v);
        }
      }
    }
    return level;
  }

  // iterative DFS would avoid deep stacks, but paths here have at most a handful of layers
  private augment(
    u: number,
    sink: number,
    limit: number,
    level: Int32Array,
    arc: Int32Array,
    potential: Float64Array,
  ): { flow: number; cost: number } {
    if (u === sink) return { flow: limit, cost: 0 };
    for (let e = arc[u] ?? -1; e !== -1; e = this.next[e] ?? -1, arc[u] = e) {
      const v = this.to[e] ?? 0;
      const capacity = this.cap[e] ?? 0;
      if (capacity <= 0 || level[v] !== (level[u] ?? 0) + 1) continue;
      if (Math.abs(this.reducedCost(e, u, potential)) > 1e-7) continue;
      const pushed = this.augment(v, sink, Math.min(limit, capacity), level, arc, potential);
      if (pushed.flow > 0) {
        this.cap[e] = capacity - pushed.flow;
        this.cap[e ^ 1] = (this.cap[e ^ 1] ?? 0) + pushed.flow;
        return { flow: pushed.flow, cost: pushed.cost + pushed.flow * (this.cost[e] ?? 0) };
      }
    }
    arc[u] = -1;
    return { flow: 0, cost: 0 };
  }
}

/** Min-heap of (node, key) pairs for Dijkstra. */
class BinaryHeap {
  private nodes: number[] = [];
  private keys: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  push(node: number, key: number): void {
    this.nodes.push(node);
    this.keys.push(key);
    let i = this.nodes.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] ?? 0) <= key) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number] {
    const top: [number, number] = [this.nodes[0] ?? 0, this.keys[0] ?? 0];
    const lastNode = this.nodes.pop() ?? 0;
    const lastKey = this.keys.pop() ?? 0;
    if (this.nodes.length > 0) {
      this.nodes[0] = lastNode;
      this.keys[0] = lastKey;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.nodes.length && (this.keys[left] ?? 0) < (this.keys[smallest] ?? 0))
          smallest = left;
        if (right < this.nodes.length && (this.keys[right] ?? 0) < (this.keys[smallest] ?? 0))
          smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }

  private swap(a: number, b: number): void {
    const node = this.nodes[a] ?? 0;
    const key = this.keys[a] ?? 0;
    this.nodes[a] = this.nodes[b] ?? 0;
    this.keys[a] = this.keys[b] ?? 0;
    this.nodes[b] = node;
    this.keys[b] = key;
  }
}
