/// Re-fills one slot with a maximum-weight set of meetings while every other slot stays as it is.
///
/// The slot's movable meetings are taken out; then, among the requests not held elsewhere whose two
/// participants are available, free in that slot and under their caps, a maximum-weight matching with at most
/// the slot's free tables is put in. It is found exactly, as a min-cost flow from one side of the request graph
/// to the other. The old meetings are one such matching, so the weight never falls, and often rises: a
/// large neighbourhood that ejection chains alone do not reach.
///
/// Only requests across the two sides of `TwoColouring` are exchanged; a meeting inside one side (possible only
/// in a request graph with odd cycles) stays in its slot, like locked meetings.
struct SlotRefill {
    let model: SessionModel
    let sides: TwoColouring

    init(model: SessionModel) {
        self.model = model
        self.sides = TwoColouring(model: model, requests: Array(0..<model.requestCount))
    }

    private func isExchangeable(_ request: Int) -> Bool {
        !model.isLocked(request) && sides.side[model.endpointA[request]] != sides.side[model.endpointB[request]]
    }

    /// Re-fills `slot`; returns the weight gained (0 or more). `work` is lowered by the arcs of the flow network.
    func refill(_ slot: Int, in state: inout SlotAssignment, work: inout Int) -> Int {
        let bit = SlotMask.bit(slot)
        let previous = state.members[slot].filter(isExchangeable)
        let before = state.totalWeight
        for request in previous { state.remove(request) }
        let tablesLeft = model.tablesPerSlot[slot] - state.slotLoad[slot]
        // Eligible participants: available and free in the slot, under their cap.
        var node = [Int](repeating: -1, count: model.participantCount)
        var eligible: [Int] = []
        for participant in 0..<model.participantCount
        where model.available[participant] & ~state.busy[participant] & bit != 0
            && state.meetingCount[participant] < model.capacity[participant]
        {
            node[participant] = 3 + eligible.count
            eligible.append(participant)
        }
        var network = WeightFlowNetwork(nodeCount: 3 + eligible.count)
        network.addArc(from: 0, to: 1, capacity: max(0, tablesLeft), cost: 0)
        for participant in eligible {
            if sides.side[participant] == 0 {
                network.addArc(from: 1, to: node[participant], capacity: 1, cost: 0)
            } else {
                network.addArc(from: node[participant], to: 2, capacity: 1, cost: 0)
            }
        }
        var candidates: [(request: Int, arc: Int)] = []
        // The previous meetings first: the flow then tends to keep them when there is a tie.
        var seen = Set<Int>()
        for request in previous {
            seen.insert(request)
            addCandidate(request, network: &network, node: node, candidates: &candidates)
        }
        for participant in eligible where sides.side[participant] == 0 {
            for request in model.requests(of: participant)
            where !state.isScheduled(request) && isExchangeable(request) && !seen.contains(request) {
                let other = model.counterpart(of: participant, in: request)
                if node[other] >= 0 {
                    addCandidate(request, network: &network, node: node, candidates: &candidates)
                }
            }
        }
        work -= candidates.count + eligible.count
        _ = network.minimiseCost(source: 0, sink: 2)
        for (request, arc) in candidates where network.flow(on: arc) > 0 {
            state.place(request, in: slot)
        }
        return state.totalWeight - before
    }

    private func addCandidate(
        _ request: Int, network: inout WeightFlowNetwork, node: [Int], candidates: inout [(request: Int, arc: Int)]
    ) {
        var a = model.endpointA[request]
        var b = model.endpointB[request]
        guard node[a] >= 0, node[b] >= 0 else { return }
        if sides.side[a] == 1 { swap(&a, &b) }
        let arc = network.addArc(from: node[a], to: node[b], capacity: 1, cost: -model.weight[request])
        candidates.append((request, arc))
    }
}
