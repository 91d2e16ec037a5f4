/// A wall-clock time of day (`09:00`), without a date or zone.
public struct LocalTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM` (24-hour clock).
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == 0x3A, text.prefix(2).allSatisfy(\.isASCIIDigit),
            text.suffix(2).allSatisfy(\.isASCIIDigit), let hour = Int(text.prefix(2)), let minute = Int(text.suffix(2))
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }
    public var iso: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.minutesSinceMidnight < rhs.minutesSinceMidnight }
    public var description: String { iso }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = LocalTime(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid time '\(text)'")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// Business hours of a city, local time: online meetings must fall inside them.
public struct BusinessHours: Hashable, Sendable, Codable, CustomStringConvertible {
    public let opens: LocalTime
    public let closes: LocalTime

    public init?(opens: LocalTime, closes: LocalTime) {
        guard opens < closes else { return nil }
        self.opens = opens
        self.closes = closes
    }

    /// Parses `HH:MM-HH:MM`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let opens = LocalTime(iso: String(parts[0])),
            let closes = LocalTime(iso: String(parts[1]))
        else { return nil }
        self.init(opens: opens, closes: closes)
    }

    public static let standard = BusinessHours(
        opens: LocalTime(hour: 9, minute: 0)!, closes: LocalTime(hour: 17, minute: 0)!)!
    public static let rule = "opening and closing time HH:MM-HH:MM, opening first, such as 09:00-17:00"
    public var iso: String { "\(opens.iso)-\(closes.iso)" }
    public var description: String { iso }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let hours = BusinessHours(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid hours '\(text)'")
        }
        self = hours
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
