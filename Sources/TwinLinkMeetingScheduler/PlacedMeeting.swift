/// A request placed in a slot at a table.
public struct PlacedMeeting: Sendable, Hashable {
    public var requestID: String
    public var slotID: String
    public var tableID: String
    public var participantA: String
    public var participantB: String
    public var weight: Int
    /// Fixed by the coordinator: it was in the instance's locked meetings.
    public var isLocked: Bool

    public init(
        requestID: String, slotID: String, tableID: String, participantA: String, participantB: String, weight: Int,
        isLocked: Bool
    ) {
        self.requestID = requestID
        self.slotID = slotID
        self.tableID = tableID
        self.participantA = participantA
        self.participantB = participantB
        self.weight = weight
        self.isLocked = isLocked
    }

    /// Where the meeting takes place.
    public var placement: MeetingPlacement { MeetingPlacement(slotID: slotID, tableID: tableID) }
}
