/// One person an invite is addressed to, as an `ATTENDEE` line.
public struct InviteAttendee: Sendable, Hashable {
    /// What the person is asked to be at the meeting (`ROLE`).
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Chairs the meeting.
        case chair = "CHAIR"
        /// Expected to take part.
        case required = "REQ-PARTICIPANT"
        /// Welcome but not needed.
        case optional = "OPT-PARTICIPANT"
        /// Told for information only.
        case nonParticipant = "NON-PARTICIPANT"
    }

    /// What kind of calendar user the attendee is (`CUTYPE`).
    public enum UserType: String, Sendable, Hashable, CaseIterable {
        /// A person.
        case individual = "INDIVIDUAL"
        /// A group of people, such as a mailing list.
        case group = "GROUP"
        /// A physical resource, such as a projector.
        case resource = "RESOURCE"
        /// A room.
        case room = "ROOM"
    }

    /// Name and address.
    public var user: CalendarUser
    public var role: Role
    /// The answer so far; `needsAction` on every new invite.
    public var participationStatus: ParticipationStatus
    /// Whether the organiser asks for a reply (`RSVP=TRUE`).
    public var expectsReply: Bool
    public var userType: UserType

    /// An attendee; the defaults are those of a normal invite to a person.
    public init(
        user: CalendarUser,
        role: Role = .required,
        participationStatus: ParticipationStatus = .needsAction,
        expectsReply: Bool = true,
        userType: UserType = .individual
    ) {
        self.user = user
        self.role = role
        self.participationStatus = participationStatus
        self.expectsReply = expectsReply
        self.userType = userType
    }
}
