/// A validated instance turned into dense arrays for the engine: participants, slots, tables and requests
/// are numbered by their position in the instance, slot sets are 64-bit masks.
struct SessionModel: Sendable {
    let instance: MeetingInstance
    let slotCount: Int
    let participantCount: Int
    let requestCount: Int
    let tableCount: Int
    /// Every slot of the session.
    let allSlots: UInt64
    /// Per participant: the slots in which they can meet.
    let available: [UInt64]
    /// Per participant: the most meetings they accept.
    let capacity: [Int]
    /// Per request: its two participants and its weight.
    let endpointA: [Int]
    let endpointB: [Int]
    let weight: [Int]
    /// Per participant: the requests they take part in (`incident[incidentStart[p]..<incidentStart[p + 1]]`).
    let incidentStart: [Int]
    let incident: [Int]
    /// Per table: the slots in which it can host a meeting.
    let tableAvailable: [UInt64]
    /// Per slot: how many tables can host a meeting.
    let tablesPerSlot: [Int]
    /// Per request: the locked slot and table, or -1.
    let lockedSlot: [Int]
    let lockedTable: [Int]

    /// Builds the model of a valid instance (see `MeetingInstance.validate()`).
    init(_ instance: MeetingInstance) {
        self.instance = instance
        slotCount = instance.slots.count
        participantCount = instance.participants.count
        requestCount = instance.requests.count
        tableCount = instance.tables.count
        allSlots = slotCount == 64 ? ~0 : (UInt64(1) << UInt64(slotCount)) - 1
        let slotIndex = Dictionary(uniqueKeysWithValues: instance.slots.enumerated().map { ($1.id, $0) })
        let participantIndex = Dictionary(
            uniqueKeysWithValues: instance.participants.enumerated().map { ($1.id, $0) })
        let tableIndex = Dictionary(uniqueKeysWithValues: instance.tables.enumerated().map { ($1.id, $0) })
        let requestIndex = Dictionary(uniqueKeysWithValues: instance.requests.enumerated().map { ($1.id, $0) })
        let full = allSlots
        func mask(_ ids: Set<String>) -> UInt64 {
            ids.reduce(full) { mask, id in mask & ~(UInt64(1) << UInt64(slotIndex[id]!)) }
        }
        available = instance.participants.map { mask($0.unavailableSlotIDs) }
        capacity = instance.participants.map(\.maximumMeetings)
        endpointA = instance.requests.map { participantIndex[$0.participantA]! }
        endpointB = instance.requests.map { participantIndex[$0.participantB]! }
        weight = instance.requests.map(\.weight)
        var degree = [Int](repeating: 0, count: participantCount + 1)
        for request in 0..<requestCount {
            degree[endpointA[request] + 1] += 1
            degree[endpointB[request] + 1] += 1
        }
        for participant in 0..<participantCount { degree[participant + 1] += degree[participant] }
        incidentStart = degree
        var fill = degree
        var incident = [Int](repeating: 0, count: 2 * requestCount)
        for request in 0..<requestCount {
            for endpoint in [endpointA[request], endpointB[request]] {
                incident[fill[endpoint]] = request
                fill[endpoint] += 1
            }
        }
        self.incident = incident
        tableAvailable = instance.tables.map { mask($0.unavailableSlotIDs) }
        tablesPerSlot = (0..<slotCount).map { slot in
            instance.tables.indices.count { tableIndex in
                !instance.tables[tableIndex].unavailableSlotIDs.contains(instance.slots[slot].id)
            }
        }
        var lockedSlot = [Int](repeating: -1, count: requestCount)
        var lockedTable = [Int](repeating: -1, count: requestCount)
        for locked in instance.lockedMeetings {
            let request = requestIndex[locked.requestID]!
            lockedSlot[request] = slotIndex[locked.slotID]!
            lockedTable[request] = tableIndex[locked.tableID]!
        }
        self.lockedSlot = lockedSlot
        self.lockedTable = lockedTable
    }

    /// The requests participant `participant` takes part in.
    func requests(of participant: Int) -> ArraySlice<Int> {
        incident[incidentStart[participant]..<incidentStart[participant + 1]]
    }

    /// The other participant of `request`.
    func counterpart(of participant: Int, in request: Int) -> Int {
        endpointA[request] == participant ? endpointB[request] : endpointA[request]
    }

    /// The slots in which both participants of `request` can meet.
    func commonAvailability(_ request: Int) -> UInt64 {
        available[endpointA[request]] & available[endpointB[request]]
    }

    func isLocked(_ request: Int) -> Bool { lockedSlot[request] >= 0 }
}
