public import TwinLinkLocalization

/// Something the programme organises around a mutual event: a study visit, an online meeting or
/// a session of 1:1 business meetings. Activities are planned from events and keep their id
/// when re-planned, so that invites can be updated rather than duplicated.
public struct Activity: Hashable, Sendable, Codable, Identifiable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case outgoingStudyVisit = "outgoing_visit"
        case incomingStudyVisit = "incoming_visit"
        case onlineIntroduction = "online_introduction"
        case onlineFollowUp = "online_follow_up"
        case businessMeetings = "b2b_session"

        public var isOnline: Bool { self == .onlineIntroduction || self == .onlineFollowUp }
    }

    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case proposed, confirmed, cancelled, held
    }

    public var id: Identifier<Activity>
    public var eventID: Identifier<MutualEvent>
    public var kind: Kind
    /// The title in English, as the command line and the registry's exports show it.
    public var title: String
    /// What the planner meant by the title (`engine_title_study_visit` with the place and the
    /// event), for each reader's language; `nil` for a title someone wrote, shown as written.
    public var titleMessage: Message?
    public var start: ZonedInstant
    public var end: ZonedInstant
    public var partnerCityID: Identifier<PartnerCity>?
    public var venue: Venue?
    /// The join link of an online meeting.
    public var joinURL: String?
    public var status: Status
    /// Seats for the local delegation; `nil` where the regulations decide.
    public var seats: Int?
    public var agenda: [AgendaItem]
    /// What the planner wants the coordinator to know, e.g. a time outside someone's business hours.
    public var notes: [String]
    /// The notes as messages, for each reader's language; empty for notes written before messages.
    public var noteMessages: [Message]

    public init(
        id: Identifier<Activity>, eventID: Identifier<MutualEvent>, kind: Kind, title: String, start: ZonedInstant,
        end: ZonedInstant, partnerCityID: Identifier<PartnerCity>? = nil, venue: Venue? = nil, joinURL: String? = nil,
        status: Status = .proposed, seats: Int? = nil, agenda: [AgendaItem] = [], notes: [String] = [],
        titleMessage: Message? = nil, noteMessages: [Message] = []
    ) {
        self.id = id
        self.titleMessage = titleMessage
        self.eventID = eventID
        self.kind = kind
        self.title = title
        self.start = start
        self.end = end
        self.partnerCityID = partnerCityID
        self.venue = venue
        self.joinURL = joinURL
        self.status = status
        self.seats = seats
        self.agenda = agenda
        self.notes = notes
        self.noteMessages = noteMessages
    }

    /// Study visits are whole days (first to last day, in `start`'s zone); other activities are timed.
    public var isAllDay: Bool { kind.isStudyVisit }
}

/// One line of an activity's agenda.
public struct AgendaItem: Hashable, Sendable, Codable {
    public var start: ZonedInstant
    public var end: ZonedInstant
    /// The item in English, as the command line shows it.
    public var title: String
    /// What the planner meant (`engine_agenda_arrival`), for each reader's language; `nil` for an
    /// item someone wrote or the event's own name, shown as written.
    public var message: Message?

    public init(start: ZonedInstant, end: ZonedInstant, title: String, message: Message? = nil) {
        self.start = start
        self.end = end
        self.title = title
        self.message = message
    }
}

/// A 1:1 meeting placed in a session's time slot at a table or online room.
public struct ScheduledMeeting: Hashable, Sendable, Codable {
    public var activityID: Identifier<Activity>
    public var requestID: Identifier<MeetingRequest>
    public var start: ZonedInstant
    public var end: ZonedInstant
    public var table: String
    /// Fixed by the coordinator: re-scheduling never moves it.
    public var locked: Bool

    public init(
        activityID: Identifier<Activity>, requestID: Identifier<MeetingRequest>, start: ZonedInstant, end: ZonedInstant,
        table: String, locked: Bool = false
    ) {
        self.activityID = activityID
        self.requestID = requestID
        self.start = start
        self.end = end
        self.table = table
        self.locked = locked
    }
}

extension Activity.Kind {
    /// The prefix of the ids of activities of this kind planned from an event.
    public var idPrefix: String {
        switch self {
        case .outgoingStudyVisit, .incomingStudyVisit: "visit"
        case .onlineIntroduction: "intro"
        case .onlineFollowUp: "follow-up"
        case .businessMeetings: "b2b"
        }
    }
}

extension Activity {
    /// The stable id of the activity of `kind` planned from `event`: `visit-<event id>`,
    /// `intro-<event id>`, `follow-up-<event id>`, `b2b-<event id>`. Re-planning gives the same
    /// id, so invites are updated rather than duplicated. Ids that would pass 64 characters keep
    /// their start and end in a stable hash of the event id.
    public static func plannedID(_ kind: Kind, for event: Identifier<MutualEvent>) -> Identifier<Activity> {
        Identifier(trusted: StableHash.shortened("\(kind.idPrefix)-\(event.rawValue)", limit: 64))
    }
}
