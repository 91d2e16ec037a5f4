import CLibical
import Foundation

/// Reads the answers in one VEVENT of a reply, checking what libical lets through.
struct ReplyDecoder {
    let source: ICalendarSource
    /// The event's lines in `source`, when they could be found.
    let block: Range<Int>?
    let file: String

    func decode(_ event: ICalComponent) throws(CalendarReadError) -> [InviteReply] {
        let uid = event.firstProperty(ofKind: ICAL_UID_PROPERTY)?.text ?? ""
        guard !uid.isEmpty else {
            throw failure(.missingProperty("UID", uid: nil), at: block.map { source.lines[$0.lowerBound].number })
        }
        let attendees = event.properties(ofKind: ICAL_ATTENDEE_PROPERTY)
        guard !attendees.isEmpty else {
            throw failure(.missingProperty("ATTENDEE", uid: uid), at: block.map { source.lines[$0.lowerBound].number })
        }
        let sequence = try self.sequence(of: event, uid: uid)
        let dtstamp = try self.dtstamp(of: event, uid: uid)
        let organiser = try event.firstProperty(ofKind: ICAL_ORGANIZER_PROPERTY).map {
            (property) throws(CalendarReadError) in try address(of: property, named: "ORGANIZER", uid: uid)
        }
        let comment = event.firstProperty(ofKind: ICAL_COMMENT_PROPERTY)?.text
        var replies: [InviteReply] = []
        for attendee in attendees {
            let name = attendee.parameter(ICAL_CN_PARAMETER).flatMap { LibicalString.copy(icalparameter_get_cn($0)) }
            replies.append(
                InviteReply(
                    uid: uid,
                    sequence: sequence,
                    attendee: CalendarUser(
                        name: name ?? "", email: try address(of: attendee, named: "ATTENDEE", uid: uid)),
                    participationStatus: try participationStatus(of: attendee, uid: uid),
                    dtstamp: dtstamp,
                    organiserEmail: organiser,
                    comment: comment
                )
            )
        }
        return replies
    }

    /// The bare address of a `mailto:` calendar user (the scheme in any case).
    private func address(of property: ICalProperty, named name: String, uid: String) throws(CalendarReadError)
        -> String
    {
        let value = (property.valueText ?? "").trimmingCharacters(in: .whitespaces)
        let scheme = "mailto:"
        guard value.lowercased().hasPrefix(scheme), value.count > scheme.count else {
            throw failure(.invalidValue(property: name, value: value, uid: uid), at: lineNumber { $0.name == name })
        }
        return String(value.dropFirst(scheme.count))
    }

    private func participationStatus(of attendee: ICalProperty, uid: String) throws(CalendarReadError)
        -> ParticipationStatus
    {
        guard let parameter = attendee.parameter(ICAL_PARTSTAT_PARAMETER) else { return .needsAction }
        let written = LibicalString.take(icalparameter_as_ical_string_r(parameter)) ?? ""
        let value = String(written.drop(while: { $0 != "=" }).dropFirst())
        guard let status = ParticipationStatus(rawValue: value.uppercased()) else {
            throw failure(
                .invalidValue(property: "PARTSTAT", value: value, uid: uid),
                at: lineNumber { $0.name == "ATTENDEE" && $0.parameters.uppercased().contains("PARTSTAT=") }
            )
        }
        return status
    }

    /// libical reads `SEQUENCE:abc` as 0, so the written value is checked in the source.
    private func sequence(of event: ICalComponent, uid: String) throws(CalendarReadError) -> Int {
        guard let property = event.firstProperty(ofKind: ICAL_SEQUENCE_PROPERTY) else { return 0 }
        if let block, let line = source.lines[block].first(where: { $0.name == "SEQUENCE" }) {
            let written = line.value.trimmingCharacters(in: .whitespaces)
            guard !written.isEmpty, written.allSatisfy(\.isASCII), written.allSatisfy(\.isNumber) else {
                throw failure(.invalidValue(property: "SEQUENCE", value: line.value, uid: uid), at: line.number)
            }
        }
        return property.integer
    }

    private func dtstamp(of event: ICalComponent, uid: String) throws(CalendarReadError) -> Date? {
        guard let property = event.firstProperty(ofKind: ICAL_DTSTAMP_PROPERTY) else { return nil }
        let time = property.dateTime
        guard icaltime_is_null_time(time) == 0, time.is_date == 0, ICalTime.isValid(time) else {
            throw failure(
                .invalidValue(property: "DTSTAMP", value: property.valueText ?? "", uid: uid),
                at: lineNumber { $0.name == "DTSTAMP" }
            )
        }
        return ICalTime.instant(of: time)
    }

    private func lineNumber(where predicate: (ICalendarSource.ContentLine) -> Bool) -> Int? {
        guard let block else { return nil }
        return source.lineNumber(in: block, where: predicate)
    }

    private func failure(_ problem: CalendarReadError.Problem, at line: Int?) -> CalendarReadError {
        CalendarReadError(file: file, line: line, problem: problem)
    }
}
