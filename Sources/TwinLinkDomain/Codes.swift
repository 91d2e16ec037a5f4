public import Foundation

/// An ISO 3166-1 alpha-2 country code such as `PL` or `JP`.
public struct CountryCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard rawValue.count == 2, rawValue == rawValue.uppercased(), Self.known.contains(rawValue) else {
            return nil
        }
        self.rawValue = rawValue
    }

    private static let known: Set<String> = Set(
        Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) })

    public static let rule = "an ISO 3166-1 alpha-2 country code in capitals, such as PL or DE"
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// An ISO 639-1 language code such as `pl` or `uk`.
public struct LanguageCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard rawValue.count == 2, Self.known.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private static let known: Set<String> = Set(
        Locale.LanguageCode.isoLanguageCodes.map(\.identifier).filter { $0.count == 2 })

    public static let english = LanguageCode(rawValue: "en")!
    public static let rule = "an ISO 639-1 language code in lower case, such as pl or de"
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// An ISO 4217 currency code such as `EUR`.
public struct CurrencyCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard rawValue.count == 3, rawValue == rawValue.uppercased(), Self.known.contains(rawValue) else {
            return nil
        }
        self.rawValue = rawValue
    }

    private static let known: Set<String> = Set(Locale.Currency.isoCurrencies.map(\.identifier))

    public static let euro = CurrencyCode(rawValue: "EUR")!
    public static let rule = "an ISO 4217 currency code such as EUR"
    public var description: String { rawValue }
}

/// An IANA time-zone name such as `Europe/Warsaw`, known to this system's zone database.
public struct TimeZoneID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard rawValue.contains("/") || rawValue == "UTC", TimeZone(identifier: rawValue) != nil else {
            return nil
        }
        self.rawValue = Self.canonicalName(rawValue)
    }

    /// Foundation's zone with the real IANA rules (daylight-saving time included).
    public var timeZone: TimeZone { TimeZone(identifier: rawValue)! }

    public static let utc = TimeZoneID(rawValue: "UTC")!
    public static let rule = "an IANA time-zone name such as Europe/Warsaw"
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// A plain e-mail address (`local@domain.tld`), as needed after `mailto:` in invites.
public struct EmailAddress: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private static func isValid(_ text: String) -> Bool {
        guard text.utf8.count <= 254, text.allSatisfy({ $0.isASCII }) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let local = parts[0]
        let domain = parts[1]
        guard (1...64).contains(local.count), !local.hasPrefix("."), !local.hasSuffix("."),
            !local.contains("..")
        else { return false }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard local.allSatisfy({ localAllowed.contains($0) }) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        let labelAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        for label in labels {
            guard (1...63).contains(label.count), label.allSatisfy({ labelAllowed.contains($0) }),
                !label.hasPrefix("-"), !label.hasSuffix("-")
            else { return false }
        }
        return labels.last!.allSatisfy(\.isLetter) && labels.last!.count >= 2
    }

    public static let rule = "a plain e-mail address such as anna.nowak@example.pl"
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}
