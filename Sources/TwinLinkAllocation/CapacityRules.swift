/// How many seats an activity has and how many delegates one company may send.
public struct CapacityRules: Hashable, Sendable, Codable {
    public var seats: Int
    /// Delegates per company seated before any company's further delegates.
    public var delegatesDefault: Int
    /// The most delegates one company may send, when seats remain.
    public var delegatesMax: Int

    public init(seats: Int, delegatesDefault: Int = 1, delegatesMax: Int = 1) {
        self.seats = seats
        self.delegatesDefault = delegatesDefault
        self.delegatesMax = delegatesMax
    }
}
