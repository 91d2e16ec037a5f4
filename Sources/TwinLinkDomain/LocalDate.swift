public import Foundation

/// A calendar day without a time or zone (`2027-05-03`): holidays, all-day events, deadlines.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// `nil` unless the day exists in the Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: Self.utcCalendar) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
            let year = Int(text.prefix(4)), let month = Int(text.dropFirst(5).prefix(2)),
            let day = Int(text.suffix(2)),
            text.prefix(4).allSatisfy(\.isASCIIDigit), text.dropFirst(5).prefix(2).allSatisfy(\.isASCIIDigit),
            text.suffix(2).allSatisfy(\.isASCIIDigit)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day on which `instant` falls in `zone`.
    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    public static let rule = "a date YYYY-MM-DD"

    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> LocalDate {
        let date = Self.utcCalendar.date(byAdding: .day, value: count, to: startUTC)!
        return LocalDate(date, in: Self.utcCalendar.timeZone)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int {
        Self.utcCalendar.dateComponents([.day], from: startUTC, to: other.startUTC).day!
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let weekday = Self.utcCalendar.component(.weekday, from: startUTC)  // 1 = Sunday
        return weekday == 1 ? 7 : weekday - 1
    }

    /// The instant this day starts in `zone`.
    public func start(in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.startOfDay(
            for: calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!)
    }

    private var startUTC: Date {
        Self.utcCalendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String { iso }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid date '\(text)'")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
