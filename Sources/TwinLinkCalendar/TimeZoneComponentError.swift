public import Foundation

/// Why no VTIMEZONE could be made for a zone.
public enum TimeZoneComponentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Neither libical nor the system's tzdata know the name.
    case unknownZone(String)
    /// UTC and its aliases have no VTIMEZONE: write UTC times with `Z` instead.
    case utcHasNoComponent(String)
    /// The zone's rules change after the requested start, so one STANDARD and one DAYLIGHT
    /// rule cannot describe it.
    case rulesChange(zone: String, detail: String)
    /// The zone's rules have a shape this trimmer does not handle.
    case unsupportedRules(zone: String, detail: String)
    /// The trimmed VTIMEZONE gives another UTC offset than Foundation's `TimeZone` (the
    /// system tzdata) at an instant; offsets are in seconds east of UTC.
    case disagreesWithSystemRules(zone: String, at: Date, vtimezone: Int, system: Int)

    /// What went wrong and what to do instead.
    public var description: String {
        switch self {
        case .unknownZone(let name):
            return "'\(name)' is not a known IANA time zone; use a name such as Europe/Warsaw."
        case .utcHasNoComponent(let name):
            return "'\(name)' is UTC, which needs no VTIMEZONE; write its times as UTC with a trailing Z."
        case .rulesChange(let zone, let detail):
            return "the rules of \(zone) change within the planned period (\(detail)); "
                + "one STANDARD and one DAYLIGHT rule cannot describe it: write its times in UTC."
        case .unsupportedRules(let zone, let detail):
            return "cannot describe \(zone) with one STANDARD and one DAYLIGHT rule (\(detail)); "
                + "write its times in UTC."
        case .disagreesWithSystemRules(let zone, let instant, let vtimezone, let system):
            return "the VTIMEZONE made for \(zone) gives UTC\(Self.offset(vtimezone)) at "
                + "\(instant.formatted(.iso8601)) where the system's tzdata gives UTC\(Self.offset(system)); "
                + "write its times in UTC."
        }
    }

    private static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        let hours = String(minutes / 60)
        let rest = String(minutes % 60)
        return sign + (hours.count < 2 ? "0" + hours : hours) + ":" + (rest.count < 2 ? "0" + rest : rest)
    }
}
