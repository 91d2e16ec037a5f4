import TwinLinkMeetingScheduler

/// Hand-written instances for exact tests: `build(slots: 2, tables: 1) { … }` with short ids.
struct InstanceBuilder {
    var instance: MeetingInstance

    init(slots: Int, tables: Int) {
        instance = MeetingInstance(
            participants: [], slots: SessionTimes(slotCount: slots).slots,
            tables: (0..<tables).map { MeetingTable(id: "t\($0)", name: "Table \($0 + 1)") }, requests: [])
    }

    /// Adds a participant; `cap` defaults to every slot.
    mutating func participant(_ id: String, cap: Int? = nil, unavailable: Set<String> = []) {
        instance.participants.append(
            MeetingParticipant(
                id: id, maximumMeetings: cap ?? instance.slots.count, unavailableSlotIDs: unavailable))
    }

    mutating func request(_ id: String, _ a: String, _ b: String, weight: Int) {
        instance.requests.append(RequestedMeeting(id: id, participantA: a, participantB: b, weight: weight))
    }

    mutating func lock(_ request: String, slot: String, table: String) {
        instance.lockedMeetings.append(LockedMeeting(requestID: request, slotID: slot, tableID: table))
    }
}
