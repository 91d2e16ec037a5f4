/// Reserved seats and maximum shares, and what happens to reserved seats their category cannot fill.
public struct QuotaRules: Hashable, Sendable, Codable {
    /// What becomes of reserved seats that no firm of the category takes.
    public enum UnusedReservedSeats: String, Hashable, Sendable, Codable, CaseIterable {
        /// They join the open seats, so that no seat is wasted while an eligible firm waits.
        case openPool = "open_pool"
        /// They stay empty: a hard reservation.
        case keepEmpty = "keep_empty"
    }

    public var reserved: [ReservedSeats]
    /// No firm may fall under two maximum shares.
    public var maximumShares: [MaximumShare]
    public var unusedReservedSeats: UnusedReservedSeats

    public init(
        reserved: [ReservedSeats] = [], maximumShares: [MaximumShare] = [],
        unusedReservedSeats: UnusedReservedSeats = .openPool
    ) {
        self.reserved = reserved
        self.maximumShares = maximumShares
        self.unusedReservedSeats = unusedReservedSeats
    }

    public var reservedTotal: Int { reserved.reduce(0) { $0 + $1.seats } }
}
