/// The most seats that some firms (a size class or a sector) may hold together, as a share of
/// the activity's seats, rounded down.
public struct MaximumShare: Hashable, Sendable, Codable {
    public var name: String
    public var firms: FirmSelector
    /// 1–100.
    public var percent: Int

    public init(name: String, firms: FirmSelector, percent: Int) {
        self.name = name
        self.firms = firms
        self.percent = percent
    }

    /// The seats the share allows out of `seats`, rounded down.
    public func seatLimit(of seats: Int) -> Int { seats * percent / 100 }
}
