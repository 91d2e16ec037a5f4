/// A person as calendars address them: a display name and an e-mail address, written as
/// `CN=Name:mailto:address` in ORGANIZER and ATTENDEE lines.
public struct CalendarUser: Sendable, Hashable {
    /// The display name (`CN`), in any script; empty for none.
    public var name: String
    /// The bare e-mail address, without `mailto:`.
    public var email: String

    /// A user from a display name and a bare e-mail address.
    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}
