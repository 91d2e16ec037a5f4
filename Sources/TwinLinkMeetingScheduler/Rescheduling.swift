/// The result of re-scheduling: the new schedule and what changed for each meeting.
public struct Rescheduling: Sendable, Hashable {
    public var schedule: MeetingSchedule
    /// Moved, added and dropped meetings, in request order of the previous instance, then the added requests.
    public var moves: [MeetingMove]

    public init(schedule: MeetingSchedule, moves: [MeetingMove]) {
        self.schedule = schedule
        self.moves = moves
    }
}
