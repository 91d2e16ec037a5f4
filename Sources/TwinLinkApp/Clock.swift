import Foundation
import TwinLinkDomain

/// The "now" a command runs at: an explicit instant, else the programme's reference date (noon
/// in the home zone, so fixture runs are reproducible), else the system clock.
public enum Clock {
    public static func now(option: String?, programme: Programme, system: Date = Date()) throws(TwinLinkError) -> Date {
        if let option {
            guard let instant = ZonedInstant.parseInstant(option) else {
                throw .invalidArgument(
                    "--now '\(option)': expected an ISO 8601 instant such as 2026-12-01T09:00:00+01:00")
            }
            return instant
        }
        return Format.referenceInstant(programme, now: system)
    }
}
