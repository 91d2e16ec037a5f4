/// The seat structure of one activity as a flow network, and the test the greedy asks it:
/// "can these units be seated?". A unit is one delegate's seat. Units fall into types by the
/// reserved categories they may fill (a firm's first `default` delegates only) and the maximum
/// share they count against; units of one type are interchangeable for every rule.
///
/// The network: source → maximum share (its seat limit) → unit type (the units placed, plus the
/// eligible first delegates still free, which may be added to fill reserved seats) → its
/// reserved categories or the open seats → sink. The reserved categories must together hold the
/// fill that the applicants can achieve at best (`requiredFill`); with `open_pool` the open
/// seats are the rest, with `keep_empty` they exclude every reserved seat. A set of units is
/// feasible when it can be completed with free units to such a flow; by the linkage theorem for
/// networks (Pym), these sets are the independent sets of a gammoid, hence a matroid.
struct SeatModel {
    struct UnitType: Hashable {
        /// Bit j: the unit may fill reserved category j.
        var reservedMask: UInt64
        /// The maximum share it counts against, if any.
        var share: Int?
    }

    let seats: Int
    let reserved: [Int]
    let shareLimits: [Int]
    let policy: QuotaRules.UnusedReservedSeats
    private(set) var types: [UnitType] = []
    private var typeIndex: [UnitType: Int] = [:]
    /// Eligible first-delegate units per type, which can be called on to fill reserved seats.
    private(set) var supply: [Int] = []
    /// The reserved fill every feasible set must be able to reach.
    var requiredFill = 0

    init(seats: Int, reserved: [Int], shareLimits: [Int], policy: QuotaRules.UnusedReservedSeats) {
        self.seats = seats
        self.reserved = reserved
        self.shareLimits = shareLimits
        self.policy = policy
    }

    var hasReserves: Bool { reserved.contains { $0 > 0 } }

    /// The type index for a unit, registering the type on first use.
    mutating func type(_ type: UnitType) -> Int {
        if let index = typeIndex[type] { return index }
        types.append(type)
        supply.append(0)
        typeIndex[type] = types.count - 1
        return types.count - 1
    }

    mutating func addSupply(type: Int) {
        if types[type].reservedMask != 0 { supply[type] += 1 }
    }

    /// The units placed so far, per type.
    struct Counts {
        var placed: [Int]
        var eligiblePlaced: [Int]
        var perShare: [Int]
        var total = 0

        init(types: Int, shares: Int) {
            placed = Array(repeating: 0, count: types)
            eligiblePlaced = Array(repeating: 0, count: types)
            perShare = Array(repeating: 0, count: shares)
        }

        mutating func add(type: Int, share: Int?, eligible: Bool) {
            placed[type] += 1
            if eligible { eligiblePlaced[type] += 1 }
            if let share { perShare[share] += 1 }
            total += 1
        }
    }

    func emptyCounts() -> Counts { Counts(types: types.count, shares: shareLimits.count) }

    /// Why a unit cannot be added.
    enum Refusal: Hashable {
        case seatsTaken
        case shareReached(Int)
        case seatsReserved
    }

    /// `nil` when the unit of `type` can join `counts`; else the first reason it cannot.
    /// `knownInfeasible`: a unit of the same type was refused for the reserves against fewer
    /// units, so (the feasible sets being closed under taking subsets) this one is refused too.
    func refusal(adding type: Int, eligible: Bool, to counts: Counts, knownInfeasible: Bool = false) -> Refusal? {
        if counts.total >= seats { return .seatsTaken }
        if let share = types[type].share, counts.perShare[share] >= shareLimits[share] { return .shareReached(share) }
        guard hasReserves else { return nil }
        if knownInfeasible { return .seatsReserved }
        var next = counts
        next.add(type: type, share: types[type].share, eligible: eligible)
        return isFeasible(next, fill: requiredFill) ? nil : .seatsReserved
    }

    /// The largest reserved fill reachable with `counts` placed, or `nil` if `counts` cannot be
    /// seated at all.
    func bestFill(_ counts: Counts) -> Int? {
        guard isFeasible(counts, fill: 0) else { return nil }
        var low = 0
        var high = reserved.reduce(0, +)
        while low < high {
            let middle = (low + high + 1) / 2
            if isFeasible(counts, fill: middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// For each type, how many of its placed units sit on which reserved category's seats, with
    /// the reserved fill at its best; empty lists when `counts` cannot be seated.
    func reservedPlacement(_ counts: Counts) -> [[(category: Int, units: Int)]] {
        let fill = bestFill(counts) ?? 0
        var built = build(counts, fill: fill, withSupply: false)
        guard built.network.isFeasible() else { return Array(repeating: [], count: types.count) }
        let network = built.network
        return built.reservedEdges.map { edges in
            edges.map { (category: $0.category, units: network.flow(on: $0.handle)) }.filter { $0.units > 0 }
        }
    }

    func isFeasible(_ counts: Counts, fill: Int) -> Bool {
        var built = build(counts, fill: fill, withSupply: true)
        return built.network.isFeasible()
    }

    private func build(_ counts: Counts, fill: Int, withSupply: Bool)
        -> (network: FlowNetwork, reservedEdges: [[(category: Int, handle: Int)]])
    {
        let source = 0
        let sink = 1
        let open = 2
        let reservedHub = 3
        let firstShare = 4
        let firstReserved = firstShare + shareLimits.count
        let firstType = firstReserved + reserved.count
        var network = FlowNetwork(nodes: firstType + types.count)
        let unbounded = FlowNetwork.unbounded
        for (index, limit) in shareLimits.enumerated() {
            network.addEdge(from: source, to: firstShare + index, upper: limit)
        }
        var reservedEdges: [[(category: Int, handle: Int)]] = Array(repeating: [], count: types.count)
        for (index, type) in types.enumerated() {
            let placed = counts.placed[index]
            // Only types that may fill reserved seats have a supply (first delegates of eligible firms).
            let free = withSupply ? max(0, supply[index] - counts.eligiblePlaced[index]) : 0
            guard placed > 0 || free > 0 else { continue }
            let node = firstType + index
            network.addEdge(
                from: type.share.map { firstShare + $0 } ?? source, to: node, lower: placed, upper: placed + free)
            for category in reserved.indices where type.reservedMask & (1 << UInt64(category)) != 0 {
                let handle = network.addEdge(from: node, to: firstReserved + category, upper: unbounded)
                reservedEdges[index].append((category, handle))
            }
            network.addEdge(from: node, to: open, upper: unbounded)
        }
        for (index, capacity) in reserved.enumerated() {
            network.addEdge(from: firstReserved + index, to: reservedHub, upper: capacity)
        }
        let reservedTotal = reserved.reduce(0, +)
        switch policy {
        case .openPool:
            network.addEdge(from: reservedHub, to: sink, lower: fill, upper: fill)
            network.addEdge(from: open, to: sink, upper: max(0, seats - fill))
        case .keepEmpty:
            network.addEdge(from: reservedHub, to: sink, lower: fill, upper: reservedTotal)
            network.addEdge(from: open, to: sink, upper: max(0, seats - reservedTotal))
        }
        network.addEdge(from: sink, to: source, upper: unbounded)
        return (network, reservedEdges)
    }
}
