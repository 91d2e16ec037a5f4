import CLibical
public import Foundation

/// Reads RSVP replies (`METHOD:REPLY`) as Outlook, Google Calendar, Apple Calendar and
/// Thunderbird send them, with libical.
///
/// Each `ATTENDEE` line of each VEVENT gives one `InviteReply` (a delegation names two people).
/// Whether the UID and the person were invited is for the caller to check against what was sent.
/// Broken input fails with a `CalendarReadError` naming the file and, where it can, the line;
/// nothing is returned from such a file.
public struct ReplyReader: Sendable {
    /// A reader; it keeps no state between files.
    public init() {}

    /// The replies in an iCalendar text; `file` names it in errors.
    public func replies(in text: String, file: String) throws(CalendarReadError) -> [InviteReply] {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let source = ICalendarSource(text)
        if let (line, problem) = source.structuralProblem() {
            throw CalendarReadError(file: file, line: line, problem: problem)
        }
        guard let root = ICalComponent.parse(text) else {
            throw CalendarReadError(file: file, line: nil, problem: .notICalendar)
        }
        let calendars = try CalendarDocument.calendars(in: root, source: source, file: file)
        let blockOf = CalendarDocument.eventBlockFinder(root: root, source: source)
        if root.errorCount > 0 {
            // Google sends empty LOCATION and DESCRIPTION lines, which libical drops with an
            // error; a reply needs neither, and a dropped ATTENDEE or UID is reported below.
            let diagnostics = CalendarDocument.diagnostics(in: root, source: source, blockOf: blockOf).filter {
                !$0.message.hasPrefix("No value for ")
            }
            if !diagnostics.isEmpty {
                throw CalendarReadError(
                    file: file,
                    line: diagnostics.first?.line,
                    problem: .rejectedByParser(diagnostics)
                )
            }
        }
        var replies: [InviteReply] = []
        for calendar in calendars {
            let method = calendar.firstProperty(ofKind: ICAL_METHOD_PROPERTY)?.valueText
            guard method?.uppercased() == ITIPMethod.reply.rawValue else {
                let line = source.lineNumber(in: nil) { $0.name == "METHOD" } ?? source.lines.first?.number
                throw CalendarReadError(
                    file: file,
                    line: line,
                    problem: .invalidValue(property: "METHOD", value: method ?? "(none)", uid: nil)
                )
            }
            for event in calendar.children(ofKind: ICAL_VEVENT_COMPONENT) {
                let decoder = ReplyDecoder(source: source, block: blockOf(event), file: file)
                replies += try decoder.decode(event)
            }
        }
        // Every VEVENT gives at least one reply or an error: no replies means no VEVENT.
        guard !replies.isEmpty else {
            throw CalendarReadError(file: file, line: nil, problem: .noEvents)
        }
        return replies
    }

    /// The replies in iCalendar bytes, which must be UTF-8.
    public func replies(in data: Data, file: String) throws(CalendarReadError) -> [InviteReply] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw CalendarReadError(file: file, line: nil, problem: .notUTF8)
        }
        return try replies(in: text, file: file)
    }

    /// The replies in an .ics file; errors name the file by its path.
    public func replies(inFileAt url: URL) throws(CalendarReadError) -> [InviteReply] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CalendarReadError(file: url.path, line: nil, problem: .unreadable(error.localizedDescription))
        }
        return try replies(in: data, file: url.path)
    }
}
