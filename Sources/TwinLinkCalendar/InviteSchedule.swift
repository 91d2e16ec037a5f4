public import Foundation

/// When an invited event takes place.
public enum InviteSchedule: Sendable, Hashable {
    /// Whole days, from `first` to `last` inclusive, in no time zone: written as
    /// `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE` the day after `last` (RFC 5545).
    case allDay(first: CalendarDay, last: CalendarDay)
    /// From `start` to `end`, shown in the IANA zone `timeZone` (such as `Europe/Warsaw`).
    ///
    /// Written as local time with `TZID` and a trimmed VTIMEZONE; as UTC (`...Z`) when the zone
    /// is UTC, when one STANDARD and one DAYLIGHT rule cannot describe the zone, or when the
    /// local time would be ambiguous (the hour repeated when clocks go back).
    case timed(start: Date, end: Date, timeZone: String)
}
