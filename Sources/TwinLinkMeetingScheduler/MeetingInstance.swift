/// A B2B matchmaking session to schedule: who takes part, when, at which tables, who wants to meet whom,
/// and what the coordinator has already fixed.
///
/// Slots are listed in chronological order; the scheduler counts a participant's idle slots between their
/// first and last meeting in that order, so breaks belong between slots, not in them.
public struct MeetingInstance: Sendable, Hashable {
    /// Slots are kept as bits of a 64-bit mask: a session longer than that is split into several instances.
    public static let maximumSlotCount = 64

    public var participants: [MeetingParticipant]
    public var slots: [MeetingSlot]
    public var tables: [MeetingTable]
    public var requests: [RequestedMeeting]
    public var lockedMeetings: [LockedMeeting]

    public init(
        participants: [MeetingParticipant], slots: [MeetingSlot], tables: [MeetingTable],
        requests: [RequestedMeeting], lockedMeetings: [LockedMeeting] = []
    ) {
        self.participants = participants
        self.slots = slots
        self.tables = tables
        self.requests = requests
        self.lockedMeetings = lockedMeetings
    }

    /// Checks that the instance is consistent: unique ids, known references, slots in order, weights in range,
    /// locked meetings that honour availability, caps and each other. Reports every problem found.
    public func validate() throws(MeetingInstanceError) {
        let issues = MeetingInstanceValidator(instance: self).issues()
        if !issues.isEmpty { throw MeetingInstanceError(issues: issues) }
    }
}
