public import TwinLinkDomain

/// The programme's regulations (`regulations.yaml`): the rules for every activity, per-activity
/// overrides already applied, and the published processing order.
public struct Regulations: Hashable, Sendable, Codable {
    public static let formatVersion = 1

    public var title: String?
    public var processingOrder: [ProcessingStep]
    /// The programme-wide rules.
    public var defaults: ActivityRules
    /// Complete rules for activities that override some of the programme-wide ones.
    public var activities: [Identifier<Activity>: ActivityRules]
    /// The rules for firms applying to an event's online meeting (`online_meetings`): the
    /// programme's eligibility, the meeting's own seats (connections), no travel costs (a fee if
    /// set); `nil`: the programme takes no applications to online meetings.
    public var onlineMeetings: ActivityRules?

    public init(
        title: String? = nil, processingOrder: [ProcessingStep] = ProcessingStep.standardOrder,
        defaults: ActivityRules, activities: [Identifier<Activity>: ActivityRules] = [:],
        onlineMeetings: ActivityRules? = nil
    ) {
        self.onlineMeetings = onlineMeetings
        self.title = title
        self.processingOrder = processingOrder
        self.defaults = defaults
        self.activities = activities
    }

    /// The rules for `activity`: its override, else the programme's.
    public func rules(for activity: Identifier<Activity>) -> ActivityRules {
        activities[activity] ?? defaults
    }

    /// The rules for applications to `activity`: a study visit's as above; an online meeting's
    /// override, else `online_meetings`; `nil` for an online meeting when the regulations take no
    /// applications to online meetings, and for a 1:1 session.
    public func rules(for activity: Identifier<Activity>, kind: Activity.Kind) -> ActivityRules? {
        switch kind {
        case .outgoingStudyVisit, .incomingStudyVisit: rules(for: activity)
        case .onlineIntroduction, .onlineFollowUp: activities[activity] ?? onlineMeetings
        case .businessMeetings: nil
        }
    }

    private enum CodingKeys: String, CodingKey {
        case title, processingOrder, defaults, activities, onlineMeetings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        processingOrder = try container.decode([ProcessingStep].self, forKey: .processingOrder)
        defaults = try container.decode(ActivityRules.self, forKey: .defaults)
        var activities: [Identifier<Activity>: ActivityRules] = [:]
        for (key, rules) in try container.decode([String: ActivityRules].self, forKey: .activities) {
            guard let id = Identifier<Activity>(rawValue: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .activities, in: container, debugDescription: "invalid activity id '\(key)'")
            }
            activities[id] = rules
        }
        self.activities = activities
        onlineMeetings = try container.decodeIfPresent(ActivityRules.self, forKey: .onlineMeetings)
    }

    /// Activities keyed by their id text, so that an encoder with sorted keys writes the same bytes
    /// every time.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(processingOrder, forKey: .processingOrder)
        try container.encode(defaults, forKey: .defaults)
        let keyed = Dictionary(uniqueKeysWithValues: activities.map { ($0.key.rawValue, $0.value) })
        try container.encode(keyed, forKey: .activities)
        try container.encodeIfPresent(onlineMeetings, forKey: .onlineMeetings)
    }
}
