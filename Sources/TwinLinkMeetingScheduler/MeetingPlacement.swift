/// A slot and a table: where a meeting takes place.
public struct MeetingPlacement: Sendable, Hashable, CustomStringConvertible {
    public var slotID: String
    public var tableID: String

    public init(slotID: String, tableID: String) {
        self.slotID = slotID
        self.tableID = tableID
    }

    public var description: String { "\(slotID)@\(tableID)" }
}
