import Foundation

extension Activity {
    /// The first day of the activity, local to its zone.
    public var firstLocalDay: LocalDate { start.local.date }

    /// The last day of the activity, local to its zone. A study visit ends at midnight after its
    /// last day, so the end instant itself belongs to the day before.
    public var lastLocalDay: LocalDate {
        guard end.instant > start.instant else { return firstLocalDay }
        return LocalDate(end.instant.addingTimeInterval(-1), in: start.zone.timeZone)
    }

    /// Whether `day` is one of the activity's days.
    public func includes(day: LocalDate) -> Bool { (firstLocalDay...lastLocalDay).contains(day) }
}
