/// What an invite says about one meeting or visit: the content of its `VEVENT`.
///
/// The same value serves the invite to each participant (with that participant as the only
/// attendee), the update (same `uid`, higher `sequence`) and the coordinator's feed.
public struct InviteEvent: Sendable, Hashable {
    /// The `UID`: created once for the meeting, stored, and never changed.
    public var uid: String
    /// The `SEQUENCE`: 0 first, raised on every significant change and on every cancellation.
    public var sequence: Int
    /// Who sends the invite and receives the replies (`ORGANIZER`).
    public var organiser: CalendarUser
    /// The people invited (`ATTENDEE` lines); requests need at least one, feeds list none.
    public var attendees: [InviteAttendee]
    /// The title (`SUMMARY`), in plain language.
    public var summary: String
    /// The body (`DESCRIPTION`): agenda, what to bring, who pays what. The join link of an
    /// online meeting is added when it is missing.
    public var description: String
    public var schedule: InviteSchedule
    /// The address of a visit (`LOCATION`); for online meetings the join link is used.
    public var location: String?
    /// Where the visit takes place (`GEO`), if known.
    public var geo: GeoPosition?
    /// The join link of an online meeting, written in `LOCATION`, `URL` and `DESCRIPTION`
    /// because clients ignore `CONFERENCE`.
    public var onlineMeetingURL: String?
    /// `STATUS`: `confirmed` for requests and feeds, `cancelled` for cancellations.
    public var status: EventStatus
    /// A reminder, written on requests only.
    public var alarm: EventAlarm?
    /// `CATEGORIES` values, such as `Study visit`; none may contain `,` or `;`.
    public var categories: [String]

    /// An event from its parts.
    public init(
        uid: String,
        sequence: Int,
        organiser: CalendarUser,
        attendees: [InviteAttendee],
        summary: String,
        description: String,
        schedule: InviteSchedule,
        location: String? = nil,
        geo: GeoPosition? = nil,
        onlineMeetingURL: String? = nil,
        status: EventStatus = .confirmed,
        alarm: EventAlarm? = nil,
        categories: [String] = []
    ) {
        self.uid = uid
        self.sequence = sequence
        self.organiser = organiser
        self.attendees = attendees
        self.summary = summary
        self.description = description
        self.schedule = schedule
        self.location = location
        self.geo = geo
        self.onlineMeetingURL = onlineMeetingURL
        self.status = status
        self.alarm = alarm
        self.categories = categories
    }
}
