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

    public init(
        title: String? = nil, processingOrder: [ProcessingStep] = ProcessingStep.standardOrder,
        defaults: ActivityRules, activities: [Identifier<Activity>: ActivityRules] = [:]
    ) {
        self.title = title
        self.processingOrder = processingOrder
        self.defaults = defaults
        self.activities = activities
    }

    /// The rules for `activity`: its override, else the programme's.
    public func rules(for activity: Identifier<Activity>) -> ActivityRules {
        activities[activity] ?? defaults
    }

    private enum CodingKeys: String, CodingKey {
        case title, processingOrder, defaults, activities
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
    }
}
