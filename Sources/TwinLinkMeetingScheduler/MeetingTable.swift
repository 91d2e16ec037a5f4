/// A table at the venue or an online room: it hosts at most one meeting per slot.
public struct MeetingTable: Sendable, Hashable {
    /// Unique within the instance.
    public var id: String
    /// What participants look for: "Table 12", "Room B".
    public var name: String
    /// Slots (by id) in which the table is not available, so a session can have fewer tables in some slots.
    public var unavailableSlotIDs: Set<String>

    public init(id: String, name: String? = nil, unavailableSlotIDs: Set<String> = []) {
        self.id = id
        self.name = name ?? id
        self.unavailableSlotIDs = unavailableSlotIDs
    }
}
