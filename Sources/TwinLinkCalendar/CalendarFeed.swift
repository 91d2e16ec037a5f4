public import Foundation

/// A read-only calendar (`METHOD:PUBLISH`) of many events, such as every activity of the
/// programme for the coordinator's calendar.
///
/// Feeds list no attendees: RFC 5546 forbids them in `PUBLISH`, and a shared feed should not
/// carry participants' addresses. Reminders are left to the subscriber.
public struct CalendarFeed: Sendable, Hashable {
    /// The calendar's name as clients show it (`X-WR-CALNAME`).
    public var name: String
    /// A line about the calendar (`X-WR-CALDESC`), if any.
    public var summary: String?
    /// The `DTSTAMP` of every event. Passed in, so the same input gives the same bytes.
    public var dtstamp: Date
    /// One VEVENT each, in this order; their `attendees` and `alarm` are not written.
    public var events: [InviteEvent]

    /// A feed from its parts.
    public init(name: String, summary: String? = nil, dtstamp: Date, events: [InviteEvent]) {
        self.name = name
        self.summary = summary
        self.dtstamp = dtstamp
        self.events = events
    }
}
