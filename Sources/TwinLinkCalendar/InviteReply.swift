public import Foundation

/// One attendee's answer read from a `METHOD:REPLY` file.
public struct InviteReply: Sendable, Hashable {
    /// The `UID` of the invite answered.
    public var uid: String
    /// The `SEQUENCE` of the invite answered; 0 when the reply has none.
    public var sequence: Int
    /// Who answers: the `ATTENDEE` address without `mailto:`, and the `CN` (empty for none).
    public var attendee: CalendarUser
    /// The answer (`PARTSTAT`); `needsAction` when the line has none (RFC 5545's default).
    public var participationStatus: ParticipationStatus
    /// When the client made the reply (`DTSTAMP`), if it says.
    public var dtstamp: Date?
    /// The organiser's address without `mailto:`, if the reply names one.
    public var organiserEmail: String?
    /// The attendee's note (`COMMENT`), if any.
    public var comment: String?

    /// A reply from its parts; `ReplyReader` makes these from files.
    public init(
        uid: String,
        sequence: Int,
        attendee: CalendarUser,
        participationStatus: ParticipationStatus,
        dtstamp: Date? = nil,
        organiserEmail: String? = nil,
        comment: String? = nil
    ) {
        self.uid = uid
        self.sequence = sequence
        self.attendee = attendee
        self.participationStatus = participationStatus
        self.dtstamp = dtstamp
        self.organiserEmail = organiserEmail
        self.comment = comment
    }
}
