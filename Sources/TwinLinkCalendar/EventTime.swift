public import Foundation

/// When an event starts or ends.
public enum EventTime: Sendable, Hashable {
    /// A whole day (`VALUE=DATE`), not tied to any zone.
    case day(CalendarDay)
    /// An instant, with the zone it was written in: the bare IANA name (or the file's own TZID
    /// when its VTIMEZONE is not an IANA zone), or `nil` for UTC and floating times, which are
    /// read as UTC.
    case instant(Date, timeZone: String?)

    /// The date of an all-day time.
    public var day: CalendarDay? {
        if case .day(let day) = self { return day }
        return nil
    }

    /// The instant of a timed value.
    public var instant: Date? {
        if case .instant(let date, _) = self { return date }
        return nil
    }

    /// The zone name of a timed value written with a TZID.
    public var timeZone: String? {
        if case .instant(_, let zone) = self { return zone }
        return nil
    }
}
