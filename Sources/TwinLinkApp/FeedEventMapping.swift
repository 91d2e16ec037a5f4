import Foundation
import TwinLinkCalendar
import TwinLinkDomain

/// Turns an event of a partner city's feed into a mutual event hosted by that city.
enum FeedEventMapping {
    /// `nil` for a cancelled event.
    static func event(from feed: CalendarEvent, city: PartnerCity, source: String) -> MutualEvent? {
        guard feed.status != .cancelled else { return nil }
        let schedule: EventSchedule
        switch (feed.start, feed.end) {
        case (.day(let first), .day(let end)):
            guard let firstDay = LocalDate(year: first.year, month: first.month, day: first.day),
                let endDay = LocalDate(year: end.year, month: end.month, day: end.day)
            else { return nil }
            schedule = .allDay(first: firstDay, last: max(firstDay, endDay.adding(days: -1)), zone: city.timeZone)
        case (.instant(let start, let zoneName), .instant(let end, _)):
            // Outlook names zones the Windows way (`W. Europe Standard Time`): read as their IANA zone.
            let zone = zoneName.flatMap(TimeZoneID.init(calendarName:)) ?? city.timeZone
            schedule = .timed(
                start: ZonedInstant(instant: start, zone: zone), end: ZonedInstant(instant: end, zone: zone))
        default:
            return nil
        }
        let location = feed.location?.trimmingCharacters(in: .whitespacesAndNewlines)
        let venueName = location.flatMap { $0.split(separator: ",").first.map(String.init) } ?? "To be announced"
        let kind =
            feed.categories.lazy.compactMap { MutualEvent.Kind(rawValue: $0.lowercased()) }.first ?? .other
        return MutualEvent(
            id: id(for: feed, zone: schedule.zone), name: feed.summary ?? "Event in \(city.name)", kind: kind,
            host: .partnerCity(city.id), schedule: schedule,
            venue: Venue(name: venueName, address: location ?? city.name), visit: .none,
            description: trimmedTrailing(feed.description), source: source)
    }

    /// Text without its trailing white space (Outlook ends every DESCRIPTION with a line break); `nil` when empty.
    static func trimmedTrailing(_ text: String?) -> String? {
        guard var text else { return nil }
        while let last = text.last, last.isWhitespace || last.isNewline { text.removeLast() }
        return text.isEmpty ? nil : text
    }

    /// `feed-<uid>` in id characters, with the occurrence's date for recurring events; a stable
    /// hash keeps long ids within 64 characters.
    static func id(for feed: CalendarEvent, zone: TimeZoneID) -> Identifier<MutualEvent> {
        var base = "feed-"
        var lastWasDash = true
        for scalar in feed.uid.lowercased().unicodeScalars {
            let allowed =
                (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "." || scalar == "_"
            if allowed {
                base.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash {
                base += "-"
                lastWasDash = true
            }
        }
        while base.hasSuffix("-") { base.removeLast() }
        if let occurrence = feed.recurrenceID {
            switch occurrence {
            case .day(let day): base += "-" + day.description.replacingOccurrences(of: "-", with: "")
            case .instant(let instant, _):
                base += "-" + LocalDate(instant, in: zone.timeZone).iso.replacingOccurrences(of: "-", with: "")
            }
        }
        return Identifier(trusted: StableHash.shortened(base, limit: 64))
    }
}
