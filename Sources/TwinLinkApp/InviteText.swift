import Foundation
import TwinLinkCalendar
import TwinLinkDomain

/// What an invite says, in plain language: when (in the home city's time and the partner city's),
/// where, the agenda, the join link, and that each firm pays its own travel and attendance.
struct InviteText {
    let programme: Programme
    let cities: [Identifier<PartnerCity>: PartnerCity]

    static let costNote =
        "Costs: each firm pays its own travel, accommodation and attendance fees (self-paid, as the "
        + "programme's regulations say); the city pays for the preparation and the meeting rooms."

    var organiser: CalendarUser {
        CalendarUser(name: programme.organiser.name, email: programme.organiser.email.rawValue)
    }

    func event(for activity: Activity, event: MutualEvent, uid: String) -> InviteEvent {
        let partner = partnerCity(of: activity, event: event)
        var lines = [activity.title, ""]
        lines.append("Event: \(event.name)")
        if let description = event.description { lines.append(description) }
        lines.append("")
        if activity.isAllDay {
            let first = LocalDate(activity.start.instant, in: activity.start.zone.timeZone)
            let last = LocalDate(activity.end.instant.addingTimeInterval(-1), in: activity.end.zone.timeZone)
            lines.append("Dates: \(first.iso) to \(last.iso) (arrival and departure days included)")
        } else {
            lines.append("When: " + times(activity.start, activity.end, partner: partner))
        }
        if let venue = activity.venue, !activity.kind.isOnline {
            lines.append("Where: \(venue.name), \(venue.address)")
        }
        if let link = activity.joinURL { lines.append("Join: \(link)") }
        if !activity.agenda.isEmpty {
            lines.append("")
            lines.append("Agenda:")
            for item in activity.agenda {
                lines.append("- " + times(item.start, item.end, partner: partner) + ": " + item.title)
            }
        }
        lines.append("")
        lines.append(Self.costNote)
        lines.append(
            "Questions: \(programme.organiser.name) <\(programme.organiser.email)>, \(programme.coordinatingUnit).")
        return InviteEvent(
            uid: uid, sequence: 0, organiser: organiser, attendees: [], summary: activity.title,
            description: lines.joined(separator: "\n"), schedule: schedule(activity),
            location: activity.kind.isOnline ? nil : activity.venue.map { "\($0.name), \($0.address)" },
            geo: activity.kind.isOnline
                ? nil : activity.venue?.location.map { GeoPosition(latitude: $0.latitude, longitude: $0.longitude) },
            onlineMeetingURL: activity.joinURL,
            alarm: EventAlarm(minutesBefore: activity.isAllDay ? 24 * 60 : 15, message: activity.title),
            categories: [category(activity.kind)])
    }

    func meetingEvent(
        _ meeting: ScheduledMeeting, in activity: Activity, event: MutualEvent, firm: LocalEnterprise,
        partner: PartnerEnterprise, partnerCity: PartnerCity?, provisional: Bool = false
    ) -> InviteEvent {
        let summary = "1:1 meeting: \(firm.legalName) and \(partner.name)"
        let lines = [
            summary, "",
            "During: \(event.name)",
            "When: " + times(meeting.start, meeting.end, partner: partnerCity),
            "Table: \(meeting.table)",
            activity.venue.map { "Where: \($0.name), \($0.address)" } ?? "",
            "",
            "\(firm.legalName): \(firm.offer)",
            "\(partner.name) (\(partnerCity?.name ?? "partner city")): \(partner.offer)",
            "", Self.costNote,
        ]
        let note =
            provisional
            ? "\n\nProvisional: \(firm.legalName)'s seat is not final yet; the seat allocation is confirmed after "
                + "applications close, and this meeting is cancelled if the seat is not." : ""
        return InviteEvent(
            uid: "", sequence: 0, organiser: organiser, attendees: [], summary: summary,
            description: lines.joined(separator: "\n") + note,
            schedule: .timed(
                start: meeting.start.instant, end: meeting.end.instant, timeZone: meeting.start.zone.rawValue),
            location: activity.venue.map { "\($0.name), table \(meeting.table), \($0.address)" },
            alarm: EventAlarm(minutesBefore: 15, message: summary), categories: ["1:1 meeting"])
    }

    private func schedule(_ activity: Activity) -> InviteSchedule {
        if activity.isAllDay {
            let first = LocalDate(activity.start.instant, in: activity.start.zone.timeZone)
            let last = LocalDate(activity.end.instant.addingTimeInterval(-1), in: activity.end.zone.timeZone)
            return .allDay(
                first: CalendarDay(year: first.year, month: first.month, day: first.day),
                last: CalendarDay(year: last.year, month: last.month, day: last.day))
        }
        return .timed(start: activity.start.instant, end: activity.end.instant, timeZone: activity.start.zone.rawValue)
    }

    /// `2027-05-04 09:00–10:00 Kraków time (09:00–10:00 in Nuremberg)`.
    private func times(_ start: ZonedInstant, _ end: ZonedInstant, partner: PartnerCity?) -> String {
        let home = programme.homeCity
        let here = start.local(in: home.timeZone)
        let local = "\(here.date.iso) \(here.time.iso)–\(end.local(in: home.timeZone).time.iso) \(home.name) time"
        guard let partner, partner.timeZone != home.timeZone else { return local }
        let there = start.local(in: partner.timeZone)
        return local + " (\(there.date == here.date ? "" : there.date.iso + " ")"
            + "\(there.time.iso)–\(end.local(in: partner.timeZone).time.iso) in \(partner.name))"
    }

    private func partnerCity(of activity: Activity, event: MutualEvent) -> PartnerCity? {
        if let city = activity.partnerCityID.flatMap({ cities[$0] }) { return city }
        if case .partnerCity(let id) = event.host { return cities[id] }
        return nil
    }

    private func category(_ kind: Activity.Kind) -> String {
        switch kind {
        case .outgoingStudyVisit, .incomingStudyVisit: "Study visit"
        case .onlineIntroduction, .onlineFollowUp: "Online meeting"
        case .businessMeetings: "1:1 meetings"
        }
    }
}
