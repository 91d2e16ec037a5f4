import Foundation

/// Why an invite or feed could not be written. Nothing is written for a message that fails.
public enum InviteWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The UID is empty or holds line breaks or other control characters.
    case invalidUID(String)
    /// SEQUENCE below 0.
    case negativeSequence(uid: String, sequence: Int)
    /// An ORGANIZER or ATTENDEE address that is not a bare `local@domain` address.
    case invalidEmail(String, uid: String)
    /// The organiser is also an attendee: Gmail then hides the invite from them.
    case organiserIsAttendee(email: String, uid: String)
    /// The same address is listed twice as an attendee.
    case duplicateAttendee(email: String, uid: String)
    /// The end is before the start, or the last day before the first.
    case endBeforeStart(uid: String)
    /// An all-day date that does not exist, such as 2027-02-30.
    case invalidDay(CalendarDay, uid: String)
    /// A time zone name that is neither UTC nor a zone in the system's tzdata.
    case unknownTimeZone(String, uid: String)
    /// A CATEGORIES value with `,`, `;` or a line break, which libical would not escape.
    case invalidCategory(String, uid: String)
    /// A GEO position out of range.
    case invalidGeo(GeoPosition, uid: String)
    /// A join link that is not an absolute `https` or `http` URL without spaces.
    case invalidURL(String, uid: String)
    /// A reminder that does not come before the start.
    case invalidAlarm(minutesBefore: Int, uid: String)
    /// STATUS does not fit the METHOD: a CANCEL must be `cancelled`, a REQUEST or PUBLISH not.
    case statusContradictsMethod(status: EventStatus, method: ITIPMethod, uid: String)
    /// A method this writer does not produce (`REPLY` is the attendees' to send).
    case unsupportedMethod(ITIPMethod)
    /// libical's iTIP check (`icalrestriction_check`) rejected the message; one entry per problem.
    case failedRestrictionCheck(uid: String, method: ITIPMethod, problems: [String])

    /// What is wrong, for whom, and what to change.
    public var description: String {
        switch self {
        case .invalidUID(let uid):
            return "invalid UID '\(uid)': a UID must be non-empty text on one line."
        case .negativeSequence(let uid, let sequence):
            return "event \(uid): SEQUENCE \(sequence) is negative; start at 0 and only ever raise it."
        case .invalidEmail(let email, let uid):
            return "event \(uid): '\(email)' is not an e-mail address such as name@example.org."
        case .organiserIsAttendee(let email, let uid):
            return "event \(uid): the organiser \(email) is also an attendee; Gmail would hide the invite "
                + "from them. Leave the organiser out of the attendees."
        case .duplicateAttendee(let email, let uid):
            return "event \(uid): \(email) is listed twice as an attendee."
        case .endBeforeStart(let uid):
            return "event \(uid): the end is before the start."
        case .invalidDay(let day, let uid):
            return "event \(uid): \(day) is not a date in the calendar."
        case .unknownTimeZone(let name, let uid):
            return "event \(uid): '\(name)' is not a known IANA time zone; use a name such as Europe/Warsaw."
        case .invalidCategory(let category, let uid):
            return "event \(uid): category '\(category)' contains ',', ';' or a line break; "
                + "libical writes categories unescaped, so the category would be split."
        case .invalidGeo(let geo, let uid):
            return "event \(uid): GEO \(geo.latitude);\(geo.longitude) is not a latitude in -90...90 "
                + "and a longitude in -180...180."
        case .invalidURL(let url, let uid):
            return "event \(uid): join link '\(url)' is not an absolute https or http URL."
        case .invalidAlarm(let minutes, let uid):
            return "event \(uid): a reminder \(minutes) minutes before the start must be at least 1 minute before."
        case .statusContradictsMethod(let status, let method, let uid):
            return "event \(uid): STATUS:\(status.rawValue) contradicts METHOD:\(method.rawValue); a CANCEL "
                + "has STATUS:CANCELLED and a REQUEST or PUBLISH does not."
        case .unsupportedMethod(let method):
            return "METHOD:\(method.rawValue) is not written by TwinLink; attendees send replies."
        case .failedRestrictionCheck(let uid, let method, let problems):
            return "event \(uid): the METHOD:\(method.rawValue) message breaks iTIP rules (RFC 5546): "
                + problems.joined(separator: "; ")
        }
    }
}
