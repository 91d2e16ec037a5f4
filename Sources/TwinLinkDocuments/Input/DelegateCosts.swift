public import TwinLinkDomain

/// What each delegate pays for themselves, and what the city pays for: the packs state both so
/// that nobody travels with a wrong idea of who pays.
public struct DelegateCosts: Hashable, Sendable {
    /// One part of the self-paid cost, such as travel, with the amount the programme estimates.
    public struct Item: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            case travel, accommodation, fees
            /// Anything else, named by the coordinator (shown as written, not translated).
            case other(String)
        }

        public var kind: Kind
        public var amount: Money

        public init(_ kind: Kind, _ amount: Money) {
            self.kind = kind
            self.amount = amount
        }
    }

    /// The estimated self-paid cost per delegate, item by item.
    public var items: [Item]
    /// What the city pays for, one line each (hall, interpreters, service), as the coordinator wrote it.
    public var cityPaysFor: [String]

    public init(items: [Item] = [], cityPaysFor: [String] = []) {
        self.items = items
        self.cityPaysFor = cityPaysFor
    }

    /// The sum of the items when they share one currency; `nil` when there are none or currencies differ.
    public var perDelegate: Money? {
        guard let currency = items.first?.amount.currency,
            items.allSatisfy({ $0.amount.currency == currency })
        else { return nil }
        return Money(cents: items.reduce(0) { $0 + $1.amount.cents }, currency: currency)
    }
}
