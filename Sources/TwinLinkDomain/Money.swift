/// An amount of money as integer cents (minor units) with its currency: never a floating-point value.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    public var cents: Int64
    public var currency: CurrencyCode

    public init(cents: Int64, currency: CurrencyCode) {
        self.cents = cents
        self.currency = currency
    }

    public static func euros(_ cents: Int64) -> Money { Money(cents: cents, currency: .euro) }

    /// Parses a plain decimal amount with at most two decimals (`1250000`, `1250000.5`, `99.95`).
    /// No thousands separators, no sign: amounts in the registry are never negative.
    public static func parse(_ text: String, currency: CurrencyCode) -> Money? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 15,
            parts[0].allSatisfy(\.isASCIIDigit)
        else { return nil }
        var cents = Int64(parts[0])! * 100
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            cents += Int64(fraction.count == 1 ? fraction + "0" : String(fraction))!
        }
        return Money(cents: cents, currency: currency)
    }

    /// `1250000.50 EUR`: the plain form used in files and exports.
    public var plainAmount: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public var description: String { "\(plainAmount) \(currency)" }
}

extension Character {
    /// `0`–`9` only: unlike `isNumber`, no other scripts' digits or fractions.
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
