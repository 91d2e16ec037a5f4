import CLibical
import Foundation

/// Reads one VEVENT component into a `CalendarEvent`, checking what libical lets through.
struct EventDecoder {
    /// A VEVENT as written, before its recurrences are expanded.
    struct Decoded {
        /// The VEVENT; needed for expanding its recurrences.
        let component: ICalComponent
        /// The event with the start and end given by DTSTART.
        let event: CalendarEvent
        /// Whether RRULE or RDATE make the event recur.
        let recurs: Bool
        /// How long each occurrence lasts.
        let length: Length
        /// The zone of DTSTART, for turning an occurrence's start back into local time; owned by
        /// `component`'s tree or by libical.
        let startZone: OpaquePointer?
        /// The line of the RRULE or RDATE, for errors about the recurrence.
        let recurrenceLine: Int?
    }

    /// The length of an event, in the form RFC 5545 applies to every occurrence.
    enum Length {
        /// All-day events: whole days.
        case days(Int)
        /// Timed events with DTEND (or none): the exact duration.
        case seconds(Int)
        /// Timed events with DURATION: days and weeks are nominal (local) days.
        case nominal(icaldurationtype)
    }

    let source: ICalendarSource
    /// The event's lines in `source`, when they could be found.
    let block: Range<Int>?
    let file: String
    /// The METHOD of the enclosing VCALENDAR.
    let method: String?
    /// The zone floating times are read in (the feed's city or `X-WR-TIMEZONE`); `nil`: UTC.
    var floatingZone: OpaquePointer?

    func decode(_ component: ICalComponent) throws(CalendarReadError) -> Decoded {
        let uid = component.firstProperty(ofKind: ICAL_UID_PROPERTY)?.text ?? ""
        guard !uid.isEmpty else {
            throw failure(.missingProperty("UID", uid: nil), at: block.map { source.lines[$0.lowerBound].number })
        }
        guard let startProperty = component.firstProperty(ofKind: ICAL_DTSTART_PROPERTY) else {
            throw failure(.missingProperty("DTSTART", uid: uid), at: block.map { source.lines[$0.lowerBound].number })
        }
        let start = try checkedTime(startProperty, named: "DTSTART", uid: uid)
        let (end, length) = try endAndLength(of: component, start: start, uid: uid)
        let recurrenceID = try component.firstProperty(ofKind: ICAL_RECURRENCEID_PROPERTY).map {
            (property) throws(CalendarReadError) in
            ICalTime.eventTime(try checkedTime(property, named: "RECURRENCE-ID", uid: uid))
        }
        for exception in component.properties(ofKind: ICAL_EXDATE_PROPERTY) {
            _ = try checkedTime(exception, named: "EXDATE", uid: uid)
        }
        let event = CalendarEvent(
            uid: uid,
            summary: component.firstProperty(ofKind: ICAL_SUMMARY_PROPERTY)?.text,
            description: component.firstProperty(ofKind: ICAL_DESCRIPTION_PROPERTY)?.text,
            location: component.firstProperty(ofKind: ICAL_LOCATION_PROPERTY)?.text,
            categories: component.properties(ofKind: ICAL_CATEGORIES_PROPERTY).compactMap(\.text),
            start: ICalTime.eventTime(start),
            end: end,
            status: try status(of: component, uid: uid),
            sequence: try sequence(of: component, uid: uid),
            method: method,
            recurrenceID: recurrenceID
        )
        let recurs =
            component.firstProperty(ofKind: ICAL_RRULE_PROPERTY) != nil
            || component.firstProperty(ofKind: ICAL_RDATE_PROPERTY) != nil
        return Decoded(
            component: component,
            event: event,
            recurs: recurs,
            length: length,
            startZone: start.zone,
            recurrenceLine: lineNumber { $0.name == "RRULE" || $0.name == "RDATE" }
        )
    }

    /// A date or date-time property whose zone is known and whose fields are in range.
    private func checkedTime(_ property: ICalProperty, named name: String, uid: String) throws(CalendarReadError)
        -> icaltimetype
    {
        let time = property.dateTime
        let text = property.valueText ?? ""
        if let tzid = property.tzid, time.zone == nil, time.is_date == 0 {
            throw failure(
                .unknownTimeZone(tzid, uid: uid),
                at: lineNumber { $0.name == name && $0.parameters.contains(tzid) }
            )
        }
        guard icaltime_is_null_time(time) == 0, ICalTime.isValid(time) else {
            throw failure(.invalidValue(property: name, value: text, uid: uid), at: lineNumber { $0.name == name })
        }
        if let floatingZone, time.zone == nil, time.is_date == 0, icaltime_is_utc(time) == 0 {
            var local = time
            local.zone = floatingZone
            return local
        }
        return time
    }

    /// The end (DTEND, DTSTART + DURATION, or the RFC 5545 default) and the event's length.
    private func endAndLength(of component: ICalComponent, start: icaltimetype, uid: String)
        throws(CalendarReadError) -> (EventTime, Length)
    {
        let endProperty = component.firstProperty(ofKind: ICAL_DTEND_PROPERTY)
        let durationProperty = component.firstProperty(ofKind: ICAL_DURATION_PROPERTY)
        let isAllDay = start.is_date != 0
        switch (endProperty, durationProperty) {
        case (.some, .some):
            throw inconsistent("it has both DTEND and DURATION; keep one", uid: uid, property: "DURATION")
        case (.some(let endProperty), nil):
            let end = try checkedTime(endProperty, named: "DTEND", uid: uid)
            guard (end.is_date != 0) == isAllDay else {
                throw inconsistent("DTSTART and DTEND must both be dates or both date-times", uid: uid)
            }
            if isAllDay {
                let days = ICalTime.day(of: start).days(until: ICalTime.day(of: end))
                guard days > 0 else { throw inconsistent("DTEND must be after DTSTART", uid: uid) }
                return (.day(ICalTime.day(of: end)), .days(days))
            }
            let seconds = Int(ICalTime.instant(of: end).timeIntervalSince(ICalTime.instant(of: start)))
            guard seconds >= 0 else { throw inconsistent("DTEND is before DTSTART", uid: uid) }
            return (ICalTime.eventTime(end), .seconds(seconds))
        case (nil, .some(let durationProperty)):
            let duration = icalproperty_get_duration(durationProperty.pointer)
            guard duration.is_neg == 0, icaldurationtype_is_bad_duration(duration) == 0 else {
                throw failure(
                    .invalidValue(property: "DURATION", value: durationProperty.valueText ?? "", uid: uid),
                    at: lineNumber { $0.name == "DURATION" }
                )
            }
            if isAllDay {
                guard duration.hours == 0, duration.minutes == 0, duration.seconds == 0 else {
                    let detail = "an all-day event needs a DURATION in whole days"
                    throw inconsistent(detail, uid: uid, property: "DURATION")
                }
                let days = Int(duration.weeks) * 7 + Int(duration.days)
                return (.day(ICalTime.day(of: start).adding(days: days)), .days(days))
            }
            return (ICalTime.eventTime(icaltime_add(start, duration)), .nominal(duration))
        case (nil, nil):
            if isAllDay {
                return (.day(ICalTime.day(of: start).adding(days: 1)), .days(1))
            }
            return (ICalTime.eventTime(start), .seconds(0))
        }
    }

    private func status(of component: ICalComponent, uid: String) throws(CalendarReadError) -> EventStatus? {
        guard let property = component.firstProperty(ofKind: ICAL_STATUS_PROPERTY) else { return nil }
        let text = property.valueText ?? ""
        guard let status = EventStatus(rawValue: text.uppercased()) else {
            let line = lineNumber { $0.name == "STATUS" }
            throw failure(.invalidValue(property: "STATUS", value: text, uid: uid), at: line)
        }
        return status
    }

    /// libical reads `SEQUENCE:abc` as 0, so the written value is checked in the source.
    private func sequence(of component: ICalComponent, uid: String) throws(CalendarReadError) -> Int {
        guard let property = component.firstProperty(ofKind: ICAL_SEQUENCE_PROPERTY) else { return 0 }
        if let block, let line = source.lines[block].first(where: { $0.name == "SEQUENCE" }) {
            let written = line.value.trimmingCharacters(in: .whitespaces)
            guard !written.isEmpty, written.allSatisfy(\.isASCII), written.allSatisfy(\.isNumber) else {
                throw failure(.invalidValue(property: "SEQUENCE", value: line.value, uid: uid), at: line.number)
            }
        }
        return property.integer
    }

    private func inconsistent(_ detail: String, uid: String, property: String = "DTEND") -> CalendarReadError {
        failure(.inconsistentEnd(detail, uid: uid), at: lineNumber { $0.name == property })
    }

    private func lineNumber(where predicate: (ICalendarSource.ContentLine) -> Bool) -> Int? {
        guard let block else { return nil }
        return source.lineNumber(in: block, where: predicate)
    }

    private func failure(_ problem: CalendarReadError.Problem, at line: Int?) -> CalendarReadError {
        CalendarReadError(file: file, line: line, problem: problem)
    }
}
