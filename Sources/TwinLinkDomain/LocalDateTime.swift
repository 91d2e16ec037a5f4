public import Foundation

/// A wall-clock date and time (`2027-05-04T09:00`) that only becomes an instant with a zone.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    public let time: LocalTime

    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// Parses `YYYY-MM-DDTHH:MM`.
    public init?(iso text: String) {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = LocalDate(iso: String(parts[0])), let time = LocalTime(iso: String(parts[1]))
        else { return nil }
        self.init(date: date, time: time)
    }

    /// The wall-clock reading of `instant` in `zone`.
    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        self.date = LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        self.time = LocalTime(hour: parts.hour!, minute: parts.minute!)!
    }

    /// The instant this wall-clock time denotes in `zone`.
    ///
    /// Throws where the time does not exist there (the hour skipped when clocks go forward).
    /// A time that exists twice (the hour repeated when clocks go back) is read as the first of
    /// the two, as most calendar clients do.
    public func instant(in zone: TimeZone) throws(LocalTimeError) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute)
        guard let instant = calendar.date(from: components), LocalDateTime(instant, in: zone) == self else {
            throw LocalTimeError.skippedByDaylightSaving(self, zone: zone.identifier)
        }
        return instant
    }

    public static let rule = "a local date and time YYYY-MM-DDTHH:MM"
    public var iso: String { "\(date.iso)T\(time.iso)" }
    public var description: String { iso }
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.date, lhs.time) < (rhs.date, rhs.time) }
}

/// Why a wall-clock time could not be turned into an instant.
public enum LocalTimeError: Error, Equatable, CustomStringConvertible {
    case skippedByDaylightSaving(LocalDateTime, zone: String)

    public var description: String {
        switch self {
        case .skippedByDaylightSaving(let time, let zone):
            "\(time.iso) does not exist in \(zone): the clocks skip that hour for daylight-saving time"
        }
    }
}

/// An instant in UTC together with the IANA zone in which people see it.
public struct ZonedInstant: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let instant: Date
    public let zone: TimeZoneID

    public init(instant: Date, zone: TimeZoneID) {
        self.instant = instant
        self.zone = zone
    }

    /// The wall-clock time in the instant's own zone.
    public var local: LocalDateTime { LocalDateTime(instant, in: zone.timeZone) }

    /// The wall-clock time somewhere else, e.g. in the partner city.
    public func local(in other: TimeZoneID) -> LocalDateTime { LocalDateTime(instant, in: other.timeZone) }

    /// `2027-05-04T07:00:00Z`: whole seconds, UTC.
    public var utcISO: String { Self.formatUTC(instant) }

    public static func formatUTC(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }

    /// Parses ISO 8601 with an offset or `Z` (`2026-09-14T10:22:00+02:00`, `2026-09-14T08:22Z`).
    /// Days and times that do not exist (30 February, second 61) are refused, not shifted.
    public static func parseInstant(_ text: String) -> Date? {
        guard writtenFieldsExist(text) else { return nil }
        let strategies: [Date.ISO8601FormatStyle] = [
            .iso8601,
            Date.ISO8601FormatStyle(includingFractionalSeconds: true),
            Date.ISO8601FormatStyle().year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
                .timeSeparator(.colon).timeZone(separator: .colon),
        ]
        for strategy in strategies {
            if let date = try? strategy.parse(text) { return date }
        }
        // Minutes only: 2026-09-14T10:22+02:00
        if text.count >= 17, text.dropFirst(16).first.map({ "+-Z".contains($0) }) == true {
            let expanded = String(text.prefix(16)) + ":00" + String(text.dropFirst(16))
            return try? Date.ISO8601FormatStyle.iso8601.parse(expanded)
        }
        return nil
    }

    /// Whether the date and time as written exist: Foundation's ISO 8601 parser turns 30 February
    /// into 2 March and second 61 into the next minute.
    private static func writtenFieldsExist(_ text: String) -> Bool {
        let characters = Array(text.prefix(19))
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count, characters[range].allSatisfy(\.isASCIIDigit) else { return nil }
            return Int(String(characters[range]))
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16),
            LocalDate(year: year, month: month, day: day) != nil, hour <= 23, minute <= 59
        else { return false }
        guard characters.count > 16, characters[16] == ":" else { return true }
        return (number(17..<19) ?? 99) <= 59
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.instant < rhs.instant }
    public var description: String { "\(local.iso) \(zone)" }

    private enum CodingKeys: String, CodingKey { case utc, zone }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .utc)
        guard let instant = Self.parseInstant(text) else {
            throw DecodingError.dataCorruptedError(forKey: .utc, in: container, debugDescription: "invalid instant")
        }
        self.instant = instant
        self.zone = try container.decode(TimeZoneID.self, forKey: .zone)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(utcISO, forKey: .utc)
        try container.encode(zone, forKey: .zone)
    }
}
