/// A min-cost flow network for the weight bound: source → participant copies → request arcs → sink.
///
/// Solved by the primal-dual method: one Dijkstra to refresh the node potentials, then a maximum flow
/// (Dinic) over the arcs whose reduced cost is zero, repeated while the cheapest path has a negative cost.
/// Request arcs cost minus the request's weight, so the cheapest path costs -3, -2 or -1 until no
/// improving path is left: a handful of rounds however large the instance.
struct WeightFlowNetwork {
    private(set) var nodeCount: Int
    private var from: [Int] = []
    private var to: [Int] = []
    private var capacity: [Int] = []
    private var cost: [Int] = []
    private var flow: [Int] = []
    /// Node potentials after `minimiseCost`: every residual arc has a non-negative reduced cost, and the sink's
    /// is at least the source's; they prove the flow optimal (see `dual(of:)`).
    private(set) var potential: [Int] = []

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
    }

    /// Adds an arc and its reverse; returns the arc's index (the reverse is `index ^ 1`).
    @discardableResult
    mutating func addArc(from tail: Int, to head: Int, capacity arcCapacity: Int, cost arcCost: Int) -> Int {
        let index = from.count
        from.append(tail)
        to.append(head)
        capacity.append(arcCapacity)
        cost.append(arcCost)
        from.append(head)
        to.append(tail)
        capacity.append(0)
        cost.append(-arcCost)
        flow.append(0)
        flow.append(0)
        return index
    }

    func flow(on arc: Int) -> Int { flow[arc] }

    /// Sends flow from `source` to `sink` so as to minimise the total cost, stopping when no path of negative
    /// cost is left. Costs must make the network free of negative cycles (it is a DAG here). Returns the cost.
    mutating func minimiseCost(source: Int, sink: Int) -> Int {
        let adjacency = Adjacency(from: from, nodeCount: nodeCount)
        var potential = initialPotentials()
        var totalCost = 0
        while true {
            guard let distance = shortestDistances(source: source, potential: potential, adjacency: adjacency),
                distance[sink] < Int.max
            else { break }
            let pathCost = distance[sink] + potential[sink] - potential[source]
            if pathCost >= 0 { break }
            let farthest = distance.lazy.filter { $0 < Int.max }.max() ?? 0
            for node in 0..<nodeCount {
                potential[node] += distance[node] < Int.max ? distance[node] : farthest
            }
            let sent = maximumAdmissibleFlow(
                source: source, sink: sink, potential: potential, adjacency: adjacency)
            if sent == 0 { break }
            totalCost += sent * pathCost
        }
        // Final potentials: the last distances, and nodes the source no longer reaches raised above them all.
        let distance = shortestDistances(source: source, potential: potential, adjacency: adjacency) ?? []
        let finite = distance.filter { $0 < Int.max }
        let raise = (finite.max() ?? 0) + (potential.max() ?? 0) - (potential.min() ?? 0) + 1
        for node in 0..<nodeCount {
            potential[node] += node < distance.count && distance[node] < Int.max ? distance[node] : raise
        }
        self.potential = potential
        return totalCost
    }

    /// The linear programme's dual value of an arc's capacity after `minimiseCost`: how much the cost would fall
    /// per unit of extra capacity, `max(0, −reduced cost)`. By duality, minus the sum of capacity × dual over
    /// all arcs is at most the optimal cost, and equal to it.
    func dual(of arc: Int) -> Int {
        max(0, -(cost[arc] + potential[from[arc]] - potential[to[arc]]))
    }

    private func residual(_ arc: Int) -> Int { capacity[arc] - flow[arc] }

    private func reducedCost(_ arc: Int, _ potential: [Int]) -> Int {
        cost[arc] + potential[from[arc]] - potential[to[arc]]
    }

    /// Potentials that make every reduced cost non-negative: shortest distances from a virtual node joined to
    /// every node at cost 0, by Bellman–Ford in arc order (two passes: arcs are added layer by layer).
    private func initialPotentials() -> [Int] {
        var distance = [Int](repeating: 0, count: nodeCount)
        var changed = true
        var passes = 0
        while changed && passes < nodeCount {
            changed = false
            passes += 1
            for arc in 0..<from.count where residual(arc) > 0 {
                let candidate = distance[from[arc]] + cost[arc]
                if candidate < distance[to[arc]] {
                    distance[to[arc]] = candidate
                    changed = true
                }
            }
        }
        return distance
    }

    private func shortestDistances(source: Int, potential: [Int], adjacency: Adjacency) -> [Int]? {
        var distance = [Int](repeating: Int.max, count: nodeCount)
        distance[source] = 0
        var heap = MinHeap()
        heap.push(key: 0, value: source)
        while let (key, node) = heap.pop() {
            if key > distance[node] { continue }
            for arc in adjacency.arcs(of: node) where residual(arc) > 0 {
                let candidate = key + reducedCost(arc, potential)
                if candidate < distance[to[arc]] {
                    distance[to[arc]] = candidate
                    heap.push(key: candidate, value: to[arc])
                }
            }
        }
        return distance
    }

    /// Dinic's blocking flows restricted to arcs of zero reduced cost.
    private mutating func maximumAdmissibleFlow(
        source: Int, sink: Int, potential: [Int], adjacency: Adjacency
    ) -> Int {
        var total = 0
        var level = [Int](repeating: -1, count: nodeCount)
        var queue = [Int]()
        queue.reserveCapacity(nodeCount)
        while true {
            for node in 0..<nodeCount { level[node] = -1 }
            queue.removeAll(keepingCapacity: true)
            level[source] = 0
            queue.append(source)
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for arc in adjacency.arcs(of: node)
                where residual(arc) > 0 && level[to[arc]] < 0 && reducedCost(arc, potential) == 0 {
                    level[to[arc]] = level[node] + 1
                    queue.append(to[arc])
                }
            }
            if level[sink] < 0 { break }
            var cursor = (0..<nodeCount).map { adjacency.start[$0] }
            while true {
                let sent = augment(
                    source: source, sink: sink, level: level, cursor: &cursor, potential: potential,
                    adjacency: adjacency)
                if sent == 0 { break }
                total += sent
            }
        }
        return total
    }

    /// Finds one path in the level graph with an explicit stack and pushes its bottleneck.
    private mutating func augment(
        source: Int, sink: Int, level: [Int], cursor: inout [Int], potential: [Int], adjacency: Adjacency
    ) -> Int {
        var path: [Int] = []
        var node = source
        while node != sink {
            var advanced = false
            while cursor[node] < adjacency.start[node + 1] {
                let arc = adjacency.order[cursor[node]]
                let next = to[arc]
                if residual(arc) > 0 && level[next] == level[node] + 1 && reducedCost(arc, potential) == 0 {
                    path.append(arc)
                    node = next
                    advanced = true
                    break
                }
                cursor[node] += 1
            }
            if !advanced {
                guard let last = path.popLast() else { return 0 }
                node = from[last]
                cursor[node] += 1
            }
        }
        let bottleneck = path.reduce(Int.max) { min($0, residual($1)) }
        for arc in path {
            flow[arc] += bottleneck
            flow[arc ^ 1] -= bottleneck
        }
        return bottleneck
    }
}

/// Arcs grouped by tail node (compressed rows).
private struct Adjacency {
    let start: [Int]
    let order: [Int]

    init(from: [Int], nodeCount: Int) {
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for tail in from { start[tail + 1] += 1 }
        for node in 0..<nodeCount { start[node + 1] += start[node] }
        var fill = start
        var order = [Int](repeating: 0, count: from.count)
        for (arc, tail) in from.enumerated() {
            order[fill[tail]] = arc
            fill[tail] += 1
        }
        self.start = start
        self.order = order
    }

    func arcs(of node: Int) -> LazyMapSequence<Range<Int>, Int> {
        (start[node]..<start[node + 1]).lazy.map { order[$0] }
    }
}
