public import TwinLinkDomain
public import TwinLinkLocalization

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
    /// In English, for tools and the web's older pages.
    public let reason: String
    /// The reason of a move or a cancellation as a message, for the reader's language; `nil` for
    /// the reasons nobody reads (an added or unchanged activity).
    public let reasonMessage: Message?

    public init(activityID: Identifier<Activity>, kind: Kind, reason: String, reasonMessage: Message? = nil) {
        self.activityID = activityID
        self.kind = kind
        self.reason = reason
        self.reasonMessage = reasonMessage
    }

    /// A change whose reason is `message`, with its English text beside it.
    init(activityID: Identifier<Activity>, kind: Kind, because message: Message) {
        self.init(
            activityID: activityID, kind: kind,
            reason: MessageRenderer(CatalogueSet.shippedCatalogue("en")).render(message), reasonMessage: message)
    }
}

/// An activity the rules ask for that could not be placed, and why (an online introduction whose
/// every candidate day is a holiday or a weekend for one of the parties).
public struct UnplannedActivity: Hashable, Sendable {
    public let activityID: Identifier<Activity>
    public let kind: Activity.Kind
    public let eventID: Identifier<MutualEvent>
    /// In English, as the command line's table shows it.
    public let reason: String
    /// The reason as a message, for the reader's language.
    public let reasonMessage: Message?

    public init(
        activityID: Identifier<Activity>, kind: Activity.Kind, eventID: Identifier<MutualEvent>, reason: String,
        reasonMessage: Message? = nil
    ) {
        self.activityID = activityID
        self.kind = kind
        self.eventID = eventID
        self.reason = reason
        self.reasonMessage = reasonMessage
    }
}

/// The planner's result: every activity it is responsible for, and what changed.
public struct ActivityPlan: Sendable {
    /// Sorted by start, then id.
    public let activities: [Activity]
    /// One entry per activity planned or cancelled, sorted by activity id.
    public let changes: [PlanChange]
    /// Activities the rules ask for that could not be placed, with the reason; sorted by id.
    public let unplanned: [UnplannedActivity]

    public init(activities: [Activity], changes: [PlanChange], unplanned: [UnplannedActivity] = []) {
        self.activities = activities.sorted { ($0.start.instant, $0.id) < ($1.start.instant, $1.id) }
        self.changes = changes.sorted { $0.activityID < $1.activityID }
        self.unplanned = unplanned.sorted { $0.activityID < $1.activityID }
    }

    /// The changes other than `unchanged`.
    public var moves: [PlanChange] { changes.filter { $0.kind != .unchanged } }
}
