import TwinLinkDomain

/// Raises the weight of a slot assignment: rounds of insertion passes (`AssignmentSearch`) alternating with slot
/// refills (`SlotRefill`, exact per slot), until a round gains nothing; then ruin-and-recreate steps on
/// random unscheduled requests, followed by more rounds whenever they gain. Stops when the weight reaches the
/// upper bound or the step budget runs out. Deterministic for a given seed.
struct ScheduleImprover {
    private(set) var state: SlotAssignment
    let order: [Int]
    let target: Int
    let effort: Int
    let mayDrop: Bool
    let seed: UInt64

    mutating func run() {
        let model = state.model
        let refill = SlotRefill(model: model)
        var nodes = effort * SearchBudget.nodes(for: model)
        var refillWork = effort * SearchBudget.refillWork(for: model)
        var random = SplitMix64(seed: seed)
        let tieBreak = (0..<model.requestCount).map { _ in random.next() }
        while state.totalWeight < target && nodes > 0 {
            let before = state.totalWeight
            var search = AssignmentSearch(state: state, mayDrop: mayDrop, nodeBudget: nodes)
            search.improve(order: order, target: target)
            if mayDrop {
                for slot in 0..<model.slotCount where refillWork > 0 && search.state.totalWeight < target {
                    search.refill(slot, with: refill, work: &refillWork)
                }
            }
            if search.state.totalWeight == before && mayDrop {
                // A local optimum: ruin and recreate around unscheduled requests until one gains.
                let unscheduled = order.filter { !search.state.isScheduled($0) }
                var attempts = 0
                while !unscheduled.isEmpty && search.nodesLeft > 0 && search.state.totalWeight == before
                    && attempts < 4 * unscheduled.count
                {
                    attempts += 1
                    let request = unscheduled[Int(random.next() % UInt64(unscheduled.count))]
                    if !search.state.isScheduled(request) { _ = search.ruinAndRecreate(request, tieBreak: tieBreak) }
                }
            }
            nodes = search.nodesLeft
            state = search.state
            if state.totalWeight == before { break }
        }
    }
}
