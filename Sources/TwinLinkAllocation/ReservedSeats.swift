/// Seats set aside for some firms (a size class or a sector): a minimum guarantee, not a cap.
/// The best-scoring firms of the category fill them; firms of the category also compete for
/// the open seats.
public struct ReservedSeats: Hashable, Sendable, Codable {
    public var name: String
    public var firms: FirmSelector
    public var seats: Int

    public init(name: String, firms: FirmSelector, seats: Int) {
        self.name = name
        self.firms = firms
        self.seats = seats
    }
}
