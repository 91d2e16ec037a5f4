/// A second, slot-aware bound, for when the flow relaxation of `UpperBoundCalculator` ignores what makes an
/// instance hard: participants available in few slots, slots taken by locked meetings, caps below the slots.
///
/// The problem with its slots: a 0/1 variable `x(r, s)` per request `r` and slot `s` it can use (both
/// participants available and free of locked meetings, a table left); in each slot the meetings form a
/// matching of at most `tables left(s)` requests; each request is held at most once (`Σ_s x(r, s) ≤ 1`); each
/// participant `p` meets at most `cap left(p)` times. Moving the last two constraints into the objective with
/// multipliers `λ(r) ≥ 0` and `μ(p) ≥ 0` (Lagrangian relaxation) gives, for any such multipliers,
///
///     weight of any schedule ≤ Σ_r λ(r) + Σ_p μ(p) · cap left(p) + Σ_s M(s)
///
/// where `M(s)` is the largest total of `w(r) − λ(r) − μ(a) − μ(b)` over a matching of slot `s` with at most
/// `tables left(s)` requests: for a feasible schedule each added term `λ(r)(1 − Σ_s x(r, s))` and
/// `μ(p)(cap left(p) − meetings(p))` is non-negative, and each slot's meetings are one such matching. `M(s)`
/// is found exactly as a min-cost flow (on the bipartite double cover when the request graph has odd cycles:
/// half its value is at least the best matching's). The multipliers are integers in units of 1/`scale` of a
/// weight, so the bound is an exact integer computation whatever multipliers the search lands on.
///
/// The multipliers come from subgradient steps (Polyak's rule towards the weight of the schedule found), within
/// a budget of arcs, so the result depends on the instance and the budget only. At its best this reaches the
/// linear programme of the time-indexed model, which is never weaker than the flow relaxation's programme on
/// instances with fragmented availability.
struct SlotLagrangianBound {
    let model: SessionModel
    let residual: ResidualSession
    /// Multipliers are in units of 1/scale of a weight: finer units come closer to the linear programme's
    /// optimum (benchmark `unavailable` 200/1.5k: 1,518 with sixths, 1,514 with 24ths; the programme's value is
    /// 1,511.9).
    static let scale = 24

    /// Per slot: the live requests usable in it.
    private let requestsIn: [[Int]]
    /// Per slot: the participants of those requests, and each participant's node in the slot's network.
    private let participantsIn: [[Int]]
    private let sides: TwoColouring
    private let bipartite: Bool
    /// Per participant: `min(cap left, slots some request of theirs can use)`, a limit every schedule keeps.
    private let degreeLimit: [Int]

    /// Multipliers in units of a weight: per participant (`μ`) and per request (`λ`).
    struct Prices {
        let participant: [Int]
        let request: [Int]
    }

    init(model: SessionModel, residual: ResidualSession) {
        self.model = model
        self.residual = residual
        var requestsIn = [[Int]](repeating: [], count: model.slotCount)
        var live: [Int] = []
        for request in 0..<model.requestCount where residual.usableSlots[request] != 0 {
            live.append(request)
            for slot in SlotMask(residual.usableSlots[request]) { requestsIn[slot].append(request) }
        }
        self.requestsIn = requestsIn
        var seen = [Int](repeating: -1, count: model.participantCount)
        participantsIn = requestsIn.enumerated().map { slot, requests in
            var participants: [Int] = []
            for request in requests {
                for participant in [model.endpointA[request], model.endpointB[request]] where seen[participant] != slot
                {
                    seen[participant] = slot
                    participants.append(participant)
                }
            }
            return participants
        }
        var usable = [UInt64](repeating: 0, count: model.participantCount)
        for request in live {
            usable[model.endpointA[request]] |= residual.usableSlots[request]
            usable[model.endpointB[request]] |= residual.usableSlots[request]
        }
        degreeLimit = (0..<model.participantCount).map { min(residual.capacityLeft[$0], usable[$0].nonzeroBitCount) }
        sides = TwoColouring(model: model, requests: live)
        bipartite = sides.isBipartite.allSatisfy { $0 }
    }

    /// Network arcs one round of multipliers costs: every slot's network.
    var arcsPerRound: Int {
        (0..<model.slotCount).reduce(0) { $0 + requestsIn[$1].count + 2 * participantsIn[$1].count + 1 }
    }

    /// The best bound found (locked weight included), at most `current`; stops early at `lowest`, the weight of a known schedule, since
    /// no bound can go below it. `work` counts network arcs built. Starts from `prices` (the flow relaxation's
    /// duals) when given, else from half of every weight. `eachRound` sees every round's choice of a slot per
    /// request (-1: none), for a schedule to be built from it.
    func tighten(
        _ current: Int, lowest: Int, prices: Prices?, work: Int, eachRound: (_ proposal: [Int]) -> Void = { _ in }
    ) -> Int {
        guard current > lowest, model.slotCount > 0 else { return current }
        let scale = Self.scale
        var lambda = [Double](repeating: 0, count: model.requestCount)
        var mu = [Double](repeating: 0, count: model.participantCount)
        if let prices, bipartite {
            lambda = prices.request.map { Double(scale * $0) }
            mu = prices.participant.map { Double(scale * $0) }
        } else {
            for slot in 0..<model.slotCount {
                for request in requestsIn[slot] { lambda[request] = Double(scale * model.weight[request]) / 2 }
            }
        }
        var best = current
        var lowestFound = Int.max
        var rounds = 0
        var step = 1.0
        var sinceImprovement = 0
        var workLeft = work
        let target = Double(scale * (lowest - residual.lockedWeight))
        var chosenCount = [Int](repeating: 0, count: model.requestCount)
        var chosenSlot = [Int](repeating: -1, count: model.requestCount)
        var meetings = [Int](repeating: 0, count: model.participantCount)
        var node = [Int](repeating: 0, count: model.participantCount)
        while workLeft > 0 && best > lowest {
            let lambdaInt = lambda.map { Int($0.rounded()) }
            let muInt = mu.map { Int($0.rounded()) }
            for index in chosenCount.indices {
                chosenCount[index] = 0
                chosenSlot[index] = -1
            }
            for index in meetings.indices { meetings[index] = 0 }
            // Scaled by `scale` and, on the double cover, by 2.
            let copies = bipartite ? 1 : 2
            var value = 0
            for slot in 0..<model.slotCount where !requestsIn[slot].isEmpty {
                value += slotValue(
                    slot, lambda: lambdaInt, mu: muInt, copies: copies, chosen: &chosenCount, slotOf: &chosenSlot,
                    meetings: &meetings, node: &node, work: &workLeft)
            }
            for request in 0..<model.requestCount where residual.usableSlots[request] != 0 {
                value += copies * lambdaInt[request]
            }
            for participant in 0..<model.participantCount where muInt[participant] > 0 {
                value += copies * muInt[participant] * degreeLimit[participant]
            }
            eachRound(chosenSlot)
            let divisor = copies * scale
            let bound = residual.lockedWeight + value / divisor
            rounds += 1
            best = min(best, bound)
            // Where the flow relaxation is as tight as this one can get, stop soon.
            if rounds >= 12 && best == current { break }
            if bound < lowestFound {
                lowestFound = bound
                sinceImprovement = 0
            } else {
                sinceImprovement += 1
                if sinceImprovement >= 3 {
                    step /= 2
                    sinceImprovement = 0
                }
            }
            if step < 1e-3 { break }
            // Subgradient: a request held in several slots gets dearer, one held nowhere cheaper; a participant
            // over their cap dearer, one under it cheaper. Counts on the double cover are halved.
            var squares = 0.0
            var gradientR = [Double](repeating: 0, count: model.requestCount)
            var gradientP = [Double](repeating: 0, count: model.participantCount)
            for request in 0..<model.requestCount where residual.usableSlots[request] != 0 {
                let g = 1 - Double(chosenCount[request]) / Double(copies)
                if g < 0 || lambda[request] > 0 {
                    gradientR[request] = g
                    squares += g * g
                }
            }
            for participant in 0..<model.participantCount where degreeLimit[participant] > 0 {
                let g = Double(degreeLimit[participant]) - Double(meetings[participant]) / Double(copies)
                if g < 0 || mu[participant] > 0 {
                    gradientP[participant] = g
                    squares += g * g
                }
            }
            guard squares > 0 else { break }
            let gap = max(Double(value) / Double(copies) - target, Double(scale))
            let length = step * gap / squares
            for request in 0..<model.requestCount where gradientR[request] != 0 {
                lambda[request] = max(0, lambda[request] - length * gradientR[request])
            }
            for participant in 0..<model.participantCount where gradientP[participant] != 0 {
                mu[participant] = max(0, mu[participant] - length * gradientP[participant])
            }
        }
        return best
    }

    /// `M(s)` scaled (by `copies` on the double cover), with the requests it holds counted in `chosen` and
    /// `meetings`.
    private func slotValue(
        _ slot: Int, lambda: [Int], mu: [Int], copies: Int, chosen: inout [Int], slotOf: inout [Int],
        meetings: inout [Int], node: inout [Int], work: inout Int
    ) -> Int {
        let participants = participantsIn[slot]
        for (index, participant) in participants.enumerated() { node[participant] = index }
        let count = participants.count
        func left(_ participant: Int) -> Int { 3 + node[participant] }
        func right(_ participant: Int) -> Int { 3 + count + node[participant] }
        var network = WeightFlowNetwork(nodeCount: 3 + 2 * count)
        network.addArc(from: 0, to: 1, capacity: copies * residual.tablesLeft[slot], cost: 0)
        for participant in participants {
            if !bipartite || sides.side[participant] == 0 {
                network.addArc(from: 1, to: left(participant), capacity: 1, cost: 0)
            }
            if !bipartite || sides.side[participant] == 1 {
                network.addArc(from: right(participant), to: 2, capacity: 1, cost: 0)
            }
        }
        var arcs: [(request: Int, arc: Int)] = []
        for request in requestsIn[slot] {
            var a = model.endpointA[request]
            var b = model.endpointB[request]
            let gain = Self.scale * model.weight[request] - lambda[request] - mu[a] - mu[b]
            guard gain > 0 else { continue }
            if bipartite && sides.side[a] == 1 { swap(&a, &b) }
            arcs.append((request, network.addArc(from: left(a), to: right(b), capacity: 1, cost: -gain)))
            if !bipartite {
                arcs.append((request, network.addArc(from: left(b), to: right(a), capacity: 1, cost: -gain)))
            }
        }
        work -= arcs.count + 2 * count + 1
        guard !arcs.isEmpty else { return 0 }
        let cost = network.minimiseCost(source: 0, sink: 2)
        for (request, arc) in arcs where network.flow(on: arc) > 0 {
            chosen[request] += 1
            slotOf[request] = slot
            meetings[model.endpointA[request]] += 1
            meetings[model.endpointB[request]] += 1
        }
        return -cost
    }
}
