import TwinLinkDomain

/// What re-planning did to one activity, with the reason a coordinator reads.
public struct PlanChange: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case added
        case moved(from: ZonedInstant, to: ZonedInstant)
        case cancelled
        case unchanged
    }

    public let activityID: Identifier<Activity>
    public let kind: Kind
    public let reason: String

    public init(activityID: Identifier<Activity>, kind: Kind, reason: String) {
        self.activityID = activityID
        self.kind = kind
        self.reason = reason
    }
}

/// The planner's result: every activity it is responsible for, and what changed.
public struct ActivityPlan: Sendable {
    /// Sorted by start, then id.
    public let activities: [Activity]
    /// One entry per activity planned or cancelled, sorted by activity id.
    public let changes: [PlanChange]

    public init(activities: [Activity], changes: [PlanChange]) {
        self.activities = activities.sorted { ($0.start.instant, $0.id) < ($1.start.instant, $1.id) }
        self.changes = changes.sorted { $0.activityID < $1.activityID }
    }

    /// The changes other than `unchanged`.
    public var moves: [PlanChange] { changes.filter { $0.kind != .unchanged } }
}
