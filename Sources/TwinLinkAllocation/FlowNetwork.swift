/// A small flow network with lower and upper bounds on edges, solved as a circulation with
/// Dinic's algorithm. The seat feasibility test builds one per question; they have a few dozen
/// nodes, so building afresh is cheaper than updating.
struct FlowNetwork {
    static let unbounded = Int.max / 4

    private struct Edge {
        let to: Int
        var capacity: Int
        let reverse: Int
    }

    private var adjacency: [[Edge]]
    /// Net lower-bound flow forced into (positive) or out of (negative) each node.
    private var imbalance: [Int]
    /// Where each added edge lives, and its lower bound, to read its flow back.
    private var handles: [(node: Int, index: Int, lower: Int, upper: Int)] = []

    init(nodes: Int) {
        adjacency = Array(repeating: [], count: nodes + 2)
        imbalance = Array(repeating: 0, count: nodes + 2)
    }

    private var superSource: Int { adjacency.count - 2 }
    private var superSink: Int { adjacency.count - 1 }

    /// Adds an edge carrying between `lower` and `upper` units; returns its handle.
    @discardableResult
    mutating func addEdge(from: Int, to: Int, lower: Int = 0, upper: Int) -> Int {
        precondition(from != to && lower >= 0 && lower <= upper, "invalid edge \(from)→\(to) \(lower)...\(upper)")
        let index = addResidual(from: from, to: to, capacity: upper - lower)
        imbalance[to] += lower
        imbalance[from] -= lower
        handles.append((from, index, lower, upper))
        return handles.count - 1
    }

    private mutating func addResidual(from: Int, to: Int, capacity: Int) -> Int {
        let index = adjacency[from].count
        adjacency[from].append(Edge(to: to, capacity: capacity, reverse: adjacency[to].count))
        adjacency[to].append(Edge(to: from, capacity: 0, reverse: index))
        return index
    }

    /// Whether some flow meets every bound with flow conserved at every node (edges into the
    /// source from the sink must be added by the caller to close the circulation).
    mutating func isFeasible() -> Bool {
        var required = 0
        for node in 0..<(adjacency.count - 2) {
            if imbalance[node] > 0 {
                _ = addResidual(from: superSource, to: node, capacity: imbalance[node])
                required += imbalance[node]
            } else if imbalance[node] < 0 {
                _ = addResidual(from: node, to: superSink, capacity: -imbalance[node])
            }
        }
        return maxFlow(from: superSource, to: superSink, limit: required) == required
    }

    /// The flow on an edge after a successful `isFeasible()`.
    func flow(on handle: Int) -> Int {
        let (node, index, lower, upper) = handles[handle]
        return lower + (upper - lower - adjacency[node][index].capacity)
    }

    private mutating func maxFlow(from source: Int, to sink: Int, limit: Int) -> Int {
        var total = 0
        var level = [Int](repeating: -1, count: adjacency.count)
        var next = [Int](repeating: 0, count: adjacency.count)
        while total < limit {
            for index in level.indices { level[index] = -1 }
            level[source] = 0
            var queue = [source]
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for edge in adjacency[node] where edge.capacity > 0 && level[edge.to] < 0 {
                    level[edge.to] = level[node] + 1
                    queue.append(edge.to)
                }
            }
            guard level[sink] >= 0 else { break }
            for index in next.indices { next[index] = 0 }
            while total < limit {
                let pushed = augment(source, sink, limit - total, &level, &next)
                if pushed == 0 { break }
                total += pushed
            }
        }
        return total
    }

    private mutating func augment(_ node: Int, _ sink: Int, _ amount: Int, _ level: inout [Int], _ next: inout [Int])
        -> Int
    {
        if node == sink { return amount }
        while next[node] < adjacency[node].count {
            let edge = adjacency[node][next[node]]
            if edge.capacity > 0 && level[edge.to] == level[node] + 1 {
                let pushed = augment(edge.to, sink, min(amount, edge.capacity), &level, &next)
                if pushed > 0 {
                    adjacency[node][next[node]].capacity -= pushed
                    adjacency[edge.to][edge.reverse].capacity += pushed
                    return pushed
                }
            }
            next[node] += 1
        }
        return 0
    }
}
