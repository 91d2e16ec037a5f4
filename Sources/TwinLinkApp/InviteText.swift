import Foundation
import TwinLinkCalendar
import TwinLinkDomain
import TwinLinkLocalization

/// What an invite says, in plain language and in its reader's language: when (in the home city's
/// time and the partner city's), where, the agenda, the join link, and that each firm pays its own
/// travel and attendance. The texts come from the shared catalogues of `TwinLinkLocalization`;
/// titles and agenda items the engine generated are shown in the reader's language.
struct InviteText {
    let programme: Programme
    let cities: [Identifier<PartnerCity>: PartnerCity]
    let catalogue: Catalogue
    private let format: LocaleFormat

    init(programme: Programme, cities: [Identifier<PartnerCity>: PartnerCity], language: LanguageCode) {
        self.programme = programme
        self.cities = cities
        catalogue = CatalogueSet.shippedCatalogue(language.rawValue)
        format = LocaleFormat(catalogue)
    }

    var organiser: CalendarUser {
        CalendarUser(name: programme.organiser.name, email: programme.organiser.email.rawValue)
    }

    /// An activity's title in the reader's language where the planner wrote it, else as written.
    func title(_ activity: Activity) -> String {
        activity.titleMessage.map { MessageRenderer(catalogue: catalogue, format: format).render($0) } ?? activity.title
    }

    /// An agenda item in the reader's language where the planner wrote it, else as written.
    func title(_ item: AgendaItem) -> String {
        item.message.map { MessageRenderer(catalogue: catalogue, format: format).render($0) } ?? item.title
    }

    func event(for activity: Activity, event: MutualEvent, uid: String) -> InviteEvent {
        let partner = partnerCity(of: activity, event: event)
        let title = self.title(activity)
        var lines = [title, ""]
        lines.append(catalogue.text("invite_event", ["event": event.name]))
        if let description = event.description { lines.append(description) }
        lines.append("")
        if activity.isAllDay {
            let first = LocalDate(activity.start.instant, in: activity.start.zone.timeZone)
            let last = LocalDate(activity.end.instant.addingTimeInterval(-1), in: activity.end.zone.timeZone)
            lines.append(catalogue.text("invite_dates", ["from": day(first), "to": day(last)]))
        } else {
            lines.append(catalogue.text("invite_when", ["time": times(activity.start, activity.end, partner: partner)]))
        }
        if let venue = activity.venue, !activity.kind.isOnline {
            lines.append(catalogue.text("invite_where", ["venue": "\(venue.name), \(venue.address)"]))
        }
        if let link = activity.joinURL { lines.append(catalogue.text("invite_join", ["link": link])) }
        if !activity.agenda.isEmpty {
            lines.append("")
            lines.append(catalogue.text("invite_agenda"))
            for item in activity.agenda {
                lines.append("- " + times(item.start, item.end, partner: partner) + ": " + self.title(item))
            }
        }
        lines.append("")
        lines.append(catalogue.text("invite_cost_note"))
        lines.append(questions)
        return InviteEvent(
            uid: uid, sequence: 0, organiser: organiser, attendees: [], summary: title,
            description: lines.joined(separator: "\n"), schedule: schedule(activity),
            location: activity.kind.isOnline ? nil : activity.venue.map { "\($0.name), \($0.address)" },
            geo: activity.kind.isOnline
                ? nil : activity.venue?.location.map { GeoPosition(latitude: $0.latitude, longitude: $0.longitude) },
            onlineMeetingURL: activity.joinURL,
            alarm: EventAlarm(minutesBefore: activity.isAllDay ? 24 * 60 : 15, message: title),
            categories: [category(activity.kind)])
    }

    func meetingEvent(
        _ meeting: ScheduledMeeting, in activity: Activity, event: MutualEvent, firm: LocalEnterprise,
        partner: PartnerEnterprise, partnerCity: PartnerCity?, provisional: Bool = false
    ) -> InviteEvent {
        let summary = catalogue.text("invite_meeting_summary", ["firm": firm.legalName, "partner": partner.name])
        let lines = [
            summary, "",
            catalogue.text("invite_during", ["event": event.name]),
            catalogue.text("invite_when", ["time": times(meeting.start, meeting.end, partner: partnerCity)]),
            catalogue.text("invite_table", ["table": meeting.table]),
            activity.venue.map { catalogue.text("invite_where", ["venue": "\($0.name), \($0.address)"]) } ?? "",
            "",
            "\(firm.legalName): \(firm.offer)",
            "\(partner.name) (\(partnerCity?.name ?? catalogue.text("invite_partner_city"))): \(partner.offer)",
            "", catalogue.text("invite_cost_note"),
        ]
        let note =
            provisional ? "\n\n" + catalogue.text("invite_meeting_provisional", ["firm": firm.legalName]) : ""
        return InviteEvent(
            uid: "", sequence: 0, organiser: organiser, attendees: [], summary: summary,
            description: lines.joined(separator: "\n") + note,
            schedule: .timed(
                start: meeting.start.instant, end: meeting.end.instant, timeZone: meeting.start.zone.rawValue),
            location: activity.venue.map {
                catalogue.text(
                    "invite_meeting_location", ["venue": $0.name, "table": meeting.table, "address": $0.address])
            },
            alarm: EventAlarm(minutesBefore: 15, message: summary),
            categories: [catalogue.text("invite_category_meetings")])
    }

    private var questions: String {
        catalogue.text(
            "invite_questions",
            [
                "organiser": programme.organiser.name, "email": programme.organiser.email.rawValue,
                "unit": programme.coordinatingUnit,
            ])
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

    private func day(_ date: LocalDate) -> String {
        format.date(year: date.year, month: date.month, day: date.day, .plain)
    }

    /// `4 May 2027 09:00–10:00 Kraków time (09:00–10:00 in Nuremberg)`, in the reader's language.
    private func times(_ start: ZonedInstant, _ end: ZonedInstant, partner: PartnerCity?) -> String {
        let home = programme.homeCity
        let here = start.local(in: home.timeZone)
        let local = catalogue.text(
            "invite_time_home",
            [
                "date": day(here.date), "from": format.time(start.instant, in: home.timeZone.timeZone),
                "to": format.time(end.instant, in: home.timeZone.timeZone), "city": home.name,
            ])
        guard let partner, partner.timeZone != home.timeZone else { return local }
        let there = start.local(in: partner.timeZone)
        return catalogue.text(
            "invite_time_partner",
            [
                "time": local, "date": there.date == here.date ? "" : day(there.date) + ", ",
                "from": format.time(start.instant, in: partner.timeZone.timeZone),
                "to": format.time(end.instant, in: partner.timeZone.timeZone), "city": partner.name,
            ])
    }

    private func partnerCity(of activity: Activity, event: MutualEvent) -> PartnerCity? {
        if let city = activity.partnerCityID.flatMap({ cities[$0] }) { return city }
        if case .partnerCity(let id) = event.host { return cities[id] }
        return nil
    }

    private func category(_ kind: Activity.Kind) -> String {
        switch kind {
        case .outgoingStudyVisit, .incomingStudyVisit: catalogue.text("invite_category_visit")
        case .onlineIntroduction, .onlineFollowUp: catalogue.text("invite_category_online")
        case .businessMeetings: catalogue.text("invite_category_meetings")
        }
    }
}
