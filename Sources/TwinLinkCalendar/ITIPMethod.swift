/// The iTIP `METHOD` of a calendar message (RFC 5546): what the receiving client should do with it.
public enum ITIPMethod: String, Sendable, Hashable, CaseIterable {
    /// An invitation, an update (same UID, higher SEQUENCE) or an added attendee; the client
    /// offers Accept / Decline and replaces the earlier version of the meeting.
    case request = "REQUEST"
    /// The meeting is off for the attendees listed (only the withdrawn person, or everyone).
    case cancel = "CANCEL"
    /// A read-only calendar, such as the coordinator's feed: no replies expected.
    case publish = "PUBLISH"
    /// An attendee's answer to a request, as calendar clients send it back.
    case reply = "REPLY"
}
