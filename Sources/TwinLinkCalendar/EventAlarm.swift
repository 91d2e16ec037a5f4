/// A reminder shown before an event (`VALARM` with `ACTION:DISPLAY`); written on requests only,
/// never on cancellations or read-only feeds.
public struct EventAlarm: Sendable, Hashable {
    /// How long before the start the reminder appears, in minutes; 15 gives `TRIGGER:-PT15M`.
    public var minutesBefore: Int
    /// The reminder's text; clients show it in the pop-up.
    public var message: String

    /// A reminder `minutesBefore` minutes before the start.
    public init(minutesBefore: Int = 15, message: String) {
        self.minutesBefore = minutesBefore
        self.message = message
    }
}
