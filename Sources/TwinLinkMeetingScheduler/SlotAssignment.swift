/// The engine's working schedule: which slot each request is held in (tables come last), with the
/// per-participant and per-slot occupancy that makes feasibility checks a few mask operations.
struct SlotAssignment {
    let model: SessionModel
    /// Per request: its slot, or -1 while unscheduled.
    private(set) var slotOf: [Int]
    /// Per participant and slot (`participant * slotCount + slot`): the request held, or -1.
    private(set) var occupant: [Int]
    /// Per participant: the slots in which they already meet.
    private(set) var busy: [UInt64]
    /// Per participant: how many meetings they have.
    private(set) var meetingCount: [Int]
    /// Per slot: how many meetings it holds.
    private(set) var slotLoad: [Int]
    /// The slots that still have a free table.
    private(set) var slotsWithTable: UInt64
    /// Per slot: the requests held in it, in no particular order.
    private(set) var members: [[Int]]
    /// Per request: its position in `members[slotOf[request]]`.
    private var memberPosition: [Int]
    private(set) var totalWeight = 0
    private(set) var scheduledCount = 0

    /// An empty schedule, then the locked meetings.
    init(model: SessionModel) {
        self.model = model
        slotOf = [Int](repeating: -1, count: model.requestCount)
        occupant = [Int](repeating: -1, count: model.participantCount * model.slotCount)
        busy = [UInt64](repeating: 0, count: model.participantCount)
        meetingCount = [Int](repeating: 0, count: model.participantCount)
        slotLoad = [Int](repeating: 0, count: model.slotCount)
        members = [[Int]](repeating: [], count: model.slotCount)
        memberPosition = [Int](repeating: -1, count: model.requestCount)
        slotsWithTable = 0
        for slot in 0..<model.slotCount where model.tablesPerSlot[slot] > 0 {
            slotsWithTable |= UInt64(1) << UInt64(slot)
        }
        for request in 0..<model.requestCount where model.isLocked(request) {
            place(request, in: model.lockedSlot[request])
        }
    }

    func isScheduled(_ request: Int) -> Bool { slotOf[request] >= 0 }

    /// The request `participant` meets in `slot`, or -1.
    func occupant(of participant: Int, in slot: Int) -> Int {
        occupant[participant * model.slotCount + slot]
    }

    /// Whether both participants can take one more meeting.
    func hasCapacity(for request: Int) -> Bool {
        meetingCount[model.endpointA[request]] < model.capacity[model.endpointA[request]]
            && meetingCount[model.endpointB[request]] < model.capacity[model.endpointB[request]]
    }

    /// The slots in which `request` could be placed right now: both participants available and free, a table
    /// free. Caps are not part of it (see `hasCapacity(for:)`).
    func openSlots(for request: Int) -> UInt64 {
        let a = model.endpointA[request]
        let b = model.endpointB[request]
        return model.available[a] & model.available[b] & ~busy[a] & ~busy[b] & slotsWithTable
    }

    /// Whether `request` has a free table in `slot` and both participants are available and free then.
    func canPlace(_ request: Int, in slot: Int) -> Bool {
        openSlots(for: request) & (UInt64(1) << UInt64(slot)) != 0 && hasCapacity(for: request)
    }

    mutating func place(_ request: Int, in slot: Int) {
        let bit = UInt64(1) << UInt64(slot)
        let a = model.endpointA[request]
        let b = model.endpointB[request]
        occupant[a * model.slotCount + slot] = request
        occupant[b * model.slotCount + slot] = request
        busy[a] |= bit
        busy[b] |= bit
        meetingCount[a] += 1
        meetingCount[b] += 1
        slotOf[request] = slot
        memberPosition[request] = members[slot].count
        members[slot].append(request)
        slotLoad[slot] += 1
        if slotLoad[slot] >= model.tablesPerSlot[slot] { slotsWithTable &= ~bit }
        totalWeight += model.weight[request]
        scheduledCount += 1
    }

    mutating func remove(_ request: Int) {
        let slot = slotOf[request]
        let bit = UInt64(1) << UInt64(slot)
        let a = model.endpointA[request]
        let b = model.endpointB[request]
        occupant[a * model.slotCount + slot] = -1
        occupant[b * model.slotCount + slot] = -1
        busy[a] &= ~bit
        busy[b] &= ~bit
        meetingCount[a] -= 1
        meetingCount[b] -= 1
        slotOf[request] = -1
        let position = memberPosition[request]
        let last = members[slot].removeLast()
        if last != request {
            members[slot][position] = last
            memberPosition[last] = position
        }
        memberPosition[request] = -1
        slotLoad[slot] -= 1
        slotsWithTable |= bit
        totalWeight -= model.weight[request]
        scheduledCount -= 1
    }

    /// The slot among `open` ones that adds the fewest idle slots to the request's two participants; the
    /// earliest among equals.
    func leastIdleSlot(for request: Int, among open: UInt64) -> Int {
        let a = model.endpointA[request]
        let b = model.endpointB[request]
        let idleA = IdleCount.idle(busy: busy[a], available: model.available[a])
        let idleB = IdleCount.idle(busy: busy[b], available: model.available[b])
        var best = -1
        var bestCost = Int.max
        for slot in SlotMask(open) {
            let bit = SlotMask.bit(slot)
            let cost =
                IdleCount.idle(busy: busy[a] | bit, available: model.available[a]) - idleA
                + IdleCount.idle(busy: busy[b] | bit, available: model.available[b]) - idleB
            if cost < bestCost {
                bestCost = cost
                best = slot
            }
        }
        return best
    }

    /// Slots between a participant's first and last meeting in which they are available but idle.
    func idleSlots(of participant: Int) -> Int {
        IdleCount.idle(busy: busy[participant], available: model.available[participant])
    }
}
