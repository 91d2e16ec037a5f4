/// Hours of work with at most two decimals (`12.5`, `0.25`), kept as hundredths so that a cost
/// computed from them is exact to the cent.
public struct WorkHours: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hundredths: Int64

    public init(hundredths: Int64) {
        self.hundredths = hundredths
    }

    /// Parses `12`, `12.5` or `12.25`; no sign, no thousands separators, at most 99 999 hours.
    public init?(text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...5).contains(parts[0].count), parts[0].allSatisfy(\.isASCIIDigit),
            let whole = Int64(parts[0])
        else { return nil }
        var value = whole * 100
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            value += Int64(fraction.count == 1 ? fraction + "0" : String(fraction))!
        }
        self.hundredths = value
    }

    public static let rule = "hours with at most two decimals, such as 12.5"

    /// The cost of these hours at `rate` per hour, rounded half up to the cent.
    public func cost(at rate: Money) -> Money {
        Money(cents: (hundredths * rate.cents + 50) / 100, currency: rate.currency)
    }

    /// `12.50`: always two decimals.
    public var description: String {
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.hundredths < rhs.hundredths }
}
