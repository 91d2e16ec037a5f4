import CLibical
public import Foundation

/// Reads the events of iCalendar (.ics) files with libical.
///
/// Every event is checked: broken input fails with a `CalendarReadError` that names the file
/// and, where it can be found, the line. Recurring events (RRULE, RDATE, EXDATE, and overrides
/// with RECURRENCE-ID) are expanded into one `CalendarEvent` per occurrence.
///
/// Only occurrences that overlap `window` are returned, single events included. All-day events
/// are placed at midnight UTC for that comparison. Events come in file order; the occurrences
/// of a recurring event come in time order where the event stands.
///
/// libical is not used across threads here: each call parses into components of its own, and
/// libical 3.0.16 guards its shared built-in zones with mutexes.
public struct CalendarReader: Sendable {
    /// The span of time whose events are returned; it bounds recurrence expansion.
    public var window: DateInterval
    /// The most occurrences one recurring event may have in `window`; more is an error
    /// (`FREQ=MINUTELY` over years would otherwise exhaust memory).
    public var maximumOccurrencesPerEvent: Int
    /// The IANA zone of floating times (no TZID, no `Z`): a partner feed's city. A calendar's
    /// `X-WR-TIMEZONE` takes precedence; with neither, floating times are read as UTC.
    public var floatingTimeZone: String?

    /// A reader for the events in `window`.
    public init(window: DateInterval, maximumOccurrencesPerEvent: Int = 10_000, floatingTimeZone: String? = nil) {
        self.window = window
        self.maximumOccurrencesPerEvent = maximumOccurrencesPerEvent
        self.floatingTimeZone = floatingTimeZone
    }

    /// The events of an iCalendar text; `file` names it in errors.
    public func events(in text: String, file: String) throws(CalendarReadError) -> [CalendarEvent] {
        let document = try CalendarDocument(text: text, file: file, floatingTimeZone: floatingTimeZone)
        var overridden: [String: Set<OccurrenceKey>] = [:]
        for decoded in document.events {
            if let recurrenceID = decoded.event.recurrenceID {
                overridden[decoded.event.uid, default: []].insert(OccurrenceKey(recurrenceID))
            }
        }
        var result: [CalendarEvent] = []
        for decoded in document.events {
            if decoded.recurs && decoded.event.recurrenceID == nil {
                let occurrences = try expand(decoded, file: file)
                let skipped = overridden[decoded.event.uid] ?? []
                result += occurrences.filter { !skipped.contains(OccurrenceKey($0.start)) && overlapsWindow($0) }
            } else if overlapsWindow(decoded.event) {
                result.append(decoded.event)
            }
        }
        return result
    }

    /// The events of iCalendar bytes, which must be UTF-8; `file` names them in errors.
    public func events(in data: Data, file: String) throws(CalendarReadError) -> [CalendarEvent] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw CalendarReadError(file: file, line: nil, problem: .notUTF8)
        }
        return try events(in: text, file: file)
    }

    /// The events of an .ics file; errors name the file by its path.
    public func events(inFileAt url: URL) throws(CalendarReadError) -> [CalendarEvent] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CalendarReadError(file: url.path, line: nil, problem: .unreadable(error.localizedDescription))
        }
        return try events(in: data, file: url.path)
    }

    /// One event per occurrence of a recurring event, each with its `recurrenceID`.
    private func expand(_ decoded: EventDecoder.Decoded, file: String) throws(CalendarReadError) -> [CalendarEvent] {
        // A day of margin: libical's spans differ from RFC 5545 ones; the window is applied after.
        let margin: TimeInterval = 86_400
        let expansion = RecurrenceExpander.occurrenceStarts(
            of: decoded.component,
            from: window.start.addingTimeInterval(-margin),
            to: window.end.addingTimeInterval(margin),
            limit: maximumOccurrencesPerEvent
        )
        guard !expansion.exceededLimit else {
            throw CalendarReadError(
                file: file,
                line: decoded.recurrenceLine,
                problem: .tooManyOccurrences(limit: maximumOccurrencesPerEvent, uid: decoded.event.uid)
            )
        }
        // libical lists RRULE occurrences before RDATE ones; callers get them in time order.
        return expansion.starts.sorted().map { start in
            var occurrence = decoded.event
            (occurrence.start, occurrence.end) = span(startingAt: start, of: decoded)
            occurrence.recurrenceID = occurrence.start
            return occurrence
        }
    }

    /// The start and end of the occurrence that libical reports as starting at `seconds`.
    private func span(startingAt seconds: Int, of decoded: EventDecoder.Decoded) -> (EventTime, EventTime) {
        let zone = decoded.startZone ?? icaltimezone_get_utc_timezone()
        switch decoded.length {
        case .days(let days):
            let day = ICalTime.day(of: icaltime_from_timet_with_zone(time_t(seconds), 1, zone))
            return (.day(day), .day(day.adding(days: days)))
        case .seconds(let length):
            let start = Date(timeIntervalSince1970: TimeInterval(seconds))
            let zoneName = decoded.event.start.timeZone
            return (.instant(start, timeZone: zoneName), .instant(start + TimeInterval(length), timeZone: zoneName))
        case .nominal(let duration):
            var local = icaltime_from_timet_with_zone(time_t(seconds), 0, zone)
            local.zone = decoded.startZone
            return (ICalTime.eventTime(local), ICalTime.eventTime(icaltime_add(local, duration)))
        }
    }

    /// Whether an occurrence overlaps `window`; an instantaneous one must start inside it.
    private func overlapsWindow(_ event: CalendarEvent) -> Bool {
        let start = Self.comparableInstant(event.start)
        let end = Self.comparableInstant(event.end)
        if end > start {
            return start < window.end && end > window.start
        }
        return start >= window.start && start < window.end
    }

    private static func comparableInstant(_ time: EventTime) -> Date {
        switch time {
        case .day(let day):
            return Date(timeIntervalSince1970: TimeInterval(day.dayNumber) * 86_400)
        case .instant(let date, _):
            return date
        }
    }
}

/// Identifies an occurrence by its original start, whatever zone the start was written in.
private enum OccurrenceKey: Hashable {
    case day(CalendarDay)
    case instant(Date)

    init(_ time: EventTime) {
        switch time {
        case .day(let day):
            self = .day(day)
        case .instant(let date, _):
            self = .instant(date)
        }
    }
}
