import Foundation
import TwinLinkDomain

/// Days as plain integers (days since 1970-01-01 in the proleptic Gregorian calendar), for the
/// comparisons the allocation makes for every application: Foundation's `Calendar` is correct
/// but far too slow for a hundred thousand applications.
enum DayArithmetic {
    /// The day number of a calendar date (Howard Hinnant's `days_from_civil`).
    static func dayNumber(_ date: LocalDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let monthIndex = (date.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day number of the day on which `instant` falls in `zone`.
    static func dayNumber(of instant: Date, in zone: TimeZone) -> Int {
        let local = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
        return Int((local / 86_400).rounded(.down))
    }
}

extension LocalDate {
    /// `2026-11-30`, without the cost of a formatter.
    var isoText: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}
