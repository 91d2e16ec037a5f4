/// Why an iCalendar file could not be read, and where.
public struct CalendarReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong.
    public enum Problem: Sendable, Hashable {
        /// The file could not be opened or read.
        case unreadable(String)
        /// The bytes are not UTF-8 text.
        case notUTF8
        /// libical found no iCalendar data at all.
        case notICalendar
        /// A component stands outside any VCALENDAR.
        case outsideCalendar(component: String)
        /// `BEGIN:` without its `END:`: the file was most likely cut short.
        case unterminatedComponent(String)
        /// An `END:` that closes a different component than the one open.
        case mismatchedEnd(expected: String?, found: String)
        /// libical rejected parts of the file (its `X-LIC-ERROR` messages, one per problem).
        case rejectedByParser([Diagnostic])
        /// The file holds no VEVENT.
        case noEvents
        /// A VEVENT lacks a property it must have.
        case missingProperty(String, uid: String?)
        /// A property has a value that is not valid for it.
        case invalidValue(property: String, value: String, uid: String?)
        /// A `TZID` that matches neither a VTIMEZONE in the calendar nor a known IANA zone.
        case unknownTimeZone(String, uid: String?)
        /// DTEND before DTSTART, both DTEND and DURATION, or start and end of different types.
        case inconsistentEnd(String, uid: String?)
        /// A recurring event yields more occurrences in the window than the reader allows.
        case tooManyOccurrences(limit: Int, uid: String)
    }

    /// One message from libical's parser, with the line it refers to when it can be found.
    public struct Diagnostic: Sendable, Hashable {
        /// The 1-based line the message refers to, when it could be found.
        public var line: Int?
        /// libical's text, as in its `X-LIC-ERROR` property.
        public var message: String

        /// A diagnostic from its parts.
        public init(line: Int?, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// The file name (or other label) the text came from.
    public var file: String
    /// The 1-based line of the problem in the file, when known.
    public var line: Int?
    public var problem: Problem

    /// An error from its parts.
    public init(file: String, line: Int?, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `file:line: what is wrong` and, where there is one, what would fix it.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(explanation)"
    }

    private var explanation: String {
        switch problem {
        case .unreadable(let reason):
            return "cannot read the file (\(reason))."
        case .notUTF8:
            return "the file is not UTF-8 text; save it as UTF-8 and try again."
        case .notICalendar:
            return "no iCalendar data found; expected BEGIN:VCALENDAR ... END:VCALENDAR."
        case .outsideCalendar(let component):
            return "BEGIN:\(component) stands outside any VCALENDAR; wrap it in BEGIN:VCALENDAR ... END:VCALENDAR."
        case .unterminatedComponent(let component):
            return "BEGIN:\(component) has no END:\(component); the file looks truncated."
        case .mismatchedEnd(let expected?, let found):
            return "END:\(found) while BEGIN:\(expected) is still open; expected END:\(expected)."
        case .mismatchedEnd(nil, let found):
            return "END:\(found) without a matching BEGIN:\(found)."
        case .rejectedByParser(let diagnostics):
            let lines = diagnostics.map { diagnostic in
                diagnostic.line.map { "line \($0): \(diagnostic.message)" } ?? diagnostic.message
            }
            return "libical rejected the file: " + lines.joined(separator: "; ")
        case .noEvents:
            return "the calendar holds no VEVENT."
        case .missingProperty(let property, let uid):
            return "\(event(uid)) has no \(property); every VEVENT needs one."
        case .invalidValue(let property, let value, let uid):
            return "\(event(uid)) has an invalid \(property) value '\(value)'."
        case .unknownTimeZone(let tzid, let uid):
            return "\(event(uid)) uses TZID '\(tzid)', which is neither a VTIMEZONE in the calendar "
                + "nor a known IANA zone; add its VTIMEZONE or use an IANA name such as Europe/Warsaw."
        case .inconsistentEnd(let detail, let uid):
            return "\(event(uid)): \(detail)."
        case .tooManyOccurrences(let limit, let uid):
            return "event \(uid) recurs more than \(limit) times in the requested window; narrow the window."
        }
    }

    private func event(_ uid: String?) -> String {
        uid.map { "event \($0)" } ?? "a VEVENT"
    }
}
