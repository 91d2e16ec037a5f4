import Foundation
import TwinLinkDomain

/// Lowers the idle slots between participants' meetings without changing which meetings are held.
///
/// For a participant with idle slots, each of their movable meetings is tried in each slot where they are
/// free: the meeting moves there along its Kempe chain (the meetings alternating between the two slots,
/// which swap), so only the chain's two end participants change their slots. When the move would need a table
/// in a full slot, a meeting of that slot whose participants are free in the other slot trades places with it.
/// The best move that lowers the total of idle slots is applied; passes repeat until nothing improves or the
/// step budget runs out. Locked meetings stay.
struct IdleSlotCompaction {
    private(set) var state: SlotAssignment
    private var stepsLeft: Int
    private var chain: [Int] = []

    init(state: SlotAssignment, budget: Int) {
        self.state = state
        self.stepsLeft = budget
    }

    private var model: SessionModel { state.model }

    /// A move found by `bestMove(for:)`.
    private struct Move {
        let participant: Int
        let alpha: Int
        let beta: Int
        /// A meeting of β that trades places with the chain's meeting, or -1.
        let trade: Int
        let change: Int
    }

    /// Simulated annealing over the same moves, random ones, accepting a worse move with probability
    /// exp(-change / temperature); the temperature falls linearly to 0 over `iterations`.
    mutating func anneal(iterations: Int, startTemperature: Double, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let participants = model.participantCount
        guard participants > 0 else { return }
        for iteration in 0..<iterations {
            let temperature = startTemperature * Double(iterations - iteration) / Double(iterations)
            let participant = Int(random.next() % UInt64(participants))
            let busy = state.busy[participant]
            let free = model.available[participant] & ~busy
            guard busy != 0, free != 0 else { continue }
            let alpha = Self.randomSlot(in: busy, &random)
            let beta = Self.randomSlot(in: free, &random)
            if model.isLocked(state.occupant(of: participant, in: alpha)) { continue }
            guard let end = walkChain(from: participant, alpha: alpha, beta: beta) else { continue }
            let endFrom = chain.count % 2 == 1 ? alpha : beta
            let endTo = chain.count % 2 == 1 ? beta : alpha
            var change = idleChange(participant, moving: alpha, to: beta) + idleChange(end, moving: endFrom, to: endTo)
            var trade = -1
            if chain.count % 2 == 1 && state.slotLoad[beta] >= model.tablesPerSlot[beta] {
                let offset = Int(random.next() % UInt64(max(1, state.members[beta].count)))
                guard let (member, tradeChange) = bestTrade(in: beta, to: alpha, scanning: 12, startingAt: offset)
                else { continue }
                trade = member
                change += tradeChange
            }
            let accept =
                change <= 0
                || (temperature > 0
                    && Double(random.next() >> 11) / Double(UInt64(1) << 53) < exp(-Double(change) / temperature))
            if accept {
                apply(Move(participant: participant, alpha: alpha, beta: beta, trade: trade, change: change))
            }
        }
    }

    private static func randomSlot(in mask: UInt64, _ random: inout SplitMix64) -> Int {
        var index = Int(random.next() % UInt64(mask.nonzeroBitCount))
        for slot in SlotMask(mask) {
            if index == 0 { return slot }
            index -= 1
        }
        return mask.trailingZeroBitCount
    }

    mutating func run() {
        while stepsLeft > 0 {
            var improved = false
            for participant in 0..<model.participantCount where stepsLeft > 0 && state.idleSlots(of: participant) > 0 {
                if let move = bestMove(for: participant) {
                    apply(move)
                    improved = true
                }
            }
            if !improved { break }
        }
    }

    private func idleChange(_ participant: Int, from old: UInt64, to new: UInt64) -> Int {
        IdleCount.idle(busy: new, available: model.available[participant])
            - IdleCount.idle(busy: old, available: model.available[participant])
    }

    /// The change of `participant`'s idle slots if their meeting in `from` moved to `to`.
    private func idleChange(_ participant: Int, moving from: Int, to: Int) -> Int {
        let busy = state.busy[participant]
        return idleChange(participant, from: busy, to: busy & ~SlotMask.bit(from) | SlotMask.bit(to))
    }

    private mutating func bestMove(for participant: Int) -> Move? {
        var best: Move?
        let free = model.available[participant] & ~state.busy[participant]
        for alpha in SlotMask(state.busy[participant]) {
            let meeting = state.occupant(of: participant, in: alpha)
            if model.isLocked(meeting) { continue }
            for beta in SlotMask(free) {
                stepsLeft -= 1
                guard let end = walkChain(from: participant, alpha: alpha, beta: beta) else { continue }
                // The chain's last participant held the last meeting's slot and takes the other one.
                let endFrom = chain.count % 2 == 1 ? alpha : beta
                let endTo = chain.count % 2 == 1 ? beta : alpha
                var change =
                    idleChange(participant, moving: alpha, to: beta) + idleChange(end, moving: endFrom, to: endTo)
                var trade = -1
                if chain.count % 2 == 1 && state.slotLoad[beta] >= model.tablesPerSlot[beta] {
                    guard let (member, tradeChange) = bestTrade(in: beta, to: alpha) else { continue }
                    trade = member
                    change += tradeChange
                }
                if change < (best?.change ?? 0) {
                    best = Move(participant: participant, alpha: alpha, beta: beta, trade: trade, change: change)
                }
            }
        }
        return best
    }

    /// Fills `chain` with the meetings alternating α, β, … from `start`; returns the last participant, or nil
    /// when a meeting is locked or a participant cannot take the other slot.
    private mutating func walkChain(from start: Int, alpha: Int, beta: Int) -> Int? {
        chain.removeAll(keepingCapacity: true)
        let both = SlotMask.bit(alpha) | SlotMask.bit(beta)
        var vertex = start
        var colour = alpha
        while chain.count < 64 {
            let meeting = state.occupant(of: vertex, in: colour)
            if meeting < 0 { return vertex }
            if model.isLocked(meeting) { return nil }
            let next = model.counterpart(of: vertex, in: meeting)
            if next == start || model.available[next] & both != both { return nil }
            chain.append(meeting)
            vertex = next
            colour = colour == alpha ? beta : alpha
        }
        return nil
    }

    /// A meeting of the full slot `from` that can move to `to` (after the chain frees a table there), with
    /// the idle change of its participants; the best of a bounded scan.
    private mutating func bestTrade(in from: Int, to: Int, scanning limit: Int = 64, startingAt offset: Int = 0)
        -> (Int, Int)?
    {
        let bit = SlotMask.bit(to)
        let members = state.members[from]
        var best: (Int, Int)?
        var scanned = 0
        for index in 0..<min(limit, members.count) {
            let member = members[(offset + index) % members.count]
            if model.isLocked(member) || chain.contains(member) { continue }
            scanned += 1
            let a = model.endpointA[member]
            let b = model.endpointB[member]
            guard model.available[a] & ~state.busy[a] & bit != 0, model.available[b] & ~state.busy[b] & bit != 0 else {
                continue
            }
            let change = idleChange(a, moving: from, to: to) + idleChange(b, moving: from, to: to)
            if change < (best?.1 ?? Int.max) { best = (member, change) }
        }
        stepsLeft -= scanned / 8
        return best
    }

    private mutating func apply(_ move: Move) {
        guard walkChain(from: move.participant, alpha: move.alpha, beta: move.beta) != nil else { return }
        let meetings = chain
        if move.trade >= 0 { state.remove(move.trade) }
        for meeting in meetings { state.remove(meeting) }
        for (index, meeting) in meetings.enumerated() {
            state.place(meeting, in: index % 2 == 0 ? move.beta : move.alpha)
        }
        if move.trade >= 0 { state.place(move.trade, in: move.alpha) }
    }
}
