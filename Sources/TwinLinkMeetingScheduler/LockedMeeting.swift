/// A meeting the coordinator has fixed: the scheduler never moves or drops it.
public struct LockedMeeting: Sendable, Hashable {
    public var requestID: String
    public var slotID: String
    public var tableID: String

    public init(requestID: String, slotID: String, tableID: String) {
        self.requestID = requestID
        self.slotID = slotID
        self.tableID = tableID
    }
}
