/// Figures that describe a schedule, for reports and for comparing schedulers.
public struct ScheduleStatistics: Sendable, Hashable {
    /// Total weight of the meetings held: the first objective.
    public var weight: Int
    public var meetingCount: Int
    public var lockedMeetingCount: Int
    public var requestCount: Int
    public var unscheduledRequestCount: Int
    /// Participants with at least one meeting.
    public var participantsMeeting: Int
    /// Slots between a participant's first and last meeting in which they are available and idle, summed
    /// over participants: the second objective.
    public var idleSlots: Int
    /// Times a participant sits at a different table from their previous meeting, summed over participants:
    /// the third objective.
    public var tableChanges: Int

    public init(
        weight: Int, meetingCount: Int, lockedMeetingCount: Int, requestCount: Int, unscheduledRequestCount: Int,
        participantsMeeting: Int, idleSlots: Int, tableChanges: Int
    ) {
        self.weight = weight
        self.meetingCount = meetingCount
        self.lockedMeetingCount = lockedMeetingCount
        self.requestCount = requestCount
        self.unscheduledRequestCount = unscheduledRequestCount
        self.participantsMeeting = participantsMeeting
        self.idleSlots = idleSlots
        self.tableChanges = tableChanges
    }
}
