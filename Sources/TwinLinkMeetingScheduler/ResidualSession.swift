/// What the locked meetings leave for the others: caps, tables and the slots each request can still use.
struct ResidualSession {
    let lockedWeight: Int
    let lockedCount: Int
    /// Per participant: cap minus locked meetings.
    let capacityLeft: [Int]
    /// Per slot: tables minus locked meetings.
    let tablesLeft: [Int]
    /// Per request: the slots where both participants are available and free of locked meetings and a table
    /// is left; 0 for locked requests and for requests a participant with no cap left takes part in.
    let usableSlots: [UInt64]

    init(model: SessionModel) {
        var lockedBusy = [UInt64](repeating: 0, count: model.participantCount)
        var capacityLeft = model.capacity
        var tablesLeft = model.tablesPerSlot
        var lockedWeight = 0
        var lockedCount = 0
        for request in 0..<model.requestCount where model.isLocked(request) {
            let slot = model.lockedSlot[request]
            for participant in [model.endpointA[request], model.endpointB[request]] {
                lockedBusy[participant] |= UInt64(1) << UInt64(slot)
                capacityLeft[participant] -= 1
            }
            tablesLeft[slot] -= 1
            lockedWeight += model.weight[request]
            lockedCount += 1
        }
        var slotsWithTable: UInt64 = 0
        for slot in 0..<model.slotCount where tablesLeft[slot] > 0 { slotsWithTable |= UInt64(1) << UInt64(slot) }
        usableSlots = (0..<model.requestCount).map { request in
            let a = model.endpointA[request]
            let b = model.endpointB[request]
            guard !model.isLocked(request), capacityLeft[a] > 0, capacityLeft[b] > 0 else { return 0 }
            return model.available[a] & model.available[b] & ~lockedBusy[a] & ~lockedBusy[b] & slotsWithTable
        }
        self.lockedWeight = lockedWeight
        self.lockedCount = lockedCount
        self.capacityLeft = capacityLeft
        self.tablesLeft = tablesLeft
    }
}
