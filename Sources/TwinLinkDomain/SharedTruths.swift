public import Foundation

extension Activity.Kind {
    /// A study visit (outgoing or incoming): the activities whose seats are allocated and whose
    /// delegates take part in the event's other activities.
    public var isStudyVisit: Bool { self == .outgoingStudyVisit || self == .incomingStudyVisit }
}

extension Activity {
    /// A study visit (outgoing or incoming).
    public var isStudyVisit: Bool { kind.isStudyVisit }
}

extension Application {
    /// The seated delegates of this application when it holds `seats` seats: the first `seats`
    /// delegates it names, in its order.
    public func seatedDelegateIDs(seats: Int) -> ArraySlice<Identifier<Person>> {
        delegateIDs.prefix(max(seats, 0))
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a small seeded generator that gives the same
/// sequence on every platform and every run, for draws and ids that must repeat.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// The first number of the sequence seeded with `value`: a well-mixed 64 bits of it.
    public static func mix(_ value: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: value)
        return generator.next()
    }
}

extension JSONEncoder {
    /// Pretty, sorted keys, no escaped slashes: the same data always gives the same bytes.
    /// Instants are written as UTC ISO 8601 with whole seconds (`2026-09-14T08:22:00Z`).
    public static var stable: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ZonedInstant.formatUTC(date))
        }
        return encoder
    }

    /// Compact, sorted keys, no escaped slashes: the same data always gives the same bytes, for
    /// values kept in one database column.
    public static var stableCompact: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
