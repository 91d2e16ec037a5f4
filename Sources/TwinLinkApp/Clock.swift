import Foundation
import TwinLinkDomain

/// The "now" a command runs at: an explicit instant, else the programme's reference date (noon
/// in the home zone, so fixture runs are reproducible), else the system clock.
public enum Clock {
    public static func now(option: String?, programme: Programme, system: Date = Date()) throws(TwinLinkError) -> Date {
        if let option { return try CommandArguments.instant(option, option: "--now") }
        return Format.referenceInstant(programme, now: system)
    }
}
