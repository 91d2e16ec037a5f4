/// A request for a 1:1 meeting between two participants, weighted by their mutual interest.
public struct RequestedMeeting: Sendable, Hashable {
    /// The weights the scheduler accepts: 1 (one side interested) to 3 (strong mutual interest).
    public static let weights: ClosedRange<Int> = 1...3

    /// Unique within the instance.
    public var id: String
    /// The two participants (by id), in no particular order.
    public var participantA: String
    public var participantB: String
    /// How much the meeting is worth; the scheduler maximises the total weight of the meetings held.
    public var weight: Int
    /// Who asked whom: one of the two participants, when the source says so.
    public var requestedBy: String?

    public init(id: String, participantA: String, participantB: String, weight: Int, requestedBy: String? = nil) {
        self.id = id
        self.participantA = participantA
        self.participantB = participantB
        self.weight = weight
        self.requestedBy = requestedBy
    }

    /// The other participant of the request, or `nil` when `participantID` is not one of the two.
    public func counterpart(of participantID: String) -> String? {
        if participantID == participantA { return participantB }
        if participantID == participantB { return participantA }
        return nil
    }
}
