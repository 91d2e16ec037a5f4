public import Foundation
public import TwinLinkDomain

/// Formatting shared by tables and summaries. Fixed formats, independent of the machine's locale.
public enum Format {
    /// `1 250 000` (whole euros, thin groups).
    public static func wholeEuros(_ money: Money) -> String {
        grouped(money.cents / 100)
    }

    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(" ") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `UTC+01:00` at the given instant (daylight-saving time included).
    public static func utcOffset(_ zone: TimeZoneID, at instant: Date) -> String {
        let seconds = zone.timeZone.secondsFromGMT(for: instant)
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return String(format: "UTC%@%02d:%02d", sign, minutes / 60, minutes % 60)
    }

    /// The programme's "today" at noon in the home zone: its reference date if set.
    public static func referenceInstant(_ programme: Programme, now: Date = Date()) -> Date {
        let zone = programme.homeCity.timeZone.timeZone
        guard let date = programme.referenceDate else { return now }
        return date.start(in: zone).addingTimeInterval(12 * 3600)
    }

    /// The programme's "today": its reference date, else the day of `now` in the home zone.
    public static func referenceDate(_ programme: Programme, now: Date) -> LocalDate {
        programme.referenceDate ?? LocalDate(now, in: programme.homeCity.timeZone.timeZone)
    }

    /// Local start and end as people read them: `2027-05-04 09:00` or `2027-05-04` for all-day.
    public static func localSpan(_ schedule: EventSchedule) -> (String, String) {
        switch schedule {
        case .allDay(let first, let last, _):
            (first.iso, last.iso)
        case .timed(let start, let end):
            (
                start.local.iso.replacingOccurrences(of: "T", with: " "),
                end.local.iso.replacingOccurrences(of: "T", with: " ")
            )
        }
    }
}

extension Format {
    /// `2027-05-04 09:00` in `zone`.
    public static func local(_ instant: ZonedInstant, in zone: TimeZoneID) -> String {
        instant.local(in: zone).iso.replacingOccurrences(of: "T", with: " ")
    }
}
