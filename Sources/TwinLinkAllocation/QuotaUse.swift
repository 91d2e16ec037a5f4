public import TwinLinkLocalization

/// How a reserved-seat category or a maximum share was used in a run.
public struct QuotaUse: Hashable, Sendable, Codable {
    /// A reservation (a minimum) or a maximum share.
    public enum Kind: String, Hashable, Sendable, Codable {
        case reservedSeats = "reserved_seats"
        case maximumShare = "maximum_share"
    }

    public var name: String
    public var kind: Kind
    /// `micro firms`, `firms in section J`: in English, for tools and versions stored before messages.
    public var firms: String
    /// The same as a message, for each reader's language; `nil` in versions stored before it.
    public var firmsMessage: Message?
    /// Seats reserved, or the most seats the share allows.
    public var seats: Int
    /// Seats the category's firms hold on reserved seats, or hold in all under the share.
    public var used: Int

    public init(name: String, kind: Kind, firms: String, seats: Int, used: Int, firmsMessage: Message? = nil) {
        self.name = name
        self.kind = kind
        self.firms = firms
        self.firmsMessage = firmsMessage
        self.seats = seats
        self.used = used
    }
}
