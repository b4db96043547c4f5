// Min-cost maximum flow by the primal-dual method: Dijkstra on reduced costs (node potentials keep
// them non-negative) finds the current shortest distance, then a Dinic-style blocking flow pushes as
// much as possible along the zero-reduced-cost edges before the next Dijkstra. With the small integer
// costs assignment uses, the number of Dijkstra rounds is bounded by the few distinct path lengths,
// not by the amount of flow, which is what keeps 2,000 × 100 well under a second.
// Integer capacities and costs only; edges live in flat typed arrays (edge e and e ^ 1 are a pair).

export class MinCostFlow {
  // Edges as added (twins are not stored; solve() builds them).
  private from: Int32Array;
  private to: Int32Array;
  private capacity: Int32Array;
  private cost: Float64Array;
  private edges = 0;
  // After solve(): where each added edge sits in the adjacency arrays, and the residual capacities.
  private position = new Int32Array(0);
  private residual = new Int32Array(0);

  constructor(
    private readonly nodes: number,
    expectedEdges = 16,
  ) {
    const size = Math.max(1, expectedEdges);
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
    this.capacity = new Int32Array(size);
    this.cost = new Float64Array(size);
  }

  // Adds an edge (its residual twin comes with it); returns the edge's index for flowOn.
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (this.edges === this.to.length) this.grow();
    const e = this.edges++;
    this.from[e] = from;
    this.to[e] = to;
    this.capacity[e] = capacity;
    this.cost[e] = cost;
    return e;
  }

  // Flow sent along an edge returned by addEdge (after solve).
  flowOn(edge: number): number {
    return this.capacity[edge] - this.residual[this.position[edge]];
  }

  private grow() {
    const size = this.to.length * 2;
    const copy = <T extends Int32Array | Float64Array>(old: T, fresh: T) => (fresh.set(old), fresh);
    this.from = copy(this.from, new Int32Array(size));
    this.to = copy(this.to, new Int32Array(size));
    this.capacity = copy(this.capacity, new Int32Array(size));
    this.cost = copy(this.cost, new Float64Array(size));
  }

  // Sends the maximum flow from source to sink at the least total cost; answers { flow, cost }.
  // `initialPotential` must make every edge's reduced cost non-negative (for a DAG: its shortest
  // distances from the source); without it all costs must already be non-negative.
  solve(source: number, sink: number, initialPotential?: Float64Array): { flow: number; cost: number } {
    const n = this.nodes;
    const m = this.edges;
    // Compressed adjacency (each node's edges side by side): the scans below walk memory in order,
    // which is most of the speed on a graph of 200,000 edges.
    const start = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      start[this.from[e] + 1]++;
      start[this.to[e] + 1]++;
    }
    for (let v = 0; v < n; v++) start[v + 1] += start[v];
    const fill = start.slice(0, n);
    const to = new Int32Array(2 * m);
    const cap = new Int32Array(2 * m);
    const cost = new Float64Array(2 * m);
    const twin = new Int32Array(2 * m);
    this.position = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      const a = fill[this.from[e]]++;
      const b = fill[this.to[e]]++;
      to[a] = this.to[e];
      cap[a] = this.capacity[e];
      cost[a] = this.cost[e];
      twin[a] = b;
      to[b] = this.from[e];
      cap[b] = 0;
      cost[b] = -this.cost[e];
      twin[b] = a;
      this.position[e] = a;
    }
    this.residual = cap;

    const potential = initialPotential ? Float64Array.from(initialPotential) : new Float64Array(n);
    const dist = new Float64Array(n);
    const done = new Uint8Array(n);
    const level = new Int32Array(n);
    const current = new Int32Array(n);
    const queue = new Int32Array(n);
    const path = new Int32Array(n);
    const heap = new BinaryHeap(n);
    // Costs are integers, so reduced costs within this tolerance of zero are zero.
    const EPS = 1e-9;
    let flow = 0;
    let total = 0;

    for (;;) {
      // Dijkstra on reduced costs.
      dist.fill(Infinity);
      done.fill(0);
      dist[source] = 0;
      heap.clear();
      heap.push(source, 0);
      while (heap.size > 0) {
        const u = heap.pop();
        if (done[u]) continue;
        done[u] = 1;
        if (u === sink) break;
        const du = dist[u] + potential[u];
        for (let e = start[u], end = start[u + 1]; e < end; e++) {
          if (cap[e] <= 0) continue;
          const v = to[e];
          if (done[v]) continue;
          const nd = du + cost[e] - potential[v];
          if (nd < dist[v] - EPS) {
            dist[v] = nd;
            heap.push(v, nd);
          }
        }
      }
      if (!done[sink]) break;
      // Nodes not settled before the sink get the sink's distance: reduced costs stay non-negative.
      const ds = dist[sink];
      for (let v = 0; v < n; v++) potential[v] += done[v] ? dist[v] : ds;

      // Blocking flows on the admissible (zero reduced cost) edges until none reaches the sink.
      for (;;) {
        level.fill(-1);
        level[source] = 0;
        let qh = 0;
        let qt = 0;
        queue[qt++] = source;
        while (qh < qt && level[sink] < 0) {
          const u = queue[qh++];
          const pu = potential[u];
          const next = level[u] + 1;
          for (let e = start[u], end = start[u + 1]; e < end; e++) {
            const v = to[e];
            if (level[v] < 0 && cap[e] > 0 && Math.abs(cost[e] + pu - potential[v]) < EPS) {
              level[v] = next;
              queue[qt++] = v;
            }
          }
        }
        if (level[sink] < 0) break;
        // Nodes as far as the sink or farther lead nowhere useful in this level graph.
        const sinkLevel = level[sink];
        for (let v = 0; v < n; v++) if (level[v] >= sinkLevel && v !== sink) level[v] = -1;

        // Iterative DFS along level-increasing admissible edges with current-arc pointers.
        current.set(start.subarray(0, n));
        let depth = 0;
        let u = source;
        let pushed = 0;
        for (;;) {
          if (u === sink) {
            let amount = Infinity;
            for (let i = 0; i < depth; i++) amount = Math.min(amount, cap[path[i]]);
            for (let i = 0; i < depth; i++) {
              cap[path[i]] -= amount;
              cap[twin[path[i]]] += amount;
              total += amount * cost[path[i]];
            }
            pushed += amount;
            depth = 0;
            u = source;
            continue;
          }
          let e = current[u];
          const end = start[u + 1];
          const want = level[u] + 1;
          const pu = potential[u];
          while (e < end) {
            const v = to[e];
            if (level[v] === want && cap[e] > 0 && Math.abs(cost[e] + pu - potential[v]) < EPS) break;
            e++;
          }
          current[u] = e;
          if (e < end) {
            path[depth++] = e;
            u = to[e];
            continue;
          }
          // Dead end: retreat and skip the edge that led here.
          if (depth === 0) break;
          level[u] = -1;
          const back = path[--depth];
          u = to[twin[back]];
          current[u] = back + 1;
        }
        if (pushed === 0) break;
        flow += pushed;
      }
    }
    return { flow, cost: total };
  }
}

// Min-heap of (node, key) with lazy deletion (stale entries are skipped by the caller).
class BinaryHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(16, capacity * 4));
    this.keys = new Float64Array(this.nodes.length);
  }

  clear() {
    this.size = 0;
  }

  push(node: number, key: number) {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.nodes.length * 2);
      const keys = new Float64Array(this.nodes.length * 2);
      nodes.set(this.nodes);
      keys.set(this.keys);
      this.nodes = nodes;
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.nodes[i] = this.nodes[parent];
      this.keys[i] = this.keys[parent];
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  pop(): number {
    const top = this.nodes[0];
    const lastNode = this.nodes[--this.size];
    const lastKey = this.keys[this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= lastKey) break;
      this.nodes[i] = this.nodes[child];
      this.keys[i] = this.keys[child];
      i = child;
    }
    this.nodes[i] = lastNode;
    this.keys[i] = lastKey;
    return top;
  }
}
