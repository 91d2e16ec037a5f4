/// The external id of a record, as written in the registry files (`id` columns).
///
/// The phantom `Entity` keeps ids of different tables apart: an `Identifier<PartnerCity>`
/// cannot be passed where an `Identifier<LocalEnterprise>` is expected.
public struct Identifier<Entity>: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible
{
    public let rawValue: String

    /// Accepts 1–64 characters of `a-z`, `0-9`, `-`, `_` and `.`; `nil` otherwise.
    public init?(rawValue: String) {
        guard Self.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// For ids the program makes itself and knows to be valid.
    public init(trusted rawValue: String) {
        precondition(Self.isValid(rawValue), "invalid identifier \(rawValue)")
        self.rawValue = rawValue
    }

    public static func isValid(_ text: String) -> Bool {
        guard (1...64).contains(text.utf8.count) else { return false }
        return text.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
                || byte == 0x2E
        }
    }

    public static var rule: String { "1–64 characters of a-z, 0-9, '-', '_' and '.'" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = Self(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid identifier '\(text)': expected \(Self.rule)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}
