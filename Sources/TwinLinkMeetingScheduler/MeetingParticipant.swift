/// Someone who takes part in a B2B session: a local SME or a partner enterprise.
public struct MeetingParticipant: Sendable, Hashable {
    /// Unique within the instance.
    public var id: String
    /// For people: agendas and messages show it.
    public var name: String
    /// The most meetings the participant accepts in the session; 0 keeps them out of every meeting.
    public var maximumMeetings: Int
    /// Slots (by id) in which the participant cannot meet: arriving late, leaving early, a talk to give.
    public var unavailableSlotIDs: Set<String>

    public init(id: String, name: String? = nil, maximumMeetings: Int, unavailableSlotIDs: Set<String> = []) {
        self.id = id
        self.name = name ?? id
        self.maximumMeetings = maximumMeetings
        self.unavailableSlotIDs = unavailableSlotIDs
    }
}
