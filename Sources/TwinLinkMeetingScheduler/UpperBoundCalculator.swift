/// Computes `WeightUpperBound` for a session, and the optimal relaxed request set, which the construction
/// uses as a guide.
///
/// Why each part is valid, for a feasible schedule minus its locked meetings:
/// - a request can be held only in a slot where both participants are available, neither has a locked meeting
///   and a table is left after the locked meetings: requests without such a slot, or whose participant has no
///   cap left, are dropped;
/// - participant `p` meets at most `d(p) = min(cap left, |slots usable by some request of p|)` times, since
///   its meetings take distinct usable slots;
/// - in slot `s` the meetings form a matching of the participants who can use `s`: inside a connected
///   component of the request graph that is bipartite, at most the smaller side; otherwise at most half of
///   them; and at most the tables left in `s`. Summed over slots this limits the number of meetings, `K`;
/// - the linear programme "maximise Σ w(r) x(r) with Σ_{r ∋ p} x(r) ≤ d(p), Σ x(r) ≤ K, 0 ≤ x ≤ 1" relaxes the
///   problem. On a bipartite request graph it is a min-cost flow; on any graph, the same programme on the
///   bipartite double cover (each participant as a left and a right copy, each request as two arcs, limit
///   `2K`) has exactly twice its optimum, since `x(r) = (f(a→b') + f(b→a')) / 2` maps flows to solutions
///   and back. The flow optimum is an integer, and the schedule's weight is an integer, so the floor of
///   the half is still a bound.
struct UpperBoundCalculator {
    let model: SessionModel

    struct Result {
        let bound: WeightUpperBound
        /// Per request: how much of it the relaxation's optimum holds (0, 1 or, on the double cover, 1/2
        /// counted as 1), for the construction to try first. Locked requests count as held.
        let relaxedChoice: [Bool]
        /// The relaxation's dual prices, per participant and per request (a bipartite request graph only):
        /// where `SlotLagrangianBound` starts.
        let prices: SlotLagrangianBound.Prices?
    }

    func compute() -> Result {
        let residual = ResidualSession(model: model)
        let live = (0..<model.requestCount).filter { residual.usableSlots[$0] != 0 }
        let participantSlots = usableSlotsPerParticipant(live: live, residual: residual)
        let degreeLimit = (0..<model.participantCount).map { participant in
            min(residual.capacityLeft[participant], participantSlots[participant].nonzeroBitCount)
        }
        let sides = TwoColouring(model: model, requests: live)
        let meetingLimit = meetingLimit(
            residual: residual, participantSlots: participantSlots, sides: sides)
        let unlimited = relaxation(live: live, degreeLimit: degreeLimit, sides: sides, meetingLimit: nil)
        let limited = relaxation(live: live, degreeLimit: degreeLimit, sides: sides, meetingLimit: meetingLimit)
        var choice = limited.choice
        for request in 0..<model.requestCount where model.isLocked(request) { choice[request] = true }
        let bound = WeightUpperBound(
            value: residual.lockedWeight + limited.weight,
            lockedWeight: residual.lockedWeight,
            matchingBound: residual.lockedWeight + unlimited.weight,
            meetingLimit: residual.lockedCount + meetingLimit)
        return Result(bound: bound, relaxedChoice: choice, prices: limited.prices)
    }

    private func usableSlotsPerParticipant(live: [Int], residual: ResidualSession) -> [UInt64] {
        var slots = [UInt64](repeating: 0, count: model.participantCount)
        for request in live {
            slots[model.endpointA[request]] |= residual.usableSlots[request]
            slots[model.endpointB[request]] |= residual.usableSlots[request]
        }
        return slots
    }

    /// `K`: per slot, the smaller of the tables left and the largest matching the components allow.
    private func meetingLimit(residual: ResidualSession, participantSlots: [UInt64], sides: TwoColouring) -> Int {
        var limit = 0
        var sideCount = [Int](repeating: 0, count: 2 * sides.componentCount)
        for slot in 0..<model.slotCount {
            let bit = UInt64(1) << UInt64(slot)
            for index in sideCount.indices { sideCount[index] = 0 }
            for participant in 0..<model.participantCount where participantSlots[participant] & bit != 0 {
                sideCount[2 * sides.component[participant] + sides.side[participant]] += 1
            }
            var matching = 0
            for component in 0..<sides.componentCount {
                let left = sideCount[2 * component]
                let right = sideCount[2 * component + 1]
                matching += sides.isBipartite[component] ? min(left, right) : (left + right) / 2
            }
            limit += min(residual.tablesLeft[slot], matching)
        }
        return limit
    }

    private struct Relaxation {
        let weight: Int
        let choice: [Bool]
        let prices: SlotLagrangianBound.Prices?
    }

    /// The flow relaxation, on the bipartite graph itself when every component is bipartite, else on the
    /// double cover.
    private func relaxation(live: [Int], degreeLimit: [Int], sides: TwoColouring, meetingLimit: Int?) -> Relaxation {
        let bipartite = sides.isBipartite.allSatisfy { $0 }
        let copies = bipartite ? 1 : 2
        let participants = model.participantCount
        // Nodes: 0 super source, 1 source, 2 sink, then a left and a right copy of each participant.
        let superSource = 0
        let source = 1
        let sink = 2
        func left(_ participant: Int) -> Int { 3 + participant }
        func right(_ participant: Int) -> Int { 3 + participants + participant }
        var network = WeightFlowNetwork(nodeCount: 3 + 2 * participants)
        let unlimited = 2 * live.count + 1
        network.addArc(from: superSource, to: source, capacity: meetingLimit.map { copies * $0 } ?? unlimited, cost: 0)
        var participantArc = [Int](repeating: -1, count: participants)
        for participant in 0..<participants where degreeLimit[participant] > 0 {
            if !bipartite || sides.side[participant] == 0 {
                participantArc[participant] = network.addArc(
                    from: source, to: left(participant), capacity: degreeLimit[participant], cost: 0)
            }
        }
        var arcs: [(request: Int, arc: Int)] = []
        arcs.reserveCapacity(copies * live.count)
        for request in live {
            var a = model.endpointA[request]
            var b = model.endpointB[request]
            if degreeLimit[a] == 0 || degreeLimit[b] == 0 { continue }
            if bipartite && sides.side[a] == 1 { swap(&a, &b) }
            let cost = -model.weight[request]
            arcs.append((request, network.addArc(from: left(a), to: right(b), capacity: 1, cost: cost)))
            if !bipartite {
                arcs.append((request, network.addArc(from: left(b), to: right(a), capacity: 1, cost: cost)))
            }
        }
        for participant in 0..<participants where degreeLimit[participant] > 0 {
            if !bipartite || sides.side[participant] == 1 {
                let arc = network.addArc(
                    from: right(participant), to: sink, capacity: degreeLimit[participant], cost: 0)
                if bipartite { participantArc[participant] = arc }
            }
        }
        let cost = network.minimiseCost(source: superSource, sink: sink)
        var choice = [Bool](repeating: false, count: model.requestCount)
        for (request, arc) in arcs where network.flow(on: arc) > 0 { choice[request] = true }
        var prices: SlotLagrangianBound.Prices?
        if bipartite {
            var request = [Int](repeating: 0, count: model.requestCount)
            for (index, arc) in arcs { request[index] = network.dual(of: arc) }
            prices = SlotLagrangianBound.Prices(
                participant: participantArc.map { $0 < 0 ? 0 : network.dual(of: $0) }, request: request)
        }
        return Relaxation(weight: -cost / copies, choice: choice, prices: prices)
    }
}
