import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// The first agenda of a study visit, for the coordinator to complete: arrival, the event days
/// (at the event's hours), the 1:1 meetings session, a debrief and departure. Times are local to
/// the event.
enum AgendaSkeleton {
    static func make(
        for event: MutualEvent, kind: Activity.Kind, first: LocalDate, last: LocalDate, settings: PlanningSettings,
        withMeetings: Bool
    ) -> [AgendaItem] {
        let zone = event.schedule.zone
        var items: [AgendaItem] = []
        /// An item the planner names (`key` in the catalogue, `title` its English), or the event's own.
        func add(_ day: LocalDate, _ from: String, _ to: String, _ title: String, _ key: String? = nil) {
            guard let start = try? LocalDateTime(date: day, time: LocalTime(iso: from)!).instant(in: zone.timeZone),
                let end = try? LocalDateTime(date: day, time: LocalTime(iso: to)!).instant(in: zone.timeZone)
            else { return }
            items.append(
                AgendaItem(
                    start: ZonedInstant(instant: start, zone: zone), end: ZonedInstant(instant: end, zone: zone),
                    title: title, message: key.map { Message($0) }))
        }
        let outgoing = kind == .outgoingStudyVisit
        if first < event.schedule.firstDay {
            if outgoing {
                add(first, "15:00", "18:00", "Arrival and hotel check-in", "engine_agenda_arrival")
                add(first, "19:00", "21:00", "Welcome evening with the partner city", "engine_agenda_welcome_evening")
            } else {
                add(first, "15:00", "18:00", "Partner delegations arrive", "engine_agenda_partners_arrive")
                add(
                    first, "19:00", "21:00", "Welcome dinner for the partner delegations",
                    "engine_agenda_welcome_dinner")
            }
        }
        var day = event.schedule.firstDay
        while day <= event.schedule.lastDay {
            let (opens, closes) = hours(of: event, on: day)
            add(day, opens, closes, event.name)
            if withMeetings && day == event.schedule.firstDay {
                let session = settings.businessMeetings
                let end = LocalTime(
                    hour: (session.hours.opens.minutesSinceMidnight + session.slotCount * session.slotMinutes) / 60,
                    minute: (session.hours.opens.minutesSinceMidnight + session.slotCount * session.slotMinutes) % 60)
                add(
                    day, session.hours.opens.iso, end?.iso ?? session.hours.closes.iso, "1:1 business meetings",
                    "engine_agenda_business_meetings")
            }
            day = day.adding(days: 1)
        }
        if last > event.schedule.lastDay {
            if outgoing {
                add(last, "09:00", "11:00", "Debrief with the coordinator, then departure", "engine_agenda_debrief")
            } else {
                add(last, "09:00", "11:00", "Farewell and departure", "engine_agenda_farewell")
            }
        }
        return items.sorted { ($0.start, $0.title) < ($1.start, $1.title) }
    }

    /// The event's daily hours: its own opening and closing times where it is timed, else 09:00–17:00.
    private static func hours(of event: MutualEvent, on day: LocalDate) -> (String, String) {
        guard case .timed(let start, let end) = event.schedule, start.local.time < end.local.time else {
            return ("09:00", "17:00")
        }
        return (start.local.time.iso, end.local.time.iso)
    }
}
