public import TwinLinkDomain

/// The seats of the latest stored run: a re-run keeps them, so that nobody already accepted
/// loses a seat because of a re-run.
public struct PreviousAllocation: Hashable, Sendable, Codable {
    public var version: Int
    /// Seats held per accepted application.
    public var seats: [Identifier<Application>: Int]

    public init(version: Int, seats: [Identifier<Application>: Int]) {
        self.version = version
        self.seats = seats
    }
}
