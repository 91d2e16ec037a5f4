/// The seat rule written out the slow, obvious way, to check the engine's flow network against:
/// for one delegate per firm, a set of firms is feasible when it fits the seats and the maximum
/// share and, with `open_pool`, can be completed with other eligible firms to a set that fills as
/// many reserved seats as any set could; with `keep_empty`, when it fits with the reserved seats
/// kept for their firms. The rule takes firms in priority order and keeps each one whose addition
/// leaves the set feasible. Exponential in the number of firms: for ten or so at most.
struct BruteForceSeats {
    let scenario: Scenario
    /// Eligible firms in priority order (best first).
    let order: [Int]

    private var reserves: [(seats: Int, matches: (Scenario.Firm) -> Bool)] {
        var reserves: [(seats: Int, matches: (Scenario.Firm) -> Bool)] = []
        if scenario.microReserve > 0 { reserves.append((scenario.microReserve, { $0.isMicro })) }
        if scenario.foodReserve > 0 { reserves.append((scenario.foodReserve, { $0.isFood })) }
        return reserves
    }

    /// The firms seated, by index.
    func seated() -> Set<Int> {
        let target = scenario.keepEmpty ? 0 : bestFill()
        var kept: Set<Int> = []
        for firm in order where isFeasible(kept.union([firm]), target: target) {
            kept.insert(firm)
        }
        return kept
    }

    private func fitsSeatsAndShare(_ set: Set<Int>) -> Bool {
        guard set.count <= scenario.seats else { return false }
        guard let limit = scenario.itLimit else { return true }
        return set.filter { scenario.firms[$0].isIT }.count <= limit
    }

    /// The most reserved seats `set` can fill, each of a firm's first delegates on at most one
    /// reserved seat of a category the firm belongs to: a bipartite matching, by augmenting paths.
    func fill(_ set: Set<Int>) -> Int {
        let slots = reserves.flatMap { reserve in Array(repeating: reserve.matches, count: reserve.seats) }
        var holder: [Int?] = Array(repeating: nil, count: slots.count)
        func place(_ firm: Int, _ visited: inout Set<Int>) -> Bool {
            for (slot, matches) in slots.enumerated() where matches(scenario.firms[firm]) && !visited.contains(slot) {
                // The holder is a firm; one of its delegates moves to another slot.
                visited.insert(slot)
                if holder[slot] == nil || place(holder[slot]!, &visited) {
                    holder[slot] = firm
                    return true
                }
            }
            return false
        }
        var filled = 0
        for firm in set.sorted() {
            for _ in 0..<scenario.firstDelegates(of: firm) {
                var visited: Set<Int> = []
                if place(firm, &visited) { filled += 1 }
            }
        }
        return filled
    }

    private func bestFill() -> Int {
        subsets(of: order).filter(fitsSeatsAndShare).map(fill).max() ?? 0
    }

    private func isFeasible(_ set: Set<Int>, target: Int) -> Bool {
        guard fitsSeatsAndShare(set) else { return false }
        if scenario.keepEmpty {
            let reservedTotal = reserves.reduce(0) { $0 + $1.seats }
            return set.count - fill(set) <= scenario.seats - reservedTotal
        }
        let others = order.filter { !set.contains($0) }
        return subsets(of: others).contains { extra in
            let whole = set.union(extra)
            return fitsSeatsAndShare(whole) && fill(whole) == target
        }
    }

    private func subsets(of items: [Int]) -> [Set<Int>] {
        (0..<(1 << items.count)).map { mask in
            Set(items.indices.filter { mask & (1 << $0) != 0 }.map { items[$0] })
        }
    }
}
