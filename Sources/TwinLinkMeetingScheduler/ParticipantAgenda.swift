public import Foundation

/// One participant's meetings in slot order: what they print or get in their briefing pack.
public struct ParticipantAgenda: Sendable, Hashable {
    /// One meeting seen from the participant's side.
    public struct Entry: Sendable, Hashable {
        public var slotID: String
        public var start: Date
        public var end: Date
        public var tableID: String
        public var tableName: String
        public var counterpartID: String
        public var counterpartName: String
        public var requestID: String
        public var weight: Int
        public var isLocked: Bool
    }

    public var participantID: String
    public var participantName: String
    public var entries: [Entry]
    /// Available slots without a meeting between the first and last meeting.
    public var idleSlots: Int
    /// Times the participant moves to another table between consecutive meetings.
    public var tableChanges: Int
}

extension MeetingSchedule {
    /// The agenda of one participant, or `nil` for an unknown id.
    public func agenda(for participantID: String) -> ParticipantAgenda? {
        guard let index = instance.participants.firstIndex(where: { $0.id == participantID }) else { return nil }
        let own = meetings.filter { $0.participantA == participantID || $0.participantB == participantID }
        return AgendaBuilder(schedule: self).agenda(of: index, meetings: own)
    }

    /// Every participant's agenda, in instance order (participants without meetings have empty ones).
    public func agendas() -> [ParticipantAgenda] {
        var byParticipant: [String: [PlacedMeeting]] = [:]
        for meeting in meetings {
            byParticipant[meeting.participantA, default: []].append(meeting)
            byParticipant[meeting.participantB, default: []].append(meeting)
        }
        let builder = AgendaBuilder(schedule: self)
        return instance.participants.indices.map { index in
            builder.agenda(of: index, meetings: byParticipant[instance.participants[index].id] ?? [])
        }
    }
}

/// Builds agendas with look-up tables made once per schedule.
private struct AgendaBuilder {
    let schedule: MeetingSchedule
    let slotIndex: [String: Int]
    let tables: [String: MeetingTable]
    let names: [String: String]

    init(schedule: MeetingSchedule) {
        self.schedule = schedule
        slotIndex = Dictionary(uniqueKeysWithValues: schedule.instance.slots.enumerated().map { ($1.id, $0) })
        tables = Dictionary(uniqueKeysWithValues: schedule.instance.tables.map { ($0.id, $0) })
        names = Dictionary(uniqueKeysWithValues: schedule.instance.participants.map { ($0.id, $0.name) })
    }

    /// `meetings` are the participant's, in slot order (the schedule keeps its meetings in slot order).
    func agenda(of index: Int, meetings: [PlacedMeeting]) -> ParticipantAgenda {
        let participant = schedule.instance.participants[index]
        let slots = schedule.instance.slots
        var busy: UInt64 = 0
        var available = UInt64.max
        for slotID in participant.unavailableSlotIDs { available &= ~SlotMask.bit(slotIndex[slotID]!) }
        var changes = 0
        var previousTable: String?
        let entries = meetings.map { meeting in
            let slot = slotIndex[meeting.slotID]!
            busy |= SlotMask.bit(slot)
            if let previousTable, previousTable != meeting.tableID { changes += 1 }
            previousTable = meeting.tableID
            let counterpart = meeting.participantA == participant.id ? meeting.participantB : meeting.participantA
            return ParticipantAgenda.Entry(
                slotID: meeting.slotID, start: slots[slot].start, end: slots[slot].end, tableID: meeting.tableID,
                tableName: tables[meeting.tableID]?.name ?? meeting.tableID, counterpartID: counterpart,
                counterpartName: names[counterpart] ?? counterpart, requestID: meeting.requestID,
                weight: meeting.weight, isLocked: meeting.isLocked)
        }
        return ParticipantAgenda(
            participantID: participant.id, participantName: participant.name, entries: entries,
            idleSlots: IdleCount.idle(busy: busy, available: available), tableChanges: changes)
    }
}
