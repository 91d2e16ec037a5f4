import TwinLinkDomain

/// A large-neighbourhood search past the improver's local optimum, for when the weight is still below the
/// bound. Each kick takes every movable meeting out of two random slots, re-fills them one after the other with
/// a maximum-weight set of meetings (`SlotRefill`, exact per slot), then tries to hold again the meetings taken
/// out and the other unscheduled requests of their participants, heaviest first (equal weights in a new random
/// order), by ejection and Kempe chains. The result replaces the current schedule when its weight is not lower,
/// so the search walks across schedules of equal weight; the heaviest schedule seen is kept. Each kick touches
/// two slots and a few participants, so it costs little even on large instances. Kicks are counted, never
/// timed: the result depends on the model, the budget and the seed only.
struct SlotRuinSearch {
    let model: SessionModel
    let target: Int
    let seed: UInt64

    /// Kicks until `budget` nodes of their searches (and arcs of their refills) are spent.
    func run(from start: SlotAssignment, budget: Int) -> SlotAssignment {
        guard model.slotCount > 1, budget > 0 else { return start }
        let refill = SlotRefill(model: model)
        var random = SplitMix64(seed: seed ^ 0x5107_2C11_AB0F_3E7D)
        var best = start
        var current = start
        var kick = 0
        var touched = [Int](repeating: -1, count: model.participantCount)
        var spent = 0
        while spent < budget && best.totalWeight < target {
            kick += 1
            let first = Int(random.next() % UInt64(model.slotCount))
            var second = Int(random.next() % UInt64(model.slotCount - 1))
            if second >= first { second += 1 }
            var trial = current
            var removed: [Int] = []
            for slot in [first, second] {
                for request in trial.members[slot] where !model.isLocked(request) { removed.append(request) }
            }
            for request in removed { trial.remove(request) }
            let refillWork = SearchBudget.refillWork(for: model)
            var work = refillWork
            let nodes = SearchBudget.kickNodes(removed: removed.count)
            var search = AssignmentSearch(state: trial, mayDrop: true, nodeBudget: nodes)
            search.refill(first, with: refill, work: &work)
            search.refill(second, with: refill, work: &work)
            // The meetings taken out, and the other waiting requests of their participants.
            var candidates: [Int] = []
            for request in removed {
                for participant in [model.endpointA[request], model.endpointB[request]]
                where touched[participant] != kick {
                    touched[participant] = kick
                    for other in model.requests(of: participant)
                    where !search.state.isScheduled(other) && !model.isLocked(other) {
                        candidates.append(other)
                    }
                }
            }
            let tieBreak = Dictionary(candidates.map { ($0, random.next()) }) { first, _ in first }
            let order = tieBreak.keys.sorted { left, right in
                model.weight[left] != model.weight[right]
                    ? model.weight[left] > model.weight[right] : tieBreak[left]! < tieBreak[right]!
            }
            search.improve(order: order, target: target)
            spent += 1 + removed.count + (nodes - search.nodesLeft) + (refillWork - work)
            trial = search.state
            if trial.totalWeight >= current.totalWeight { current = trial }
            if current.totalWeight > best.totalWeight { best = current }
        }
        return best
    }
}
