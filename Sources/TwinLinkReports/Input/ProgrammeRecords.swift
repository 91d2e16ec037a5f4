public import TwinLinkDomain

/// Everything the programme recorded that attendance checks and reports read: the registry, the
/// planned activities, the delegations (allocation runs), the 1:1 schedules, attendance,
/// outcomes and costs. Plain values: the caller reads them from wherever they are stored.
public struct ProgrammeRecords: Sendable {
    public var registry: Registry
    public var activities: [Activity]
    /// The latest allocation of each study visit that has one.
    public var allocations: [VisitAllocation]
    public var scheduledMeetings: [ScheduledMeeting]
    public var attendance: [AttendanceRecord]
    public var outcomes: [RecordedOutcome]
    public var costs: [ActivityCosts]

    public init(
        registry: Registry, activities: [Activity], allocations: [VisitAllocation] = [],
        scheduledMeetings: [ScheduledMeeting] = [], attendance: [AttendanceRecord] = [],
        outcomes: [RecordedOutcome] = [], costs: [ActivityCosts] = []
    ) {
        self.registry = registry
        self.activities = activities
        self.allocations = allocations
        self.scheduledMeetings = scheduledMeetings
        self.attendance = attendance
        self.outcomes = outcomes
        self.costs = costs
    }
}
