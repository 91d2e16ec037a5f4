/// A schedule for an instance: the meetings held, where, and how close their weight is to the best possible.
public struct MeetingSchedule: Sendable, Hashable {
    /// The instance scheduled (after any changes applied when re-scheduling).
    public var instance: MeetingInstance
    /// Meetings in slot order, then table order.
    public var meetings: [PlacedMeeting]
    /// Requests not held, in instance order.
    public var unscheduledRequestIDs: [String]
    /// A proven bound on the weight any schedule of the instance can reach.
    public var bound: WeightUpperBound
    public var statistics: ScheduleStatistics
    /// The seed the scheduler ran with: with the same instance and options, the same schedule.
    public var seed: UInt64

    public init(
        instance: MeetingInstance, meetings: [PlacedMeeting], unscheduledRequestIDs: [String],
        bound: WeightUpperBound, statistics: ScheduleStatistics, seed: UInt64
    ) {
        self.instance = instance
        self.meetings = meetings
        self.unscheduledRequestIDs = unscheduledRequestIDs
        self.bound = bound
        self.statistics = statistics
        self.seed = seed
    }

    /// How much weight the schedule might still be missing: bound minus weight.
    public var gap: Int { bound.value - statistics.weight }

    /// Weight over bound, 1 when the bound is 0 (nothing can be scheduled).
    public var ratio: Double {
        bound.value == 0 ? 1 : Double(statistics.weight) / Double(bound.value)
    }

    /// The meeting of a request, if it is held.
    public func meeting(for requestID: String) -> PlacedMeeting? {
        meetings.first { $0.requestID == requestID }
    }
}
