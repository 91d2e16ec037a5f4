public import Foundation

/// One time slot of the session, e.g. 20 or 30 minutes. Breaks are the gaps between slots.
public struct MeetingSlot: Sendable, Hashable {
    /// Unique within the instance.
    public var id: String
    public var start: Date
    public var end: Date

    public init(id: String, start: Date, end: Date) {
        self.id = id
        self.start = start
        self.end = end
    }
}
