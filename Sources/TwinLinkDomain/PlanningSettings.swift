/// How the planner turns mutual events into activities: the programme's `planning` settings.
public struct PlanningSettings: Hashable, Sendable, Codable {
    /// Days the delegation arrives before the event's first day.
    public var arriveDaysBefore: Int
    /// Days the delegation leaves after the event's last day.
    public var departDaysAfter: Int
    /// The online introduction is held this many days before the visit starts (inclusive range).
    public var introductionLeadDays: ClosedRange<Int>
    /// The online follow-up is held this many days after the visit ends (inclusive range).
    public var followUpDelayDays: ClosedRange<Int>
    /// Length of an online meeting.
    public var onlineMeetingMinutes: Int
    /// Where online meetings take place.
    public var video: VideoMeetingSetting
    /// The 1:1 business-meeting session planned on an event's first day.
    public var businessMeetings: BusinessMeetingSettings
    /// A fixed seed for meeting-room names, for reproducible demonstrations. Without it the
    /// database makes a random secret once and keeps it: rooms stay unguessable.
    public var seed: UInt64?

    public init(
        arriveDaysBefore: Int = 1, departDaysAfter: Int = 1, introductionLeadDays: ClosedRange<Int> = 14...28,
        followUpDelayDays: ClosedRange<Int> = 14...28, onlineMeetingMinutes: Int = 60,
        video: VideoMeetingSetting = .jitsi(server: "https://meet.jit.si"),
        businessMeetings: BusinessMeetingSettings = .standard, seed: UInt64? = nil
    ) {
        self.arriveDaysBefore = arriveDaysBefore
        self.departDaysAfter = departDaysAfter
        self.introductionLeadDays = introductionLeadDays
        self.followUpDelayDays = followUpDelayDays
        self.onlineMeetingMinutes = onlineMeetingMinutes
        self.video = video
        self.businessMeetings = businessMeetings
        self.seed = seed
    }

    public static let standard = PlanningSettings()
}

/// The programme's video-meeting setting: where each online meeting's join link comes from.
public enum VideoMeetingSetting: Hashable, Sendable, Codable, CustomStringConvertible {
    /// An unguessable Jitsi Meet room made per meeting on this server (rooms exist by address).
    case jitsi(server: String)
    /// One fixed room or URL for every meeting.
    case fixed(url: String)
    /// A URL with `{activity}` replaced by the activity id.
    case pattern(String)

    public var description: String {
        switch self {
        case .jitsi(let server): "jitsi \(server)"
        case .fixed(let url): "fixed \(url)"
        case .pattern(let pattern): "pattern \(pattern)"
        }
    }
}

/// The session of 1:1 business meetings at an event: when, in how many slots and at how many tables.
public struct BusinessMeetingSettings: Hashable, Sendable, Codable {
    /// Local start and end of the session, in the host's zone.
    public var hours: BusinessHours
    public var slotMinutes: Int
    public var tables: Int
    public var maxMeetingsPerParticipant: Int

    public init(hours: BusinessHours, slotMinutes: Int, tables: Int, maxMeetingsPerParticipant: Int) {
        self.hours = hours
        self.slotMinutes = slotMinutes
        self.tables = tables
        self.maxMeetingsPerParticipant = maxMeetingsPerParticipant
    }

    public static let standard = BusinessMeetingSettings(
        hours: BusinessHours(iso: "13:00-17:00")!, slotMinutes: 20, tables: 12, maxMeetingsPerParticipant: 8)

    /// The number of whole slots in the session.
    public var slotCount: Int { (hours.closes.minutesSinceMidnight - hours.opens.minutesSinceMidnight) / slotMinutes }
}
