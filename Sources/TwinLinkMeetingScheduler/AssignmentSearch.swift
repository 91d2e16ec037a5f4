/// Raises the weight of a slot assignment with moves that never lower it:
/// - *ejection chains*: to hold an unscheduled request in a slot, the meetings that block it there (its
///   participants' meetings, or one meeting when the slot has no table left) move to other slots, and the
///   meetings blocking those move in turn, up to a depth; everything is undone unless the whole chain fits;
/// - *Kempe chains*: two slots swap along the chain of meetings that alternate between them;
/// - *exchanges*: a request goes in by dropping lighter meetings, which then try to go back elsewhere (through
///   ejection chains, or by displacing still lighter meetings); kept only when the total weight rises;
/// - *ruin and recreate*: around an unscheduled request, to leave a local optimum (see `ruinAndRecreate`).
/// Exchanges and ruin-and-recreate are not used when re-scheduling, where meetings already announced may move
/// but are never dropped.
///
/// Every step spends one unit of a node budget, so the result depends on the inputs and the budget only.
struct AssignmentSearch {
    private(set) var state: SlotAssignment
    let model: SessionModel
    /// Whether meetings may be dropped to make room for heavier ones.
    let mayDrop: Bool
    /// Deepest ejection chain tried.
    let maximumDepth: Int
    private(set) var nodesLeft: Int
    /// Steps one insertion attempt may spend, so that hopeless requests do not eat the budget.
    let attemptLimit: Int
    /// The budget level at which the current attempt stops.
    private var attemptFloor = 0
    /// Moves since the last `commit()`, to undo a failed attempt.
    private var journal: [Move] = []
    /// Per request: how many attempts in progress have fixed it (it must not be ejected again).
    private var pinCount: [Int]

    private enum Move {
        case placed(request: Int)
        case removed(request: Int, slot: Int)
        case pinned(request: Int)
    }

    init(state: SlotAssignment, mayDrop: Bool, maximumDepth: Int = 3, attemptLimit: Int = 200, nodeBudget: Int) {
        self.state = state
        self.attemptLimit = attemptLimit
        self.model = state.model
        self.mayDrop = mayDrop
        self.maximumDepth = maximumDepth
        self.nodesLeft = nodeBudget
        self.pinCount = [Int](repeating: 0, count: state.model.requestCount)
    }

    /// Tries to hold every unscheduled request in `order`, until a pass changes nothing, the weight reaches
    /// `target` (the upper bound: nothing more to find) or the budget runs out.
    mutating func improve(order: [Int], target: Int) {
        var pending = order.filter { !state.isScheduled($0) }
        while nodesLeft > 0 && state.totalWeight < target {
            var improved = false
            for request in pending where !state.isScheduled(request) {
                if nodesLeft <= 0 || state.totalWeight >= target { break }
                if insert(request) { improved = true }
            }
            pending.removeAll { state.isScheduled($0) }
            if !improved { break }
        }
    }

    /// Holds `request` by a direct placement, a Kempe chain or an ejection chain, else (when meetings may be
    /// dropped) by an exchange that raises the weight. Commits on success. When meetings may not be dropped
    /// (re-scheduling), short ejection chains come before Kempe chains, which can move more meetings.
    mutating func insert(_ request: Int) -> Bool {
        attemptFloor = max(0, nodesLeft - attemptLimit)
        let kempeAfterDepth = mayDrop ? 0 : 2
        for depth in 0...maximumDepth {
            if place(request, depth: depth) {
                commit()
                return true
            }
            rollback(to: 0)
            if depth == kempeAfterDepth && kempeInsert(request) {
                commit()
                return true
            }
            rollback(to: 0)
            if nodesLeft <= attemptFloor { break }
        }
        attemptFloor = max(0, nodesLeft - attemptLimit)
        if mayDrop && exchange(request) {
            commit()
            return true
        }
        rollback(to: 0)
        return false
    }

    /// Re-fills one slot exactly (see `SlotRefill`); between attempts only.
    mutating func refill(_ slot: Int, with refill: SlotRefill, work: inout Int) {
        precondition(journal.isEmpty, "refill between attempts only")
        _ = refill.refill(slot, in: &state, work: &work)
    }

    // MARK: - Ruin and recreate

    /// A larger step out of a local optimum: every movable meeting of the two participants of the unscheduled
    /// `request` is taken out, the request goes in, then the removed meetings and the participants' other
    /// unscheduled requests go back heaviest first, by direct placements, short ejection chains and Kempe
    /// chains. Kept when the weight does not fall (so the search can walk across equal-weight schedules),
    /// undone otherwise. Returns the weight gained.
    mutating func ruinAndRecreate(_ request: Int, tieBreak: [UInt64]) -> Int {
        let before = state.totalWeight
        let a = model.endpointA[request]
        let b = model.endpointB[request]
        attemptFloor = max(0, nodesLeft - 4 * attemptLimit)
        var candidates: [Int] = []
        for participant in [a, b] {
            for slot in SlotMask(state.busy[participant]) {
                let meeting = state.occupant(of: participant, in: slot)
                if isMovable(meeting) {
                    track(remove: meeting)
                    candidates.append(meeting)
                }
            }
            for other in model.requests(of: participant) where !state.isScheduled(other) && other != request {
                candidates.append(other)
            }
        }
        nodesLeft -= 1
        guard place(request, depth: 1) else {
            rollback(to: 0)
            return 0
        }
        candidates.sort { (model.weight[$1], tieBreak[$0]) < (model.weight[$0], tieBreak[$1]) }
        for candidate in candidates where !state.isScheduled(candidate) {
            let mark = journal.count
            if place(candidate, depth: 2) { continue }
            rollback(to: mark)
            if kempeInsert(candidate) { continue }
            rollback(to: mark)
        }
        let gain = state.totalWeight - before
        if gain >= 0 {
            commit()
        } else {
            rollback(to: 0)
        }
        return max(0, gain)
    }

    // MARK: - Ejection chains

    /// Places the unscheduled `request`, ejecting and re-placing blocking meetings up to `depth` levels.
    private mutating func place(_ request: Int, depth: Int) -> Bool {
        guard state.hasCapacity(for: request) else { return false }
        let open = state.openSlots(for: request)
        if open != 0 {
            track(place: request, in: state.leastIdleSlot(for: request, among: open))
            return true
        }
        guard depth > 0, nodesLeft > attemptFloor else { return false }
        nodesLeft -= 1
        let a = model.endpointA[request]
        let b = model.endpointB[request]
        let candidates = model.commonAvailability(request) & model.allSlots
        // Slots with one blocker first, then two, then a full table only.
        for round in 0..<3 {
            for slot in SlotMask(candidates) {
                let blockerA = state.occupant(of: a, in: slot)
                let blockerB = state.occupant(of: b, in: slot)
                let blockers = (blockerA >= 0 ? 1 : 0) + (blockerB >= 0 ? 1 : 0)
                if (round == 0 && blockers != 1) || (round == 1 && blockers != 2) || (round == 2 && blockers != 0) {
                    continue
                }
                if blockers == 0 {
                    if placeByFreeingTable(request, in: slot) { return true }
                    continue
                }
                if (blockerA >= 0 && !isMovable(blockerA)) || (blockerB >= 0 && !isMovable(blockerB)) { continue }
                let mark = journal.count
                if blockerA >= 0 { track(remove: blockerA) }
                if blockerB >= 0 { track(remove: blockerB) }
                track(place: request, in: slot)
                if (blockerA < 0 || place(blockerA, depth: depth - 1))
                    && (blockerB < 0 || place(blockerB, depth: depth - 1))
                {
                    return true
                }
                rollback(to: mark)
                if nodesLeft <= attemptFloor { return false }
            }
        }
        return false
    }

    /// Places `request` in `slot`, whose tables are all taken, by moving one of its meetings straight to
    /// another open slot.
    private mutating func placeByFreeingTable(_ request: Int, in slot: Int) -> Bool {
        let bit = SlotMask.bit(slot)
        guard state.slotsWithTable & ~bit != 0 else { return false }
        var scanned = 0
        for member in state.members[slot] where isMovable(member) {
            scanned += 1
            if scanned % 32 == 0 {
                nodesLeft -= 1
                if nodesLeft <= attemptFloor { return false }
            }
            let open = state.openSlots(for: member) & ~bit
            if open != 0 {
                track(remove: member)
                track(place: member, in: state.leastIdleSlot(for: member, among: open))
                track(place: request, in: slot)
                return true
            }
        }
        return false
    }

    private func isMovable(_ request: Int) -> Bool {
        !model.isLocked(request) && pinCount[request] == 0
    }

    // MARK: - Kempe chains

    /// Holds `request = (a, b)` in a slot α where `a` is free, by swapping α with a slot β where `b` is free
    /// along the alternating chain of α and β meetings that starts at `b` (and the mirror image). As in the
    /// proof of König's edge-colouring theorem; here every participant on the chain must be available in both
    /// slots, no meeting on it may be locked or pinned, and tables must allow the shift.
    private mutating func kempeInsert(_ request: Int) -> Bool {
        guard state.hasCapacity(for: request) else { return false }
        let mark = journal.count
        let a = model.endpointA[request]
        let b = model.endpointB[request]
        let freeA = model.available[a] & ~state.busy[a]
        let freeB = model.available[b] & ~state.busy[b]
        for (start, other, freeStart, freeOther) in [(b, a, freeB, freeA), (a, b, freeA, freeB)] {
            // α: free for `other`, held by `start`; β: free for `start`.
            for alpha in SlotMask(freeOther & model.available[start] & state.busy[start]) {
                for beta in SlotMask(freeStart & model.available[other]) where beta != alpha {
                    if nodesLeft <= attemptFloor { return false }
                    nodesLeft -= 1
                    if swapChain(from: start, avoiding: other, alpha: alpha, beta: beta) {
                        if state.canPlace(request, in: alpha) {
                            track(place: request, in: alpha)
                            return true
                        }
                        rollback(to: mark)
                    }
                }
            }
        }
        return false
    }

    /// Swaps slots α and β on the chain of meetings alternating α, β, α, … from `start`; false (and nothing
    /// changed) when the chain reaches `avoid`, a locked or pinned meeting, a participant unavailable in the
    /// slot it would move to, or runs longer than the participants.
    private mutating func swapChain(from start: Int, avoiding avoid: Int, alpha: Int, beta: Int) -> Bool {
        var chain: [Int] = []
        var vertex = start
        var colour = alpha
        let both = SlotMask.bit(alpha) | SlotMask.bit(beta)
        while chain.count <= model.participantCount {
            let meeting = state.occupant(of: vertex, in: colour)
            if meeting < 0 { break }
            guard isMovable(meeting) else { return false }
            let next = model.counterpart(of: vertex, in: meeting)
            guard next != avoid, model.available[next] & both == both else { return false }
            chain.append(meeting)
            vertex = next
            colour = colour == alpha ? beta : alpha
        }
        guard !chain.isEmpty else { return false }
        // Tables: an odd chain moves one meeting from α to β.
        if chain.count % 2 == 1 && state.slotLoad[beta] >= model.tablesPerSlot[beta] { return false }
        for meeting in chain { track(remove: meeting) }
        for (index, meeting) in chain.enumerated() {
            track(place: meeting, in: index % 2 == 0 ? beta : alpha)
        }
        return true
    }

    // MARK: - Exchanges

    /// Holds `request` in the slot where dropping lighter meetings (its participants' meetings there, the
    /// lightest meeting when no table is left, a meeting elsewhere when a cap is reached), then re-placing what
    /// it can, raises the weight most. Leaves the best exchange applied, or nothing.
    private mutating func exchange(_ request: Int) -> Bool {
        let before = state.totalWeight
        var bestGain = 0
        var bestSlot = -1
        var budgetAtBest = 0
        for slot in SlotMask(model.commonAvailability(request)) {
            if nodesLeft <= attemptFloor { break }
            let budget = nodesLeft
            let gain = tryExchange(request, in: slot)
            rollback(to: 0)
            if gain > bestGain {
                bestGain = gain
                bestSlot = slot
                budgetAtBest = budget
            }
        }
        guard bestSlot >= 0 else { return false }
        // Replaying from the same budget repeats the trial move for move.
        let spent = nodesLeft
        nodesLeft = budgetAtBest
        let gain = tryExchange(request, in: bestSlot)
        nodesLeft = spent
        guard gain == bestGain, state.totalWeight == before + gain else {
            rollback(to: 0)
            return false
        }
        return true
    }

    /// Applies one exchange and returns the weight it gains (possibly negative; the caller undoes it).
    private mutating func tryExchange(_ request: Int, in slot: Int) -> Int {
        nodesLeft -= 1
        let before = state.totalWeight
        let a = model.endpointA[request]
        let b = model.endpointB[request]
        var dropped: [Int] = []
        for participant in [a, b] {
            let blocker = state.occupant(of: participant, in: slot)
            if blocker >= 0 && !dropped.contains(blocker) {
                guard isMovable(blocker) else { return 0 }
                dropped.append(blocker)
            }
        }
        if dropped.isEmpty && state.slotLoad[slot] >= model.tablesPerSlot[slot] {
            guard let lightest = lightestMovable(state.members[slot]) else { return 0 }
            dropped.append(lightest)
        }
        for request in dropped { track(remove: request) }
        for participant in [a, b] where state.meetingCount[participant] >= model.capacity[participant] {
            let own = (0..<model.slotCount).compactMap { ownSlot -> Int? in
                let held = state.occupant(of: participant, in: ownSlot)
                return held >= 0 ? held : nil
            }
            guard let lightest = lightestMovable(own) else { return state.totalWeight - before }
            track(remove: lightest)
            dropped.append(lightest)
        }
        guard state.canPlace(request, in: slot) else { return state.totalWeight - before }
        track(place: request, in: slot)
        for request in dropped.sorted(by: { model.weight[$0] > model.weight[$1] }) {
            reinsert(request, dropsAllowed: 1)
        }
        return state.totalWeight - before
    }

    /// Puts a dropped meeting back by a short ejection chain, else, `dropsAllowed` levels deep, in the slot
    /// where it displaces the least weight of strictly lighter meetings, which are then put back in turn.
    private mutating func reinsert(_ request: Int, dropsAllowed: Int) {
        for depth in 0...max(0, maximumDepth - 2) {
            let mark = journal.count
            if place(request, depth: depth) { return }
            rollback(to: mark)
        }
        guard dropsAllowed > 0, state.hasCapacity(for: request) else { return }
        var bestSlot = -1
        var bestDropped: [Int] = []
        var bestWeight = model.weight[request]
        for slot in SlotMask(model.commonAvailability(request)) {
            var displaced: [Int] = []
            for participant in [model.endpointA[request], model.endpointB[request]] {
                let blocker = state.occupant(of: participant, in: slot)
                if blocker >= 0 { displaced.append(blocker) }
            }
            if displaced.isEmpty && state.slotLoad[slot] >= model.tablesPerSlot[slot] {
                if let lightest = lightestMovable(state.members[slot]) { displaced.append(lightest) }
            }
            guard !displaced.isEmpty, displaced.allSatisfy(isMovable) else { continue }
            let weight = displaced.reduce(0) { $0 + model.weight[$1] }
            if weight < bestWeight {
                bestWeight = weight
                bestSlot = slot
                bestDropped = displaced
            }
        }
        guard bestSlot >= 0 else { return }
        nodesLeft -= 1
        for meeting in bestDropped { track(remove: meeting) }
        track(place: request, in: bestSlot)
        for meeting in bestDropped { reinsert(meeting, dropsAllowed: dropsAllowed - 1) }
    }

    private func lightestMovable(_ requests: [Int]) -> Int? {
        var best: Int?
        for request in requests where isMovable(request) {
            if best.map({ model.weight[request] < model.weight[$0] }) ?? true { best = request }
        }
        return best
    }

    // MARK: - Journal

    private mutating func track(place request: Int, in slot: Int) {
        state.place(request, in: slot)
        journal.append(.placed(request: request))
        pinCount[request] += 1
        journal.append(.pinned(request: request))
    }

    private mutating func track(remove request: Int) {
        let slot = state.slotOf[request]
        state.remove(request)
        journal.append(.removed(request: request, slot: slot))
    }

    private mutating func rollback(to mark: Int) {
        while journal.count > mark {
            switch journal.removeLast() {
            case .placed(let request): state.remove(request)
            case .removed(let request, let slot): state.place(request, in: slot)
            case .pinned(let request): pinCount[request] -= 1
            }
        }
    }

    private mutating func commit() {
        for move in journal {
            if case .pinned(let request) = move { pinCount[request] -= 1 }
        }
        journal.removeAll(keepingCapacity: true)
    }
}
