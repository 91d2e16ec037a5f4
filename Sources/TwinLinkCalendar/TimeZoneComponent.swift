public import Foundation

/// A VTIMEZONE for one IANA zone, trimmed for invites: TZID is the bare IANA name, and it has
/// one STANDARD and one DAYLIGHT observance, each with an RRULE and no UNTIL (one STANDARD for
/// zones without daylight saving time).
///
/// Made from a clone of libical's built-in zone (the system tzdata) and checked against
/// Foundation's `TimeZone`. Creation fails when one pair of yearly rules cannot describe the
/// zone over the interval; write UTC times then.
public struct TimeZoneComponent: Sendable, Hashable {
    /// The IANA name, also the TZID.
    public let identifier: String
    /// The component as iCalendar text, `BEGIN:VTIMEZONE` to `END:VTIMEZONE`, CRLF line ends.
    public let icalText: String

    /// The VTIMEZONE for `identifier`, correct for every instant in `interval` (the years the
    /// product plans for); its observances start in the interval's first year.
    public init(identifier: String, covering interval: DateInterval) throws(TimeZoneComponentError) {
        self.identifier = identifier
        self.icalText = try VTimezoneTrimmer.trimmedComponent(identifier: identifier, covering: interval).icalText
    }

    /// The UTC offset, in seconds, that this VTIMEZONE gives at each instant, as libical reads it.
    public func secondsFromGMT(for dates: [Date]) -> [Int] {
        guard let zone = ICalTimeZone(vtimezoneText: icalText) else {
            preconditionFailure("TimeZoneComponent holds a VTIMEZONE that libical cannot read:\n\(icalText)")
        }
        return dates.map(zone.secondsFromGMT(for:))
    }

    /// The UTC offset, in seconds, that this VTIMEZONE gives at an instant, as libical reads it.
    public func secondsFromGMT(for date: Date) -> Int {
        secondsFromGMT(for: [date])[0]
    }

    /// A new VTIMEZONE component owned by the caller, ready to add to a VCALENDAR.
    func makeComponent() -> ICalComponent {
        guard let component = ICalComponent.parse(icalText) else {
            preconditionFailure("TimeZoneComponent holds a VTIMEZONE that libical cannot read:\n\(icalText)")
        }
        return component
    }
}
