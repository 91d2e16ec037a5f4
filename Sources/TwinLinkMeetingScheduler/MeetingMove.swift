/// How one request's meeting changed between a schedule and its re-scheduled successor.
public struct MeetingMove: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// Held in both, at another slot or table.
        case moved
        /// Newly held.
        case added
        /// No longer held: its request or a participant was cancelled.
        case dropped
    }

    public var requestID: String
    public var kind: Kind
    /// Where it was; `nil` for an added meeting.
    public var from: MeetingPlacement?
    /// Where it is now; `nil` for a dropped meeting.
    public var to: MeetingPlacement?

    public init(requestID: String, kind: Kind, from: MeetingPlacement?, to: MeetingPlacement?) {
        self.requestID = requestID
        self.kind = kind
        self.from = from
        self.to = to
    }

    /// `r12 moved s03@t02 -> s05@t02`.
    public var description: String {
        "\(requestID) \(kind.rawValue) \(from?.description ?? "-") -> \(to?.description ?? "-")"
    }
}
