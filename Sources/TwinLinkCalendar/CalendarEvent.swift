/// One event read from an iCalendar file; each occurrence of a recurring event is one value.
public struct CalendarEvent: Sendable, Hashable {
    /// The `UID`, shared by all occurrences of a recurring event.
    public var uid: String
    /// The `SUMMARY` (title), unescaped.
    public var summary: String?
    /// The `DESCRIPTION`, unescaped; `\n` in the file is a line break here.
    public var description: String?
    /// The `LOCATION`, unescaped.
    public var location: String?
    /// Every `CATEGORIES` value, in file order.
    public var categories: [String]
    /// The start: a day for all-day events, an instant for timed ones.
    public var start: EventTime
    /// The end, exclusive: for all-day events the day after the last day (RFC 5545), so a
    /// one-day event on 3 May ends on 4 May.
    public var end: EventTime
    /// The `STATUS`, if the event has one.
    public var status: EventStatus?
    /// The `SEQUENCE`, 0 when absent.
    public var sequence: Int
    /// The `METHOD` of the VCALENDAR the event came from (`PUBLISH`, `REQUEST`, `CANCEL`, ...).
    public var method: String?
    /// For an occurrence of a recurring event, or an override with `RECURRENCE-ID`: the start
    /// the occurrence has in the recurrence rule. `nil` for a single event.
    public var recurrenceID: EventTime?

    /// An event from its parts; `CalendarReader` makes these from files.
    public init(
        uid: String,
        summary: String? = nil,
        description: String? = nil,
        location: String? = nil,
        categories: [String] = [],
        start: EventTime,
        end: EventTime,
        status: EventStatus? = nil,
        sequence: Int = 0,
        method: String? = nil,
        recurrenceID: EventTime? = nil
    ) {
        self.uid = uid
        self.summary = summary
        self.description = description
        self.location = location
        self.categories = categories
        self.start = start
        self.end = end
        self.status = status
        self.sequence = sequence
        self.method = method
        self.recurrenceID = recurrenceID
    }

    /// Whether the event covers whole days (`VALUE=DATE`).
    public var isAllDay: Bool { start.day != nil }
}
